#pragma once

#include "domain/entities.h"
#include "domain/promiseevaluation.h"

namespace libreta::domain {

// The shapes of a commitment an agent can offer in the negotiation.
enum class OptionKind {
    FullPayment,       // the whole (discounted) balance on one date
    PartNowRestLater,  // part on a near date, the rest on a later one
    Instalments,       // a plan: number, frequency, first date
    NewDate            // an amount on a new date; usually replaces an open promise
};

// What the agent typed in the option builder.
struct PaymentOption {
    OptionKind kind = OptionKind::FullPayment;
    Money balance;            // owed when the call is made
    int discountPercent = 0;  // whole percent off the balance (not for NewDate)
    PaymentMethod method = PaymentMethod::Transfer;
    QDate date;               // FullPayment and NewDate; the "now" part of PartNowRestLater
    Money partNow;            // PartNowRestLater
    QDate restDate;           // PartNowRestLater
    int instalments = 3;      // Instalments
    PlanFrequency frequency = PlanFrequency::Monthly;
    QDate firstDate;          // Instalments
    Money amount;             // NewDate
    // The first amount (the whole of it, or the part now) is paid during the
    // call, by card or a transfer confirmed on the line: a payment, dated
    // today, instead of a promise.
    bool paidNow = false;
    QString reference;        // of the payment taken now
    bool operator==(const PaymentOption &) const = default;
};

// Which of the option's fields an error is about, so the desk can put the
// keyboard there instead of on the option's kind.
enum class OptionField { Kind, Discount, Date, PartNow, RestDate, Count, FirstDate, Amount };

// The option worked out: the dated amounts to promise, adding up to the
// cent to the agreed total.
struct OptionPlan {
    QList<InstalmentTerms> instalments;
    Money agreedTotal;
    Money discount;
    int discountPercent = 0;
    bool needsApproval = false;  // discount above the office's limit
    PlanFrequency frequency = PlanFrequency::Monthly;
    QString error;               // translated; empty when the option can be offered
    OptionField errorField = OptionField::Kind;  // what `error` is about
    bool paidNow = false;        // instalments.first() is paid during the call
    // A part now and the rest later is two amounts on two dates, not a
    // plan paid every so often: it is read back as such.
    bool partAndRest = false;
    bool ok() const { return error.isEmpty(); }
    bool isPlan() const { return instalments.size() > 1; }
};

constexpr int kMaxInstalments = 60;

// What the debtor agrees to pay under `option`: the balance less the
// discount (none for a new date). No check: buildOption says what is wrong.
Money agreedTotal(const PaymentOption &option);
// How many equal instalments pay `total` with none above `each`: what the
// debtor says they can pay each time ("2,000 a fortnight") turned into the
// plan's count. 0 when `each` is not positive; it may exceed
// kMaxInstalments, which the caller says.
int instalmentsToCover(Money total, Money each);
// Whole percent of `balance`, rounded to the nearest cent, in integers.
Money discountOf(Money balance, int percent);
// The frequency whose step is nearest to the gap between two dates: a
// "part now, rest later" is stored as a plan of two and a plan has one.
PlanFrequency nearestFrequency(const QDate &first, const QDate &second);
// Checks the option and works out its instalments. Dates must be today or
// later, and inside `limits` (none by default: a supervisor's own calls);
// a discount above `discountLimitPercent` is allowed but marked; a payment
// taken during the call is dated today.
OptionPlan buildOption(const PaymentOption &option, int discountLimitPercent, const QDate &today,
                       const TermLimits &limits = {});

} // namespace libreta::domain
