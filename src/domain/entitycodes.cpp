#include "domain/entitycodes.h"

#include "domain/codes.h"

#include <QStringList>

namespace libreta::domain {
namespace {

const CodeEntry<UserRole> kUserRole[] = {
    {UserRole::Agent, "agent"}, {UserRole::Supervisor, "supervisor"}, {UserRole::Admin, "admin"}};
const CodeEntry<DebtorKind> kDebtorKind[] = {
    {DebtorKind::Person, "person"}, {DebtorKind::Company, "company"}};
const CodeEntry<DebtorStatus> kDebtorStatus[] = {
    {DebtorStatus::Active, "active"}, {DebtorStatus::Settled, "settled"},
    {DebtorStatus::Legal, "legal"}, {DebtorStatus::Closed, "closed"}};
const CodeEntry<Level> kLevel[] = {
    {Level::Low, "low"}, {Level::Medium, "medium"}, {Level::High, "high"}};
const CodeEntry<ContactRole> kContactRole[] = {
    {ContactRole::Debtor, "debtor"}, {ContactRole::DecisionMaker, "decision_maker"},
    {ContactRole::Guarantor, "guarantor"}, {ContactRole::Reference, "reference"}};
const CodeEntry<PaymentMethod> kPaymentMethod[] = {
    {PaymentMethod::Cash, "cash"}, {PaymentMethod::Transfer, "transfer"},
    {PaymentMethod::Card, "card"}, {PaymentMethod::Check, "check"},
    {PaymentMethod::Deposit, "deposit"}, {PaymentMethod::Other, "other"},
    {PaymentMethod::Mobile, "mobile"}, {PaymentMethod::Store, "store"},
    {PaymentMethod::DirectDebit, "direct_debit"}};
const CodeEntry<ReversalReason> kReversalReason[] = {
    {ReversalReason::Bounced, "bounced"}, {ReversalReason::EnteredInError, "error"},
    {ReversalReason::Other, "other"}};
const CodeEntry<AdjustmentKind> kAdjustmentKind[] = {
    {AdjustmentKind::Discount, "discount"}, {AdjustmentKind::Correction, "correction"},
    {AdjustmentKind::WriteOff, "write_off"}};
const CodeEntry<AnsweredBy> kAnsweredBy[] = {
    {AnsweredBy::Debtor, "debtor"}, {AnsweredBy::DecisionMaker, "decision_maker"},
    {AnsweredBy::ThirdParty, "third_party"}, {AnsweredBy::Nobody, "nobody"},
    {AnsweredBy::Voicemail, "voicemail"}, {AnsweredBy::WrongNumber, "wrong_number"}};
const CodeEntry<CallOutcome> kCallOutcome[] = {
    {CallOutcome::Payment, "payment"}, {CallOutcome::Promise, "promise"},
    {CallOutcome::Refusal, "refusal"}, {CallOutcome::Callback, "callback"},
    {CallOutcome::NoAnswer, "no_answer"}, {CallOutcome::Voicemail, "voicemail"},
    {CallOutcome::WrongNumber, "wrong_number"}, {CallOutcome::ThirdParty, "third_party"}};
const CodeEntry<ExcuseCategory> kExcuseCategory[] = {
    {ExcuseCategory::InvoiceNotReceived, "invoice_not_received"},
    {ExcuseCategory::AmountDisputed, "amount_disputed"},
    {ExcuseCategory::NoFunds, "no_funds"},
    {ExcuseCategory::WaitingForCustomer, "waiting_for_customer"},
    {ExcuseCategory::SaysAlreadyPaid, "says_already_paid"},
    {ExcuseCategory::WillPayOnDate, "will_pay_on_date"},
    {ExcuseCategory::IllnessOrJobLoss, "illness_or_job_loss"},
    {ExcuseCategory::DoesNotRecogniseDebt, "does_not_recognise_debt"},
    {ExcuseCategory::Other, "other"}};
const CodeEntry<ExcuseKind> kExcuseKind[] = {
    {ExcuseKind::Argument, "argument"}, {ExcuseKind::Excuse, "excuse"}};
const CodeEntry<PreCloseAnswer> kPreCloseAnswer[] = {
    {PreCloseAnswer::Refusal, "refusal"}, {PreCloseAnswer::Partial, "partial"},
    {PreCloseAnswer::Full, "full"}};
const CodeEntry<PromiseStatus> kPromiseStatus[] = {
    {PromiseStatus::Pending, "pending"}, {PromiseStatus::Kept, "kept"},
    {PromiseStatus::PartiallyKept, "partial"}, {PromiseStatus::Broken, "broken"},
    {PromiseStatus::Cancelled, "cancelled"}};
const CodeEntry<PlanFrequency> kPlanFrequency[] = {
    {PlanFrequency::Weekly, "weekly"}, {PlanFrequency::Biweekly, "biweekly"},
    {PlanFrequency::Semimonthly, "semimonthly"}, {PlanFrequency::Monthly, "monthly"}};
const CodeEntry<FollowUpKind> kFollowUpKind[] = {
    {FollowUpKind::PromiseReminder, "promise_reminder"},
    {FollowUpKind::PromiseCheck, "promise_check"},
    {FollowUpKind::Callback, "callback"},
    {FollowUpKind::SendInvoiceCopy, "send_invoice_copy"},
    {FollowUpKind::SendStatement, "send_statement"},
    {FollowUpKind::NoteFollowUp, "note_followup"}};
const CodeEntry<FollowUpStatus> kFollowUpStatus[] = {
    {FollowUpStatus::Open, "open"}, {FollowUpStatus::Done, "done"},
    {FollowUpStatus::Cancelled, "cancelled"}};
const CodeEntry<Approach> kApproach[] = {
    {Approach::Remind, "remind"}, {Approach::Firm, "firm"},
    {Approach::Renegotiate, "renegotiate"}};

template <typename Enum, std::size_t N>
QStringList codesOf(const CodeEntry<Enum> (&table)[N])
{
    QStringList out;
    for (const auto &e : table)
        out << QString::fromLatin1(e.code);
    return out;
}

} // namespace

#define LIBRETA_CODES(Enum, table)                                                   \
    QString toCode(Enum v) { return codeOf(table, v); }                              \
    template <> std::optional<Enum> fromCode<Enum>(QStringView c)                    \
    {                                                                                \
        return enumFromCode(table, c);                                               \
    }                                                                                \
    template <> QStringList allCodes<Enum>() { return codesOf(table); }

LIBRETA_CODES(UserRole, kUserRole)
LIBRETA_CODES(DebtorKind, kDebtorKind)
LIBRETA_CODES(DebtorStatus, kDebtorStatus)
LIBRETA_CODES(Level, kLevel)
LIBRETA_CODES(ContactRole, kContactRole)
LIBRETA_CODES(PaymentMethod, kPaymentMethod)
LIBRETA_CODES(AnsweredBy, kAnsweredBy)
LIBRETA_CODES(CallOutcome, kCallOutcome)
LIBRETA_CODES(ExcuseCategory, kExcuseCategory)
LIBRETA_CODES(ExcuseKind, kExcuseKind)
LIBRETA_CODES(PreCloseAnswer, kPreCloseAnswer)
LIBRETA_CODES(PromiseStatus, kPromiseStatus)
LIBRETA_CODES(PlanFrequency, kPlanFrequency)
LIBRETA_CODES(FollowUpKind, kFollowUpKind)
LIBRETA_CODES(FollowUpStatus, kFollowUpStatus)
LIBRETA_CODES(Approach, kApproach)
LIBRETA_CODES(ReversalReason, kReversalReason)
LIBRETA_CODES(AdjustmentKind, kAdjustmentKind)

#undef LIBRETA_CODES

} // namespace libreta::domain
