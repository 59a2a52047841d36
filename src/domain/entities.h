#pragma once

// The values the whole program passes around: what a debtor, an invoice, a
// call or a promise is. Rules live in their own files (aging.h, allocation.h,
// promiseevaluation.h, ...); this header only says what things are.

#include "domain/money.h"
#include "domain/queueorder.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <array>
#include <optional>

namespace libreta::domain {

using Id = qint64;

enum class UserRole { Agent, Supervisor, Admin };
enum class DebtorKind { Person, Company };
enum class DebtorStatus { Active, Settled, Legal, Closed };
enum class Level { Low, Medium, High };  // risk and value
enum class ContactRole { Debtor, DecisionMaker, Guarantor, Reference };
// Mobile: Bizum, Nequi, Yape, Mercado Pago, CoDi. Store: cash paid at a
// store or agent (OXXO, Efecty, Rapipago). DirectDebit: domiciliación.
enum class PaymentMethod { Cash, Transfer, Card, Check, Deposit, Other, Mobile, Store, DirectDebit };
enum class AnsweredBy { Debtor, DecisionMaker, ThirdParty, Nobody, Voicemail, WrongNumber };
enum class CallOutcome { Payment, Promise, Refusal, Callback, NoAnswer, Voicemail, WrongNumber, ThirdParty };
enum class ExcuseCategory {
    InvoiceNotReceived, AmountDisputed, NoFunds, WaitingForCustomer, SaysAlreadyPaid,
    WillPayOnDate, IllnessOrJobLoss, DoesNotRecogniseDebt, Other
};
enum class ExcuseKind { Argument, Excuse };
enum class PreCloseAnswer { Refusal, Partial, Full };
enum class PromiseStatus { Pending, Kept, PartiallyKept, Broken, Cancelled };
// Why a payment was taken back: a cheque the bank returned, a payment typed
// by mistake (wrong debtor, wrong amount), or a reason given in words.
enum class ReversalReason { Bounced, EnteredInError, Other };
// Why what a debtor owes was written down without money coming in: the
// discount agreed in a call, paid as agreed; a correction (the invoice was
// wrong, a dispute found right); a debt written off as uncollectible.
enum class AdjustmentKind { Discount, Correction, WriteOff };
// How often a plan's instalments fall. Biweekly is every fourteen days
// (a "catorcena"); Semimonthly is the "quincena" most salaries in Mexico
// are paid by, the 15th and the month's last day (or any day and the day
// half a month after it), which fourteen-day steps drift away from.
enum class PlanFrequency { Weekly, Biweekly, Semimonthly, Monthly };
enum class FollowUpKind {
    PromiseReminder, PromiseCheck, Callback, SendInvoiceCopy, SendStatement, NoteFollowUp
};
enum class FollowUpStatus { Open, Done, Cancelled };
enum class Approach { Remind, Firm, Renegotiate };
enum class CallStage { Presentation, Listening, Negotiation, PreClose, Close };

struct User {
    Id id = 0;
    QString login;
    QString displayName;
    UserRole role = UserRole::Agent;
    bool active = true;
    bool hasPin = false;  // chosen at another's desk only with it (schema 24); filled by the store
};

struct Debtor {
    Id id = 0;
    QString externalRef;
    DebtorKind kind = DebtorKind::Person;
    QString name;
    QString taxId;
    QString timeZone = QStringLiteral("America/Mexico_City");  // IANA id
    QString segment;
    Level risk = Level::Medium;
    Level value = Level::Medium;
    std::optional<Id> assignedAgentId;
    DebtorStatus status = DebtorStatus::Active;
    bool doNotContact = false;
    QString doNotContactReason;
    QString address;
    QString city;
};

struct Phone {
    Id id = 0;
    QString number;  // as typed: "+52 55-1234-5678"
    QString label;   // "móvil", "oficina"
};

struct Email {
    Id id = 0;
    QString address;
    QString label;
};

struct Contact {
    Id id = 0;
    Id debtorId = 0;
    QString name;
    ContactRole role = ContactRole::Debtor;
    QString bestTime;  // free text: "mañanas", "después de las 16:00"
    bool doNotContact = false;
    QList<Phone> phones;
    QList<Email> emails;
};

struct Invoice {
    Id id = 0;
    Id debtorId = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    Money amount;
    Money outstanding;  // amount minus allocations and adjustments; filled by the store on read
    Money adjusted;     // what adjustments took off it (schema 19); filled by the store on read
    bool disputed = false;
    QString disputeReason;
    QStringList formerNumbers;  // numbers it had before it was renumbered in Libreta (schema 23)
};

struct Allocation {
    Id invoiceId = 0;
    Money amount;
};

struct Payment {
    Id id = 0;
    Id debtorId = 0;
    QDate paidOn;
    Money amount;
    PaymentMethod method = PaymentMethod::Transfer;
    QString reference;
    QList<Allocation> allocations;
    Money unallocated;  // credit kept for the debtor, never lost
    std::optional<Id> createdBy;  // who recorded it; none: an import or an office without users
    std::optional<QDateTime> recordedAt;  // UTC, when it was entered (read back; set by the store)
    // Set once a payment is reversed: it stays in the file, greyed, and
    // counts for nothing (no allocations, no credit, no promise).
    struct Reversal {
        QDateTime at;  // UTC
        std::optional<Id> by;
        ReversalReason reason = ReversalReason::Other;
        QString note;
    };
    std::optional<Reversal> reversal;
    bool reversed() const { return reversal.has_value(); }
};

// A letter or statement written for a debtor (schema 27): saved as PDF or
// printed, alone or in a batch. `kind` is the document's code
// ("statement", "reminder", "confirmation", "paid_in_full").
struct DocumentWritten {
    Id id = 0;
    Id debtorId = 0;
    QString kind;
    QDateTime writtenAt;  // UTC
    std::optional<Id> writtenBy;
    bool printed = false;
};

// What an office took off a debtor's balance without money coming in, and
// how much off each invoice (its lines, as a payment's allocations). A
// discount Libreta granted is withdrawn when a payment it rested on is
// reversed: it stays in the file, greyed, its lines gone.
struct Adjustment {
    Id id = 0;
    Id debtorId = 0;
    AdjustmentKind kind = AdjustmentKind::Correction;
    Money amount;
    QString note;
    std::optional<Id> callId;     // the call whose discount it grants
    std::optional<Id> createdBy;  // none: Libreta granted the discount
    QDateTime createdAt;          // UTC
    std::optional<QDateTime> withdrawnAt;  // UTC
    QList<Allocation> lines;
    bool withdrawn() const { return withdrawnAt.has_value(); }
};

struct Promise {
    Id id = 0;
    Id debtorId = 0;
    std::optional<Id> callId;
    std::optional<Id> planId;
    int sequence = 1;  // instalment number inside a plan
    Money amount;
    QDate dueDate;
    PaymentMethod method = PaymentMethod::Transfer;
    QDate madeOn;
    QDateTime madeAt;  // its call's start (UTC); invalid without a call
    PromiseStatus status = PromiseStatus::Pending;
    Money paid;  // what payments have covered so far
};

struct PaymentPlan {
    Id id = 0;
    Id debtorId = 0;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QList<Promise> instalments;
};

struct FollowUp {
    Id id = 0;
    Id debtorId = 0;
    FollowUpKind kind = FollowUpKind::Callback;
    QDate dueDate;
    std::optional<QTime> dueTime;
    std::optional<Id> promiseId;
    std::optional<Id> callId;
    std::optional<Id> assignedTo;
    QString description;
    FollowUpStatus status = FollowUpStatus::Open;
    QString result;
};

struct Note {
    Id id = 0;
    Id debtorId = 0;
    std::optional<Id> authorId;
    QDateTime createdAt;  // UTC
    QString body;
    std::optional<Id> correctsNoteId;
};

struct StageNotes {
    QString presentation;
    QString listening;
    QString negotiation;
    QString preClose;
    QString close;
    bool operator==(const StageNotes &) const = default;
};

struct Call {
    Id id = 0;
    Id debtorId = 0;
    std::optional<Id> agentId;
    std::optional<Id> contactId;
    QString phoneDialled;
    QDateTime startedAt;  // UTC
    QDateTime endedAt;    // UTC
    AnsweredBy answeredBy = AnsweredBy::Nobody;
    CallOutcome outcome = CallOutcome::NoAnswer;
    StageNotes notes;
    std::optional<ExcuseCategory> excuseCategory;
    QString excuseWords;
    std::optional<ExcuseKind> excuseKind;
    std::optional<bool> willing;
    std::optional<bool> able;
    QStringList techniques;
    std::optional<PreCloseAnswer> preCloseAnswer;
    QString commitmentText;
    bool commitmentConfirmed = false;
    QString refusalReason;
    QString nextStep;
    std::optional<Id> scriptId;
    int scriptVersion = 0;
    std::optional<Id> correctsCallId;
    // A correction's own writing: who wrote it and when (UTC); the row
    // keeps the corrected call's start, end and agent.
    std::optional<Id> correctedBy;
    std::optional<QDateTime> correctedAt;
    QString overrideReason;
    // A refusal is recorded only after an alternative was offered (pre-close).
    bool alternativeOffered = false;
};

// A supervisor's review of a call: each stage scored 0-5 (or left
// unscored), what they saw, and the coaching for the agent.
struct QualityReview {
    static constexpr int kStages = 5;  // presentation, listening, negotiation, pre-close, close
    static constexpr int kTopScore = 5;
    Id id = 0;
    Id callId = 0;
    std::optional<Id> reviewerId;
    QDateTime reviewedAt;  // UTC
    std::array<std::optional<int>, kStages> scores;
    QString comments;
    QString coaching;
};

// What the portfolio sorts and filters on, kept by the store in the same
// transaction as every change that moves it.
struct DebtorTotals {
    Id debtorId = 0;
    Money outstanding;
    Money credit;
    int openInvoices = 0;
    std::optional<QDate> oldestDueDate;
    std::optional<QDateTime> lastContactAt;
    std::optional<QDate> nextActionDate;
    std::optional<Id> openPromiseId;
    Money openPromiseAmount;
    Money openPromisePaid;  // what payments have covered of it so far
    std::optional<QDate> openPromiseDate;
    std::optional<PromiseStatus> lastPromiseStatus;
    int promisesKept = 0;
    int promisesBroken = 0;
    bool operator==(const DebtorTotals &) const = default;
};

// How far an agent may take a commitment without a supervisor: the date of
// a promise (or a plan's first payment) at most `promiseDays` from the
// call, a plan's last payment at most `planMonths` months from it. 0 sets
// no limit. Far promises are the ones debtors use to buy time.
struct TermLimits {
    int promiseDays = 0;
    int planMonths = 0;
    bool operator==(const TermLimits &) const = default;
};

// How much each of what makes a debtor urgent counts when Next call
// chooses among the largest balances (domain::priorityScore): parts of 100
// the office agrees on, read against each other (10, 10, 0, 0 weighs the
// balance and the days late alike and ignores the rest). The defaults are
// the product's own order: the balance first, then the days late, the
// broken promises and the risk.
struct PriorityWeights {
    int balance = 35;
    int daysLate = 30;
    int risk = 15;
    int brokenPromises = 20;
    int total() const { return balance + daysLate + risk + brokenPromises; }
    bool operator==(const PriorityWeights &) const = default;
};

struct OfficeSettings {
    QString officeName;
    QString currencyCode = QStringLiteral("MXN");
    int graceDays = 2;
    QTime windowStart = QTime(7, 0);
    QTime windowEnd = QTime(22, 0);
    int maxAttemptsPer7Days = 7;
    int maxAttemptsPerDay = 0;  // in the debtor's day; 0: no limit of its own
    int discountLimitPercent = 10;
    // A segment's own largest discount, where the office set one, by the
    // segment's name as its debtors carry it ("Alto saldo"); every other
    // segment, and a debtor in none, has discountLimitPercent.
    QMap<QString, int> segmentDiscountLimits;
    // Days without contact before the work queue offers a debtor for its
    // priority alone (call-backs, promises and tasks come first anyway).
    int restDays = 3;
    // A segment's own rest, where the office set one (a segment of large
    // balances called more often, one of small ones less); every other
    // segment, and a debtor in none, rests restDays.
    QMap<QString, int> segmentRestDays;
    int promiseDaysLimit = 30;  // TermLimits::promiseDays
    int planMonthsLimit = 12;   // TermLimits::planMonths
    // The order Next call offers scheduled work in (queueorder.h).
    QueueOrder queueOrder = defaultQueueOrder();
    // What decides among the debtors it offers for their balance alone.
    PriorityWeights priorityWeights;
    bool agentsTakeUnassigned = true;
    QTime reminderTime = QTime(9, 0);
    // What an agent tells a debtor about how to pay (bank, account, the
    // reference to quote); "{referencia}" is replaced by the debtor's reference.
    QString paymentInstructions;
    // The time zone a new debtor is given (the New debtor form's, and an
    // import's, which has no column for it): the office's own, set when it
    // starts from the computer's. The calling window is in the debtor's time.
    QString debtorTimeZone = QStringLiteral("America/Mexico_City");
    // Made by the demo generator: its debtors, calls and payments are
    // invented (the file a first start opens, `libreta-cli demo`). The desk
    // says so, so nobody mistakes it for their own office.
    bool demo = false;

    // What an agent may offer a debtor of `segment` without a supervisor.
    int discountLimitFor(const QString &segment) const
    {
        return segmentDiscountLimits.value(segment.trimmed(), discountLimitPercent);
    }
    // How long Next call leaves a debtor of `segment` alone.
    int restDaysFor(const QString &segment) const { return segmentRestDays.value(segment.trimmed(), restDays); }
    TermLimits termLimits() const { return {promiseDaysLimit, planMonthsLimit}; }
};

} // namespace libreta::domain
