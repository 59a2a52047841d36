#include "ui/debtorfileinvoices.h"

#include "ui/debtorinvoicesmodel.h"
#include "ui/filetablelayout.h"
#include "ui_debtorfileinvoices.h"

#include <QHeaderView>

#include <iterator>

namespace libreta::ui {
namespace {
const QString kLayout = QStringLiteral("invoices");
constexpr int kWidestColumn = 220;
} // namespace

DebtorFileInvoices::DebtorFileInvoices(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFileInvoices>())
{
    m_ui->setupUi(this);
    m_model = new DebtorInvoicesModel(this);
    m_ui->table->setModel(m_model);
    // What an agent reads first: which invoice, when it fell due, what is
    // left of it and how late; the amount invoiced and the day after. In a
    // narrow pane the days late are then still in view. Before the layout
    // is read, so a layout the user made still wins.
    QHeaderView *columns = m_ui->table->horizontalHeader();
    const int order[] = {DebtorInvoicesModel::Number,      DebtorInvoicesModel::Due,
                         DebtorInvoicesModel::Outstanding, DebtorInvoicesModel::DaysPastDue,
                         DebtorInvoicesModel::Amount,      DebtorInvoicesModel::Issued,
                         DebtorInvoicesModel::Disputed};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        columns->moveSection(columns->visualIndex(order[visual]), visual);
    m_layout = new FileTableLayout(m_ui->table, kLayout, kWidestColumn, this);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorFileInvoices::selectionChanged);
    // A double-click (or Enter) corrects the invoice, for whoever may.
    connect(m_ui->table, &QAbstractItemView::activated, this, [this] {
        if (m_edit && m_edit->isEnabled())
            m_edit->trigger();
    });
}

DebtorFileInvoices::~DebtorFileInvoices() = default;

void DebtorFileInvoices::setActions(QAction *add, QAction *edit, QAction *dispute, QAction *adjust)
{
    m_ui->addButton->setDefaultAction(add);
    m_ui->editButton->setDefaultAction(edit);
    m_edit = edit;
    m_ui->disputeButton->setDefaultAction(dispute);
    m_ui->adjustButton->setDefaultAction(adjust);
}

void DebtorFileInvoices::setInvoices(const QList<domain::Invoice> &invoices, const QDate &today,
                                     const MoneyFormatter &money)
{
    const int row = m_ui->table->currentIndex().row();
    m_model->setInvoices(invoices, today, money);
    m_layout->contentsChanged();
    if (row >= 0 && row < m_model->rowCount())
        m_ui->table->selectRow(row);
    Q_EMIT selectionChanged();
}

const domain::Invoice *DebtorFileInvoices::selectedInvoice() const
{
    if (m_model->rowCount() == 1)
        return m_model->invoiceAt(0);
    return m_model->invoiceAt(m_ui->table->currentIndex().row());
}

bool DebtorFileInvoices::selectFirst(const std::function<bool(const domain::Invoice &)> &matches)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const domain::Invoice *invoice = m_model->invoiceAt(row);
        if (invoice && matches(*invoice)) {
            m_ui->table->selectRow(row);
            m_ui->table->scrollTo(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

} // namespace libreta::ui
