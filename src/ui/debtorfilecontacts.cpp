#include "ui/debtorfilecontacts.h"

#include "ui/debtorcontactsmodel.h"
#include "ui/filetablelayout.h"
#include "ui_debtorfilecontacts.h"

#include <QAction>

namespace libreta::ui {
namespace {
const QString kLayout = QStringLiteral("contacts");
constexpr int kWidestColumn = 260;
} // namespace

DebtorFileContacts::DebtorFileContacts(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFileContacts>())
{
    m_ui->setupUi(this);
    m_model = new DebtorContactsModel(this);
    m_ui->table->setModel(m_model);
    m_layout = new FileTableLayout(m_ui->table, kLayout, kWidestColumn, this);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorFileContacts::selectionChanged);
    connect(m_ui->table, &QAbstractItemView::activated, this, [this] {
        if (m_edit && m_edit->isEnabled())
            m_edit->trigger();
    });
}

DebtorFileContacts::~DebtorFileContacts() = default;

void DebtorFileContacts::setActions(QAction *add, QAction *edit)
{
    m_ui->addButton->setDefaultAction(add);
    m_ui->editButton->setDefaultAction(edit);
    m_edit = edit;
}

void DebtorFileContacts::setContacts(const QList<domain::Contact> &contacts, const QHash<QString, QDate> &wrongNumbers)
{
    const int row = m_ui->table->currentIndex().row();
    m_model->setContacts(contacts, wrongNumbers);
    m_layout->contentsChanged();
    if (row >= 0 && row < m_model->rowCount())
        m_ui->table->selectRow(row);
    Q_EMIT selectionChanged();
}

const domain::Contact *DebtorFileContacts::selectedContact() const
{
    if (m_model->rowCount() == 1)
        return m_model->contactAt(0);
    return m_model->contactAt(m_ui->table->currentIndex().row());
}

} // namespace libreta::ui
