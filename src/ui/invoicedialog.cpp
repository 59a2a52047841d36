#include "ui/invoicedialog.h"

#include "services/inputerror.h"
#include "services/invoiceservice.h"
#include "ui/moneyformatter.h"
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
    setUpFields();
}

InvoiceDialog::InvoiceDialog(const FormContext &context, const Debtor &debtor, const Invoice &invoice,
                             const MoneyFormatter &money, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::InvoiceDialog>()), m_context(context), m_debtorId(debtor.id),
      m_invoiceId(invoice.id), m_correcting(true)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit invoice %1").arg(invoice.number));
    m_ui->debtorLabel->setText(tr("%1 (%2)").arg(debtor.name, debtor.externalRef));
    m_ui->numberEdit->setText(invoice.number);
    m_ui->issueDateEdit->setDate(invoice.issueDate);
    m_ui->dueDateEdit->setDate(invoice.dueDate);
    m_ui->amountEdit->setText(invoice.amount.format(QLocale()));
    const Money takenOff = invoice.amount - invoice.outstanding;
    // How far the amount may go down, then what the form is for.
    QStringList about;
    if (takenOff.isPositive())
        about << tr("Payments and adjustments already took %1 off it: the amount cannot be less.")
                     .arg(money.format(takenOff));
    about << tr("For an invoice typed wrong. A credit note or a dispute found right is a balance "
                "adjustment instead, so the history keeps what was invoiced. An invoice that came in your "
                "accounting's file is corrected there too: the next import brings back the dates and amount "
                "the file says. A number changed here is still recognised by the import under the old one.");
    m_ui->takenOffLabel->setText(about.join(QStringLiteral("\n\n")));
    m_ui->takenOffLabel->setVisible(true);
    setUpFields();
}

InvoiceDialog::~InvoiceDialog() = default;

void InvoiceDialog::setUpFields()
{
    addField(QStringLiteral("number"), m_ui->numberEdit, m_ui->numberEditError);
    addField(QStringLiteral("issue_date"), m_ui->issueDateEdit, m_ui->issueDateEditError);
    addField(QStringLiteral("due_date"), m_ui->dueDateEdit, m_ui->dueDateEditError);
    addField(QStringLiteral("amount"), m_ui->amountEdit, m_ui->amountEditError);
    setGeneralErrorLabel(m_ui->generalError);
    watchForEdits();
}

void InvoiceDialog::save()
{
    QString error;
    const auto amount = MoneyInput::read(m_ui->amountEdit->text(), tr("Amount"), &error);
    if (!amount)
        throw services::InputError(QStringLiteral("amount"), error);
    services::InvoiceService service(m_context.db, m_context.clock);
    if (m_correcting) {
        services::InvoiceChange change;
        change.invoiceId = m_invoiceId;
        change.number = m_ui->numberEdit->text();
        change.issueDate = m_ui->issueDateEdit->date();
        change.dueDate = m_ui->dueDateEdit->date();
        change.amount = *amount;
        const auto result = service.change(change, m_context.userId);
        m_changed = result.changed;
        m_promisesCancelled = result.promisesCancelled;
        m_reactivated = result.reactivated;
        return;
    }
    Invoice inv;
    inv.debtorId = m_debtorId;
    inv.number = m_ui->numberEdit->text();
    inv.issueDate = m_ui->issueDateEdit->date();
    inv.dueDate = m_ui->dueDateEdit->date();
    inv.amount = *amount;
    m_invoiceId = service.add(inv, m_context.userId);
}

} // namespace libreta::ui
