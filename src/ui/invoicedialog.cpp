#include "ui/invoicedialog.h"

#include "services/inputerror.h"
#include "services/invoiceservice.h"
#include "ui/moneyinput.h"
#include "ui_invoicedialog.h"

namespace libreta::ui {

using namespace domain;

InvoiceDialog::InvoiceDialog(const FormContext &context, const Debtor &debtor, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::InvoiceDialog>()), m_context(context), m_debtorId(debtor.id)
{
    m_ui->setupUi(this);
    m_ui->debtorLabel->setText(tr("%1 (%2)").arg(debtor.name, debtor.externalRef));
    const QDate today = context.clock.today();
    m_ui->issueDateEdit->setDate(today);
    m_ui->dueDateEdit->setDate(today.addDays(30));
    m_ui->amountEdit->setPlaceholderText(MoneyInput::example());

    addField(QStringLiteral("number"), m_ui->numberEdit, m_ui->numberEditError);
    addField(QStringLiteral("issue_date"), m_ui->issueDateEdit, m_ui->issueDateEditError);
    addField(QStringLiteral("due_date"), m_ui->dueDateEdit, m_ui->dueDateEditError);
    addField(QStringLiteral("amount"), m_ui->amountEdit, m_ui->amountEditError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

InvoiceDialog::~InvoiceDialog() = default;

void InvoiceDialog::save()
{
    Invoice inv;
    inv.debtorId = m_debtorId;
    inv.number = m_ui->numberEdit->text();
    inv.issueDate = m_ui->issueDateEdit->date();
    inv.dueDate = m_ui->dueDateEdit->date();
    QString error;
    const auto amount = MoneyInput::read(m_ui->amountEdit->text(), tr("Amount"), &error);
    if (!amount)
        throw services::InputError(QStringLiteral("amount"), error);
    inv.amount = *amount;
    m_invoiceId = services::InvoiceService(m_context.db, m_context.clock).add(inv, m_context.userId);
}

} // namespace libreta::ui
