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
}

DebtorFilePayments::~DebtorFilePayments() = default;

void DebtorFilePayments::setActions(QAction *record) { m_ui->recordButton->setDefaultAction(record); }

void DebtorFilePayments::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    m_model->setFile(file, money);
    m_layout->contentsChanged();
}

} // namespace libreta::ui
