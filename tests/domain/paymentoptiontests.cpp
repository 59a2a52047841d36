#include "domain/paymentoption.h"
#include "domaintesthelpers.h"

using namespace libreta::domain;

namespace {

const QDate kToday(2026, 3, 10);

Money pesos(qint64 whole, qint64 cents = 0) { return Money::fromMinor(whole * 100 + cents); }

PaymentOption base(OptionKind kind)
{
    PaymentOption o;
    o.kind = kind;
    o.balance = pesos(1000);
    o.date = kToday;
    o.firstDate = kToday.addDays(5);
    o.restDate = kToday.addDays(30);
    o.partNow = pesos(250);
    o.amount = pesos(400);
    return o;
}

Money sum(const OptionPlan &plan)
{
    Money s;
    for (const auto &i : plan.instalments)
        s += i.amount;
    return s;
}

} // namespace

TEST_CASE("Pay in full promises the whole balance on one date", "[domain][option]")
{
    const OptionPlan plan = buildOption(base(OptionKind::FullPayment), 10, kToday);
    REQUIRE(plan.ok());
    REQUIRE(plan.instalments.size() == 1);
    CHECK(plan.instalments[0].amount == pesos(1000));
    CHECK(plan.instalments[0].dueDate == kToday);
    CHECK_FALSE(plan.isPlan());
    CHECK_FALSE(plan.needsApproval);
}

TEST_CASE("An instalment plan adds up to the cent, whatever the count", "[domain][option]")
{
    for (int count : {2, 3, 7, 12, kMaxInstalments}) {
        PaymentOption o = base(OptionKind::Instalments);
        o.balance = pesos(1000, 1);
        o.instalments = count;
        o.frequency = PlanFrequency::Weekly;
        const OptionPlan plan = buildOption(o, 10, kToday);
        REQUIRE(plan.ok());
        CHECK(plan.instalments.size() == count);
        CHECK(sum(plan) == pesos(1000, 1));
        CHECK(plan.instalments.last().dueDate == o.firstDate.addDays(7 * (count - 1)));
        CHECK(plan.frequency == PlanFrequency::Weekly);
    }
    PaymentOption o = base(OptionKind::Instalments);
    o.instalments = 1;
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
    o.instalments = kMaxInstalments + 1;
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
}

TEST_CASE("Part now and the rest later: two dated amounts, the rest after the first", "[domain][option]")
{
    PaymentOption o = base(OptionKind::PartNowRestLater);
    OptionPlan plan = buildOption(o, 10, kToday);
    REQUIRE(plan.ok());
    REQUIRE(plan.instalments.size() == 2);
    CHECK(plan.instalments[0].amount == pesos(250));
    CHECK(plan.instalments[1].amount == pesos(750));
    CHECK(plan.frequency == PlanFrequency::Monthly);

    o.partNow = pesos(1000);
    CHECK(buildOption(o, 10, kToday).error.contains(QStringLiteral("less than the total")));
    CHECK(buildOption(o, 10, kToday).errorField == OptionField::PartNow);
    o.partNow = Money();
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
    o.partNow = pesos(100);
    o.restDate = o.date;
    CHECK(buildOption(o, 10, kToday).error.contains(QStringLiteral("after the first")));
    CHECK(buildOption(o, 10, kToday).errorField == OptionField::RestDate);
    o.restDate = o.date.addMonths(1);
    o.date = kToday.addDays(-1);
    CHECK(buildOption(o, 10, kToday).errorField == OptionField::Date);
}

TEST_CASE("A discount is taken off the balance, above the office's limit it is marked", "[domain][option]")
{
    PaymentOption o = base(OptionKind::FullPayment);
    o.balance = pesos(999, 99);
    o.discountPercent = 10;
    OptionPlan plan = buildOption(o, 10, kToday);
    REQUIRE(plan.ok());
    CHECK(plan.discount == pesos(100));  // 99.999 rounds to 100.00
    CHECK(plan.agreedTotal == pesos(899, 99));
    CHECK(sum(plan) == plan.agreedTotal);
    CHECK_FALSE(plan.needsApproval);

    o.discountPercent = 11;
    plan = buildOption(o, 10, kToday);
    CHECK(plan.ok());
    CHECK(plan.needsApproval);

    o.discountPercent = 100;
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
    o.discountPercent = -5;
    CHECK_FALSE(buildOption(o, 10, kToday).ok());

    // Instalments are split from the discounted total.
    PaymentOption p = base(OptionKind::Instalments);
    p.discountPercent = 5;
    p.instalments = 3;
    plan = buildOption(p, 10, kToday);
    CHECK(sum(plan) == pesos(950));
}

TEST_CASE("A new date promises an amount up to the balance, with no discount", "[domain][option]")
{
    PaymentOption o = base(OptionKind::NewDate);
    o.date = kToday.addDays(3);
    o.discountPercent = 50;  // ignored: a new date re-dates what was agreed
    OptionPlan plan = buildOption(o, 10, kToday);
    REQUIRE(plan.ok());
    CHECK(plan.agreedTotal == pesos(400));
    CHECK(plan.discount == Money());
    CHECK_FALSE(plan.needsApproval);
    o.amount = pesos(1000, 1);
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
}

TEST_CASE("Dates in the past, missing dates and nothing owed are refused in words", "[domain][option]")
{
    PaymentOption o = base(OptionKind::FullPayment);
    o.date = kToday.addDays(-1);
    CHECK(buildOption(o, 10, kToday).error.contains(QStringLiteral("past")));
    o.date = QDate();
    CHECK(buildOption(o, 10, kToday).error.contains(QStringLiteral("choose a date")));
    o = base(OptionKind::FullPayment);
    o.balance = Money();
    CHECK_FALSE(buildOption(o, 10, kToday).ok());
    CHECK(buildOption(o, 10, kToday).instalments.isEmpty());
}

TEST_CASE("The frequency of a plan of two follows the gap between its dates", "[domain][option]")
{
    CHECK(nearestFrequency(kToday, kToday.addDays(7)) == PlanFrequency::Weekly);
    CHECK(nearestFrequency(kToday, kToday.addDays(14)) == PlanFrequency::Biweekly);
    CHECK(nearestFrequency(kToday, kToday.addDays(15)) == PlanFrequency::Semimonthly);
    CHECK(nearestFrequency(kToday, kToday.addDays(16)) == PlanFrequency::Semimonthly);
    CHECK(nearestFrequency(kToday, kToday.addDays(31)) == PlanFrequency::Monthly);
    CHECK(discountOf(pesos(100), 15) == pesos(15));
    CHECK(discountOf(Money::fromMinor(5), 10) == Money::fromMinor(1));  // half a cent rounds up
}

TEST_CASE("Money taken during the call is the first amount, dated today, of the whole or the part now", "[domain][option]")
{
    PaymentOption o = base(OptionKind::PartNowRestLater);
    o.paidNow = true;
    OptionPlan plan = buildOption(o, 10, kToday);
    REQUIRE(plan.ok());
    CHECK(plan.paidNow);
    CHECK(plan.instalments.first().amount == pesos(250));
    CHECK(plan.instalments.first().dueDate == kToday);

    o.date = kToday.addDays(1);
    CHECK(buildOption(o, 10, kToday).error.contains(QStringLiteral("today")));
    PaymentOption plan3 = base(OptionKind::Instalments);
    plan3.paidNow = true;
    CHECK_FALSE(buildOption(plan3, 10, kToday).ok());
    PaymentOption full = base(OptionKind::FullPayment);
    full.paidNow = true;
    CHECK(buildOption(full, 10, kToday).paidNow);
}

TEST_CASE("What the debtor can pay each time gives the fewest equal instalments none above it")
{
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money::fromMinor(300000)) == 4);  // 2,500.00 each
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money::fromMinor(250000)) == 4);
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money::fromMinor(249999)) == 5);
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money::fromMinor(2000000)) == 1);
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money()) == 0);
    CHECK(instalmentsToCover(Money::fromMinor(1000000), Money::fromMinor(10000)) == 100);  // over the 60 a plan has
    // Split as the plan splits it, no instalment is above what was said.
    for (const qint64 each : {333333, 250001, 99999, 123457}) {
        const int count = instalmentsToCover(Money::fromMinor(1000001), Money::fromMinor(each));
        for (const InstalmentTerms &t :
             splitIntoInstalments(Money::fromMinor(1000001), count, PlanFrequency::Monthly, QDate(2026, 5, 1)))
            CHECK(t.amount.minor() <= each);
    }
}

TEST_CASE("The office's limits bound a promise's date and a plan's last payment", "[domain][option]")
{
    const TermLimits limits{30, 12};
    // A single date: up to 30 days from today, the 30th included.
    for (OptionKind kind : {OptionKind::FullPayment, OptionKind::NewDate}) {
        PaymentOption o = base(kind);
        o.date = kToday.addDays(30);
        CHECK(buildOption(o, 10, kToday, limits).ok());
        o.date = kToday.addDays(31);
        const OptionPlan far = buildOption(o, 10, kToday, limits);
        CHECK_FALSE(far.ok());
        CHECK(far.error.contains(QStringLiteral("30")));
        CHECK(far.errorField == OptionField::Date);
        CHECK(far.instalments.isEmpty());
        // Without limits (a supervisor's call) the same date is fine.
        CHECK(buildOption(o, 10, kToday).ok());
    }

    // A plan: its first payment by the days, its last by the months.
    PaymentOption plan = base(OptionKind::Instalments);
    plan.frequency = PlanFrequency::Monthly;
    plan.firstDate = kToday.addDays(10);
    plan.instalments = 12;  // the last on 20 Feb 2027: inside 10 Mar 2027
    CHECK(buildOption(plan, 10, kToday, limits).ok());
    plan.instalments = 13;  // the last on 20 Mar 2027
    const OptionPlan tooLong = buildOption(plan, 10, kToday, limits);
    CHECK_FALSE(tooLong.ok());
    CHECK(tooLong.error.startsWith(QStringLiteral("Last instalment")));
    CHECK(tooLong.errorField == OptionField::Count);  // the count and frequency make the last date
    CHECK(buildOption(plan, 10, kToday, TermLimits{30, 0}).ok());
    plan.instalments = 3;
    plan.firstDate = kToday.addDays(45);
    const OptionPlan lateStart = buildOption(plan, 10, kToday, limits);
    CHECK_FALSE(lateStart.ok());
    CHECK(lateStart.error.startsWith(QStringLiteral("First instalment")));
    CHECK(lateStart.errorField == OptionField::FirstDate);
    CHECK(buildOption(plan, 10, kToday, TermLimits{0, 12}).ok());

    // Part now and the rest later: the rest is the plan's last payment.
    PaymentOption part = base(OptionKind::PartNowRestLater);
    part.restDate = kToday.addMonths(12);
    CHECK(buildOption(part, 10, kToday, limits).ok());
    part.restDate = kToday.addMonths(12).addDays(1);
    const OptionPlan restTooLate = buildOption(part, 10, kToday, limits);
    CHECK_FALSE(restTooLate.ok());
    CHECK(restTooLate.error.startsWith(QStringLiteral("The rest")));
    CHECK(restTooLate.errorField == OptionField::RestDate);
}
