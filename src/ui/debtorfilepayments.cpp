#include "ui/debtorfilepayments.h"

#include "ui/debtorpaymentsmodel.h"
#include "ui/filetablelayout.h"
#include "ui_debtorfilepayments.h"

namespace libreta::ui {
namespace {
const QString kLayout = QStringLiteral("payments");
constexpr int kWidestColumn = 300;
} // namespace

DebtorFilePayments::DebtorFilePayments(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFilePayments>())
{
    m_ui->setupUi(this);
    m_model = new DebtorPaymentsModel(this);
    m_ui->table->setModel(m_model);
    m_layout = new FileTableLayout(m_ui->table, kLayout, kWidestColumn, this);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorFilePayments::selectionChanged);
}

DebtorFilePayments::~DebtorFilePayments() = default;

void DebtorFilePayments::setActions(QAction *record, QAction *reverse)
{
    m_ui->recordButton->setDefaultAction(record);
    m_ui->reverseButton->setDefaultAction(reverse);
}

void DebtorFilePayments::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    // The same payment stays chosen when the file is read again (after a
    // reversal it is still there, greyed).
    const auto chosen = selectedPayment() ? std::optional<domain::Id>(selectedPayment()->id) : std::nullopt;
    m_model->setFile(file, money);
    m_layout->contentsChanged();
    if (chosen)
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->paymentAt(row)->id == *chosen)
                m_ui->table->selectRow(row);
    Q_EMIT selectionChanged();
}

const domain::Payment *DebtorFilePayments::selectedPayment() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? m_model->paymentAt(current.row()) : nullptr;
}

} // namespace libreta::ui
