#include "domain/labels.h"

#include "domain/officecountry.h"

#include <QCoreApplication>

namespace libreta::domain {

// Every label is English source text in the "Labels" context; the Spanish
// desk gets its words from the translation files. A switch without default
// lets the compiler point at any enum value added without a label.

QString label(UserRole v)
{
    switch (v) {
    case UserRole::Agent:
        return QCoreApplication::translate("Labels", "Agent");
    case UserRole::Supervisor:
        return QCoreApplication::translate("Labels", "Supervisor");
    case UserRole::Admin:
        return QCoreApplication::translate("Labels", "Administrator");
    }
    return {};
}

QString label(DebtorKind v)
{
    switch (v) {
    case DebtorKind::Person: {
        // Colombia, Peru and Chile say "persona natural" (officecountry.h).
        const OfficeCountry c = officeCountry();
        if (c == OfficeCountry::Colombia || c == OfficeCountry::Peru || c == OfficeCountry::Chile)
            return QCoreApplication::translate("Labels", "Natural person");
        return QCoreApplication::translate("Labels", "Person");
    }
    case DebtorKind::Company:
        return QCoreApplication::translate("Labels", "Company");
    }
    return {};
}

QString label(DebtorStatus v)
{
    switch (v) {
    case DebtorStatus::Active:
        return QCoreApplication::translate("Labels", "Active");
    case DebtorStatus::Settled:
        return QCoreApplication::translate("Labels", "Settled");
    case DebtorStatus::Legal:
        return QCoreApplication::translate("Labels", "In legal action");
    case DebtorStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed");
    }
    return {};
}

QString label(Level v)
{
    switch (v) {
    case Level::Low:
        return QCoreApplication::translate("Labels", "Low");
    case Level::Medium:
        return QCoreApplication::translate("Labels", "Medium");
    case Level::High:
        return QCoreApplication::translate("Labels", "High");
    }
    return {};
}

QString label(ContactRole v)
{
    switch (v) {
    case ContactRole::Debtor:
        return QCoreApplication::translate("Labels", "Debtor");
    case ContactRole::DecisionMaker:
        return QCoreApplication::translate("Labels", "Decides payment");
    case ContactRole::Guarantor:
        return QCoreApplication::translate("Labels", "Guarantor");
    case ContactRole::Reference:
        return QCoreApplication::translate("Labels", "Reference");
    }
    return {};
}

QString label(PaymentMethod v)
{
    // Named as the office's country names them (officecountry.h).
    const OfficeCountry c = officeCountry();
    switch (v) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("Labels", "Cash");
    case PaymentMethod::Transfer:
        if (c == OfficeCountry::Mexico)
            return QCoreApplication::translate("Labels", "Bank transfer (SPEI)");
        if (c == OfficeCountry::Colombia)
            return QCoreApplication::translate("Labels", "Bank transfer or PSE");
        return QCoreApplication::translate("Labels", "Bank transfer");
    case PaymentMethod::Card:
        // Chile pays cards online through Webpay, and calls it that.
        if (c == OfficeCountry::Chile)
            return QCoreApplication::translate("Labels", "Card or Webpay");
        return QCoreApplication::translate("Labels", "Card");
    case PaymentMethod::Check:
        return QCoreApplication::translate("Labels", "Cheque");
    case PaymentMethod::Deposit:
        if (c == OfficeCountry::Colombia)
            return QCoreApplication::translate("Labels", "Bank deposit (consignación)");
        // Spain pays in at the bank's counter or cash machine.
        if (c == OfficeCountry::Spain)
            return QCoreApplication::translate("Labels", "Paid in at the bank");
        return QCoreApplication::translate("Labels", "Bank deposit");
    case PaymentMethod::Other:
        return QCoreApplication::translate("Labels", "Other");
    case PaymentMethod::Mobile:
        switch (c) {
        case OfficeCountry::Mexico: return QCoreApplication::translate("Labels", "Mobile payment (CoDi, Mercado Pago…)");
        case OfficeCountry::Spain: return QCoreApplication::translate("Labels", "Bizum");
        case OfficeCountry::Colombia: return QCoreApplication::translate("Labels", "Nequi or Daviplata");
        case OfficeCountry::Peru: return QCoreApplication::translate("Labels", "Yape or Plin");
        case OfficeCountry::Argentina: return QCoreApplication::translate("Labels", "Mercado Pago or another wallet");
        case OfficeCountry::Chile: return QCoreApplication::translate("Labels", "Mobile payment (MACH, Mercado Pago…)");
        case OfficeCountry::Other: break;
        }
        return QCoreApplication::translate("Labels", "Mobile payment");
    case PaymentMethod::Store:
        switch (c) {
        case OfficeCountry::Mexico: return QCoreApplication::translate("Labels", "Paid at a store (OXXO…)");
        case OfficeCountry::Colombia: return QCoreApplication::translate("Labels", "Efecty, Baloto or another agent");
        case OfficeCountry::Peru: return QCoreApplication::translate("Labels", "Bank agent (Agente BCP, Kasnet…)");
        case OfficeCountry::Argentina: return QCoreApplication::translate("Labels", "Rapipago or Pago Fácil");
        case OfficeCountry::Chile: return QCoreApplication::translate("Labels", "Caja Vecina or Servipag");
        case OfficeCountry::Spain:
        case OfficeCountry::Other: break;
        }
        return QCoreApplication::translate("Labels", "Paid at a store");
    case PaymentMethod::DirectDebit:
        if (c == OfficeCountry::Mexico || c == OfficeCountry::Spain || c == OfficeCountry::Other)
            return QCoreApplication::translate("Labels", "Direct debit");
        return QCoreApplication::translate("Labels", "Automatic debit");
    }
    return {};
}

const QList<PaymentMethod> &paymentMethodsOffered()
{
    static const QList<PaymentMethod> methods{PaymentMethod::Transfer,    PaymentMethod::Deposit, PaymentMethod::Cash,
                                              PaymentMethod::Card,        PaymentMethod::Mobile,  PaymentMethod::Store,
                                              PaymentMethod::DirectDebit, PaymentMethod::Check,   PaymentMethod::Other};
    return methods;
}

QString label(ReversalReason v)
{
    switch (v) {
    case ReversalReason::Bounced:
        return QCoreApplication::translate("Labels", "Returned by the bank");
    case ReversalReason::EnteredInError:
        return QCoreApplication::translate("Labels", "Recorded by mistake");
    case ReversalReason::Other:
        return QCoreApplication::translate("Labels", "Other reason");
    }
    return {};
}

QString label(AdjustmentKind v)
{
    switch (v) {
    case AdjustmentKind::Discount:
        return QCoreApplication::translate("Labels", "Discount agreed");
    case AdjustmentKind::Correction:
        return QCoreApplication::translate("Labels", "Correction");
    case AdjustmentKind::WriteOff:
        return QCoreApplication::translate("Labels", "Write-off");
    }
    return {};
}

QString label(AnsweredBy v)
{
    switch (v) {
    case AnsweredBy::Debtor:
        return QCoreApplication::translate("Labels", "The debtor");
    case AnsweredBy::DecisionMaker:
        return QCoreApplication::translate("Labels", "The person who decides payment");
    case AnsweredBy::ThirdParty:
        return QCoreApplication::translate("Labels", "Someone else");
    case AnsweredBy::Nobody:
        return QCoreApplication::translate("Labels", "Nobody answered");
    case AnsweredBy::Voicemail:
        return QCoreApplication::translate("Labels", "Voicemail");
    case AnsweredBy::WrongNumber:
        return QCoreApplication::translate("Labels", "Wrong number");
    }
    return {};
}

QString label(CallOutcome v)
{
    switch (v) {
    case CallOutcome::Payment:
        return QCoreApplication::translate("Labels", "Payment");
    case CallOutcome::Promise:
        return QCoreApplication::translate("Labels", "Promise to pay");
    case CallOutcome::Refusal:
        return QCoreApplication::translate("Labels", "Refusal");
    case CallOutcome::Callback:
        return QCoreApplication::translate("Labels", "Call back");
    case CallOutcome::NoAnswer:
        return QCoreApplication::translate("Labels", "No answer");
    case CallOutcome::Voicemail:
        return QCoreApplication::translate("Labels", "Voicemail");
    case CallOutcome::WrongNumber:
        return QCoreApplication::translate("Labels", "Wrong number");
    case CallOutcome::ThirdParty:
        return QCoreApplication::translate("Labels", "Message left with someone else");
    }
    return {};
}

QString label(ExcuseCategory v)
{
    switch (v) {
    case ExcuseCategory::InvoiceNotReceived:
        return QCoreApplication::translate("Labels", "Invoice not received");
    case ExcuseCategory::AmountDisputed:
        return QCoreApplication::translate("Labels", "Disagrees with the amount");
    case ExcuseCategory::NoFunds:
        return QCoreApplication::translate("Labels", "No money right now");
    case ExcuseCategory::WaitingForCustomer:
        return QCoreApplication::translate("Labels", "Waiting for their own customer to pay");
    case ExcuseCategory::SaysAlreadyPaid:
        return QCoreApplication::translate("Labels", "Says it is already paid");
    case ExcuseCategory::WillPayOnDate:
        return QCoreApplication::translate("Labels", "Will pay on a date");
    case ExcuseCategory::IllnessOrJobLoss:
        return QCoreApplication::translate("Labels", "Illness or job loss");
    case ExcuseCategory::DoesNotRecogniseDebt:
        return QCoreApplication::translate("Labels", "Does not recognise the debt");
    case ExcuseCategory::Other:
        return QCoreApplication::translate("Labels", "Another reason");
    }
    return {};
}

QString label(ExcuseKind v)
{
    switch (v) {
    case ExcuseKind::Argument:
        return QCoreApplication::translate("Labels", "Argument (can be checked)");
    case ExcuseKind::Excuse:
        return QCoreApplication::translate("Labels", "Excuse (buys time)");
    }
    return {};
}

QString label(PreCloseAnswer v)
{
    switch (v) {
    case PreCloseAnswer::Refusal:
        return QCoreApplication::translate("Labels", "Refusal");
    case PreCloseAnswer::Partial:
        return QCoreApplication::translate("Labels", "Partial acceptance");
    case PreCloseAnswer::Full:
        return QCoreApplication::translate("Labels", "Full acceptance");
    }
    return {};
}

QString label(PromiseStatus v)
{
    switch (v) {
    case PromiseStatus::Pending:
        return QCoreApplication::translate("Labels", "Pending");
    case PromiseStatus::Kept:
        return QCoreApplication::translate("Labels", "Kept");
    case PromiseStatus::PartiallyKept:
        return QCoreApplication::translate("Labels", "Partially kept");
    case PromiseStatus::Broken:
        return QCoreApplication::translate("Labels", "Broken");
    case PromiseStatus::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled");
    }
    return {};
}

QString label(PlanFrequency v)
{
    switch (v) {
    case PlanFrequency::Weekly:
        return QCoreApplication::translate("Labels", "Weekly");
    case PlanFrequency::Biweekly:
        return QCoreApplication::translate("Labels", "Every two weeks");
    case PlanFrequency::Semimonthly:
        return QCoreApplication::translate("Labels", "Twice a month");
    case PlanFrequency::Monthly:
        return QCoreApplication::translate("Labels", "Monthly");
    }
    return {};
}

QString label(FollowUpKind v)
{
    switch (v) {
    case FollowUpKind::PromiseReminder:
        return QCoreApplication::translate("Labels", "Promise reminder");
    case FollowUpKind::PromiseCheck:
        return QCoreApplication::translate("Labels", "Check the promise");
    case FollowUpKind::Callback:
        return QCoreApplication::translate("Labels", "Call back");
    case FollowUpKind::SendInvoiceCopy:
        return QCoreApplication::translate("Labels", "Send a copy of the invoice");
    case FollowUpKind::SendStatement:
        return QCoreApplication::translate("Labels", "Send the statement");
    case FollowUpKind::NoteFollowUp:
        return QCoreApplication::translate("Labels", "Follow up a note");
    }
    return {};
}

QString label(FollowUpStatus v)
{
    switch (v) {
    case FollowUpStatus::Open:
        return QCoreApplication::translate("Labels", "Open");
    case FollowUpStatus::Done:
        return QCoreApplication::translate("Labels", "Done");
    case FollowUpStatus::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled");
    }
    return {};
}

QString label(Approach v)
{
    switch (v) {
    case Approach::Remind:
        return QCoreApplication::translate("Labels", "Remind");
    case Approach::Firm:
        return QCoreApplication::translate("Labels", "Firm");
    case Approach::Renegotiate:
        return QCoreApplication::translate("Labels", "Renegotiate");
    }
    return {};
}

QString stageScores(const QStringList &scores)
{
    QStringList parts;
    for (int i = 0; i < scores.size(); ++i) {
        const QString score = scores.at(i).isEmpty() || scores.at(i) == QLatin1String("-") ? QStringLiteral("—")
                                                                                            : scores.at(i);
        parts << (i <= int(CallStage::Close) ? label(CallStage(i)) + QLatin1Char(' ') + score : score);
    }
    return parts.join(QStringLiteral(" · "));
}

QString label(CallStage v)
{
    switch (v) {
    case CallStage::Presentation:
        return QCoreApplication::translate("Labels", "Presentation");
    case CallStage::Listening:
        return QCoreApplication::translate("Labels", "Active listening");
    case CallStage::Negotiation:
        return QCoreApplication::translate("Labels", "Negotiation");
    case CallStage::PreClose:
        return QCoreApplication::translate("Labels", "Pre-close");
    case CallStage::Close:
        return QCoreApplication::translate("Labels", "Close");
    }
    return {};
}

ExcuseKind suggestedExcuseKind(ExcuseCategory category)
{
    switch (category) {
    // Each of these can be checked and, once answered, removes the reason not to pay.
    case ExcuseCategory::InvoiceNotReceived:
    case ExcuseCategory::AmountDisputed:
    case ExcuseCategory::SaysAlreadyPaid:
    case ExcuseCategory::DoesNotRecogniseDebt:
        return ExcuseKind::Argument;
    case ExcuseCategory::NoFunds:
    case ExcuseCategory::WaitingForCustomer:
    case ExcuseCategory::WillPayOnDate:
    case ExcuseCategory::IllnessOrJobLoss:
    case ExcuseCategory::Other:
        return ExcuseKind::Excuse;
    }
    return ExcuseKind::Excuse;
}

} // namespace libreta::domain
