#include "ui/paymentdialog.h"

#include "domain/labels.h"
#include "services/inputerror.h"
#include "services/paymentpreviewer.h"
#include "store/storeerror.h"
#include "ui/debtorfiletexts.h"
#include "ui/moneyinput.h"
#include "ui/prompter.h"
#include "ui_paymentdialog.h"

#include <QPushButton>

namespace libreta::ui {

using namespace domain;

PaymentDialog::PaymentDialog(const FormContext &context, const services::DebtorFile &file,
                             const MoneyFormatter &money, QWidget *parent)
    : FormDialog(parent), m_ui(std::make_unique<::Ui::PaymentDialog>()), m_context(context), m_file(file),
      m_money(money)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Record payment"));
    m_ui->debtorLabel->setText(tr("%1 (%2) · Outstanding: %3")
                                   .arg(file.debtor.name, file.debtor.externalRef, money.format(file.totals.outstanding)));
    m_ui->amountEdit->setPlaceholderText(MoneyInput::example());
    // No maximum: a field bounded by today refuses the "15" of a payment
    // made on the 15th of last month while the month still reads this
    // one, and what follows spills into the month and the year. A date
    // after today is refused on saving, beside the field.
    m_ui->dateEdit->setDate(context.clock.today());
    for (PaymentMethod method : domain::paymentMethodsOffered())
        m_ui->methodCombo->addItem(label(method), int(method));
    m_ui->invoiceCombo->addItem(tr("Oldest invoice first"));
    for (const Invoice &inv : file.invoices)
        if (inv.outstanding.isPositive())
            m_ui->invoiceCombo->addItem(tr("%1 (due %2, owes %3)")
                                            .arg(inv.number, DebtorFileTexts::date(inv.dueDate), money.format(inv.outstanding)),
                                        QVariant::fromValue<qint64>(inv.id));

    showClaims();
    addField(QStringLiteral("amount"), m_ui->amountEdit, m_ui->amountError);
    addField(QStringLiteral("date"), m_ui->dateEdit, m_ui->dateError);
    addField(QStringLiteral("invoice"), m_ui->invoiceCombo, m_ui->invoiceError);
    addField(QStringLiteral("reference"), m_ui->referenceEdit, m_ui->referenceError);
    addField(QStringLiteral("claims"), m_ui->claimCheck, m_ui->claimError);
    setGeneralErrorLabel(m_ui->generalError);

    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &PaymentDialog::updatePreview);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &PaymentDialog::updatePreview);
    connect(m_ui->invoiceCombo, &QComboBox::currentIndexChanged, this, &PaymentDialog::updatePreview);
    updatePreview();
    watchForEdits();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::showClaims()
{
    // A debtor who said the account was paid was sent a statement to
    // prove it; a payment recorded now is most likely the one claimed, and
    // the statement then has nothing left to prove. Ticked by default, with
    // what it closes said below it; unticked, the task stays.
    const QList<FollowUp> claims = m_file.openPaymentClaims();
    for (const FollowUp &f : claims)
        m_claims << f.id;
    const bool any = !claims.isEmpty();
    m_ui->claimCheck->setVisible(any);
    m_ui->claimHint->setVisible(any);
    m_ui->claimCheck->setChecked(any);
    if (!any)
        return;
    const FollowUp &first = claims.first();
    const Call *said = first.callId ? m_file.call(*first.callId) : nullptr;
    m_ui->claimHint->setText(
        claims.size() > 1
            ? tr("Closes the %n statements still to send about a payment the debtor said was made.", nullptr,
                 int(claims.size()))
        : said ? tr("Closes the statement still to send: on %1 the debtor said the account was already paid.")
                     .arg(DebtorFileTexts::date(said->startedAt.toLocalTime().date()))
               : tr("Closes the statement still to send about a payment the debtor said was made."));
}

void PaymentDialog::setAmountText(const QString &text)
{
    m_ui->amountEdit->setText(text);
    markDirty();
}

std::optional<Money> PaymentDialog::amount(QString *error) const
{
    return MoneyInput::read(m_ui->amountEdit->text(), tr("Amount"), error);
}

services::PostPaymentRequest PaymentDialog::request(Money amount) const
{
    services::PostPaymentRequest r;
    r.debtorId = m_file.debtor.id;
    r.amount = amount;
    r.paidOn = m_ui->dateEdit->date();
    r.method = PaymentMethod(m_ui->methodCombo->currentData().toInt());
    r.reference = m_ui->referenceEdit->text();
    if (m_ui->invoiceCombo->currentIndex() > 0)
        r.invoiceId = m_ui->invoiceCombo->currentData().toLongLong();
    r.userId = m_context.userId;
    if (m_ui->claimCheck->isChecked())
        r.answersClaims = m_claims;
    r.currencySymbol = m_money.symbol();
    return r;
}

void PaymentDialog::updatePreview()
{
    const auto value = amount();
    if (!value || !value->isPositive()) {
        m_ui->previewLabel->setText(tr("Type the amount to see which invoices it pays, which promises it "
                                       "settles and the balance after it."));
        return;
    }
    services::PaymentPreview preview;
    try {
        preview = services::PaymentPreviewer(m_context.db, m_context.clock).preview(request(*value));
    } catch (const store::StoreError &e) {
        m_ui->previewLabel->setText(e.message().toHtmlEscaped());
        return;
    }
    QStringList lines;
    QStringList paid;
    for (const Allocation &a : preview.allocations) {
        const Invoice *inv = m_file.invoice(a.invoiceId);
        paid << tr("%1: %2").arg(inv ? inv->number : QString::number(a.invoiceId), m_money.format(a.amount));
    }
    if (!paid.isEmpty())
        lines << tr("Pays invoices: %1").arg(paid.join(QStringLiteral(" · "))).toHtmlEscaped();
    if (preview.credit.isPositive())
        lines << tr("Kept as credit for the debtor: %1").arg(m_money.format(preview.credit)).toHtmlEscaped();
    if (preview.promiseChanges.isEmpty()) {
        lines << tr("Promises: this payment settles none.").toHtmlEscaped();
    } else {
        for (const services::PromiseChange &change : preview.promiseChanges) {
            const Promise *p = m_file.promise(change.promiseId);
            const QString what = p ? DebtorFileTexts::promise(*p, m_money) : QString::number(change.promiseId);
            const QString status = change.after == PromiseStatus::Pending
                                       ? tr("%1 paid so far").arg(m_money.format(change.paid))
                                       : label(change.after);
            lines << tr("Promise %1 → <b>%2</b>").arg(what.toHtmlEscaped(), status.toHtmlEscaped());
        }
    }
    if (preview.discountGranted.isPositive())
        lines << tr("It completes an agreement with a discount: %1 more comes off.")
                     .arg(m_money.format(preview.discountGranted))
                     .toHtmlEscaped();
    lines << tr("Balance after: <b>%1</b> (now %2)")
                 .arg(m_money.format(preview.outstandingAfter).toHtmlEscaped(),
                      m_money.format(preview.outstandingBefore).toHtmlEscaped());
    m_ui->previewLabel->setText(lines.join(QStringLiteral("<br>")));
}

void PaymentDialog::save()
{
    QString error;
    const auto value = amount(&error);
    if (!value)
        throw services::InputError(QStringLiteral("amount"), error);
    if (!confirmCredit(*value))
        throw services::InputError(QStringLiteral("amount"),
                                   tr("Amount: not recorded. Check it against the receipt; a payment above what is "
                                      "owed is recorded once you say the credit is meant."));
    m_result = services::PaymentService(m_context.db, m_context.clock).post(request(*value));
}

bool PaymentDialog::confirmCredit(Money value)
{
    // A zero too many makes a credit that stops the collection, and only a
    // supervisor can take a payment back: it is asked about first.
    const services::PaymentPreview preview =
        services::PaymentPreviewer(m_context.db, m_context.clock).preview(request(value));
    if (!preview.credit.isPositive())
        return true;
    return Prompter::instance().confirm(
        this, tr("Payment above what is owed"),
        tr("%1 is more than the %2 the debtor owes: %3 would stay as credit in the debtor's favour. Record it?")
            .arg(m_money.format(value), m_money.format(preview.outstandingBefore), m_money.format(preview.credit)),
        tr("Record payment"));
}

} // namespace libreta::ui
