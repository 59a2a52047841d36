#include "domain/promiseevaluation.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

namespace {

Money m(qint64 minor) { return Money::fromMinor(minor); }

const QDate kDue(2026, 4, 10);
constexpr int kGrace = 2;  // grace ends 2026-04-12

InstalmentResult single(qint64 amount, const QList<PaymentEvent> &payments, const QDate &today)
{
    const QList<InstalmentResult> r = evaluatePlan({{m(amount), kDue}}, payments, kGrace, today);
    REQUIRE(r.size() == 1);
    return r.front();
}

} // namespace

TEST_CASE("Grace ends the given number of days after the due date")
{
    CHECK(graceEnd(kDue, 2) == QDate(2026, 4, 12));
    CHECK(graceEnd(kDue, 0) == kDue);
    CHECK(graceEnd(QDate(2026, 12, 31), 3) == QDate(2027, 1, 3));
    CHECK(graceEnd(kDue, -4) == kDue);  // a negative grace is no grace
}

TEST_CASE("A promise's result is final once its grace has ended before today")
{
    // Grace of 2 on 2026-04-12: a promise due on the 9th ended its grace on
    // the 11th; one due on the 10th can still be paid today.
    const QDate today(2026, 4, 12);
    CHECK(lastFinalPromiseDate(today, 2) == QDate(2026, 4, 9));
    CHECK(graceEnd(lastFinalPromiseDate(today, 2), 2) < today);
    CHECK_FALSE(graceEnd(lastFinalPromiseDate(today, 2).addDays(1), 2) < today);
    CHECK(lastFinalPromiseDate(today, 0) == QDate(2026, 4, 11));
    CHECK(lastFinalPromiseDate(today, -3) == QDate(2026, 4, 11));
    CHECK(lastFinalPromiseDate(QDate(2027, 1, 2), 3) == QDate(2026, 12, 29));
}

TEST_CASE("A promise paid in full on its date is kept")
{
    const InstalmentResult r = single(1000, {{kDue, m(1000)}}, kDue);
    CHECK(r.status == PromiseStatus::Kept);
    CHECK(r.paid == m(1000));
}

TEST_CASE("A promise paid in full before its date is kept at once")
{
    CHECK(single(1000, {{kDue.addDays(-5), m(1000)}}, kDue.addDays(-5)).status
          == PromiseStatus::Kept);
}

TEST_CASE("A promise paid on the last day of grace is kept")
{
    const InstalmentResult r = single(1000, {{QDate(2026, 4, 12), m(1000)}}, QDate(2026, 4, 20));
    CHECK(r.status == PromiseStatus::Kept);
}

TEST_CASE("A promise paid the day after grace ends is broken")
{
    const InstalmentResult r = single(1000, {{QDate(2026, 4, 13), m(1000)}}, QDate(2026, 4, 13));
    CHECK(r.status == PromiseStatus::Broken);
    CHECK(r.paid.isZero());
}

TEST_CASE("A promise covered by several payments is kept")
{
    const InstalmentResult r =
        single(1000, {{QDate(2026, 4, 1), m(300)}, {QDate(2026, 4, 11), m(700)}}, QDate(2026, 4, 15));
    CHECK(r.status == PromiseStatus::Kept);
    CHECK(r.paid == m(1000));
}

TEST_CASE("A promise partly paid is pending until grace ends, then partially kept")
{
    const QList<PaymentEvent> pays = {{QDate(2026, 4, 9), m(400)}};
    const InstalmentResult during = single(1000, pays, QDate(2026, 4, 12));
    CHECK(during.status == PromiseStatus::Pending);
    CHECK(during.paid == m(400));  // progress is shown

    const InstalmentResult after = single(1000, pays, QDate(2026, 4, 13));
    CHECK(after.status == PromiseStatus::PartiallyKept);
    CHECK(after.paid == m(400));
}

TEST_CASE("An unpaid promise is pending through the last day of grace and broken the day after")
{
    CHECK(single(1000, {}, kDue).status == PromiseStatus::Pending);
    CHECK(single(1000, {}, QDate(2026, 4, 12)).status == PromiseStatus::Pending);
    CHECK(single(1000, {}, QDate(2026, 4, 13)).status == PromiseStatus::Broken);
}

TEST_CASE("With no grace a promise is broken the day after its date")
{
    const auto r = evaluatePlan({{m(100), kDue}}, {}, 0, kDue.addDays(1));
    CHECK(r.front().status == PromiseStatus::Broken);
    const auto same = evaluatePlan({{m(100), kDue}}, {}, 0, kDue);
    CHECK(same.front().status == PromiseStatus::Pending);
}

TEST_CASE("A payment above one instalment flows into the next")
{
    const QList<InstalmentTerms> plan = {{m(500), QDate(2026, 1, 10)}, {m(500), QDate(2026, 2, 10)},
                                         {m(500), QDate(2026, 3, 10)}};
    const auto r = evaluatePlan(plan, {{QDate(2026, 1, 5), m(800)}}, 0, QDate(2026, 1, 20));
    REQUIRE(r.size() == 3);
    CHECK(r[0].status == PromiseStatus::Kept);
    CHECK(r[1].status == PromiseStatus::Pending);
    CHECK(r[1].paid == m(300));
    CHECK(r[2].paid.isZero());
}

TEST_CASE("A late payment cannot mend a past instalment and counts for the next")
{
    const QList<InstalmentTerms> plan = {{m(500), QDate(2026, 1, 10)}, {m(500), QDate(2026, 2, 10)}};
    const auto r = evaluatePlan(plan, {{QDate(2026, 1, 20), m(500)}}, 2, QDate(2026, 1, 25));
    CHECK(r[0].status == PromiseStatus::Broken);
    CHECK(r[0].paid.isZero());
    CHECK(r[1].status == PromiseStatus::Kept);
}

TEST_CASE("Plan instalments are judged each against their own grace end")
{
    const QList<InstalmentTerms> plan = {{m(500), QDate(2026, 1, 10)}, {m(500), QDate(2026, 2, 10)},
                                         {m(500), QDate(2026, 3, 10)}};
    const QList<PaymentEvent> pays = {{QDate(2026, 1, 9), m(500)}, {QDate(2026, 2, 11), m(200)}};
    const auto r = evaluatePlan(plan, pays, 2, QDate(2026, 3, 1));
    CHECK(r[0].status == PromiseStatus::Kept);
    CHECK(r[1].status == PromiseStatus::PartiallyKept);
    CHECK(r[1].paid == m(200));
    CHECK(r[2].status == PromiseStatus::Pending);
}

TEST_CASE("Payments are taken in date order whatever order they arrive in")
{
    const QList<InstalmentTerms> plan = {{m(500), QDate(2026, 1, 10)}, {m(500), QDate(2026, 2, 10)}};
    const QList<PaymentEvent> pays = {{QDate(2026, 2, 5), m(500)}, {QDate(2026, 1, 5), m(500)}};
    const auto r = evaluatePlan(plan, pays, 0, QDate(2026, 3, 1));
    CHECK(r[0].status == PromiseStatus::Kept);
    CHECK(r[1].status == PromiseStatus::Kept);
}

TEST_CASE("Money beyond the whole plan is not counted twice")
{
    const QList<InstalmentTerms> plan = {{m(500), QDate(2026, 1, 10)}, {m(500), QDate(2026, 2, 10)}};
    const auto r = evaluatePlan(plan, {{QDate(2026, 1, 1), m(5000)}}, 0, QDate(2026, 1, 2));
    CHECK(r[0].paid == m(500));
    CHECK(r[1].paid == m(500));
    CHECK(r[1].status == PromiseStatus::Kept);
}

TEST_CASE("An empty plan evaluates to nothing")
{
    CHECK(evaluatePlan({}, {{kDue, m(100)}}, 2, kDue).isEmpty());
}

TEST_CASE("Splitting gives the remainder cents to the first instalments")
{
    const auto three = splitIntoInstalments(m(10000), 3, PlanFrequency::Monthly, kDue);
    REQUIRE(three.size() == 3);
    CHECK(three[0].amount == m(3334));
    CHECK(three[1].amount == m(3333));
    CHECK(three[2].amount == m(3333));

    const auto four = splitIntoInstalments(m(10003), 4, PlanFrequency::Weekly, kDue);
    CHECK(four[0].amount == m(2501));
    CHECK(four[1].amount == m(2501));
    CHECK(four[2].amount == m(2501));
    CHECK(four[3].amount == m(2500));
}

TEST_CASE("Split instalments add up to the cent")
{
    for (qint64 total : {1, 99, 100, 10001, 123457, 999999999}) {
        for (int count : {1, 2, 3, 7, 12, 13}) {
            const auto parts = splitIntoInstalments(m(total), count, PlanFrequency::Monthly, kDue);
            REQUIRE(parts.size() == count);
            Money sum;
            for (const auto &p : parts)
                sum += p.amount;
            INFO(total << " in " << count);
            CHECK(sum == m(total));
            CHECK(parts.front().amount >= parts.back().amount);
            CHECK((parts.front().amount - parts.back().amount) <= m(1));
        }
    }
}

TEST_CASE("Splitting into no instalments gives none")
{
    CHECK(splitIntoInstalments(m(1000), 0, PlanFrequency::Monthly, kDue).isEmpty());
    CHECK(splitIntoInstalments(m(1000), -2, PlanFrequency::Monthly, kDue).isEmpty());
}

TEST_CASE("Weekly and biweekly plans step seven and fourteen days")
{
    const auto weekly = splitIntoInstalments(m(300), 3, PlanFrequency::Weekly, QDate(2026, 12, 24));
    CHECK(weekly[0].dueDate == QDate(2026, 12, 24));
    CHECK(weekly[1].dueDate == QDate(2026, 12, 31));
    CHECK(weekly[2].dueDate == QDate(2027, 1, 7));

    const auto biweekly = splitIntoInstalments(m(300), 3, PlanFrequency::Biweekly, QDate(2026, 2, 20));
    CHECK(biweekly[1].dueDate == QDate(2026, 3, 6));
    CHECK(biweekly[2].dueDate == QDate(2026, 3, 20));
}

TEST_CASE("A plan twice a month falls on the 15th and the month's last day")
{
    const auto fromFifteenth = splitIntoInstalments(m(500), 5, PlanFrequency::Semimonthly, QDate(2026, 12, 15));
    QList<QDate> dates;
    for (const auto &t : fromFifteenth)
        dates << t.dueDate;
    // Sunday the 31st of January is paid on Monday the 1st of February.
    CHECK(dates == QList<QDate>{QDate(2026, 12, 15), QDate(2026, 12, 31), QDate(2027, 1, 15), QDate(2027, 2, 1),
                                QDate(2027, 2, 15)});
    // From a month's last day: the next 15th, then that month's end (28th in February).
    CHECK(semimonthlyDate(QDate(2026, 11, 30), 1) == QDate(2026, 12, 15));
    CHECK(semimonthlyDate(QDate(2026, 11, 30), 2) == QDate(2026, 12, 31));
    CHECK(semimonthlyDate(QDate(2027, 1, 31), 2) == QDate(2027, 2, 28));
    CHECK(semimonthlyDate(QDate(2028, 1, 31), 2) == QDate(2028, 2, 29));
}

TEST_CASE("A plan twice a month from another day keeps that day and the one half a month away")
{
    // The 5th pairs with the 20th, and the 20th with the next month's 5th.
    CHECK(semimonthlyDate(QDate(2026, 12, 5), 1) == QDate(2026, 12, 20));
    CHECK(semimonthlyDate(QDate(2026, 12, 5), 2) == QDate(2027, 1, 5));
    CHECK(semimonthlyDate(QDate(2026, 12, 20), 1) == QDate(2027, 1, 5));
    CHECK(semimonthlyDate(QDate(2026, 12, 20), 2) == QDate(2027, 1, 20));
    // The 14th's partner, the 29th, is February's last day in a short year.
    CHECK(semimonthlyDate(QDate(2027, 2, 14), 1) == QDate(2027, 2, 28));
    CHECK(semimonthlyDate(QDate(2027, 2, 14), 3) == QDate(2027, 3, 29));
    // The 30th of a 31-day month is the end of its half: the rest fall on the 15th and the end.
    CHECK(semimonthlyDate(QDate(2026, 12, 30), 1) == QDate(2027, 1, 15));
    CHECK(semimonthlyDate(QDate(2026, 12, 30), 2) == QDate(2027, 1, 31));
    CHECK(semimonthlyDate(QDate(2026, 12, 30), 0) == QDate(2026, 12, 30));
    // Every date of a long plan is half a month, never two weeks, from the one before.
    for (int i = 1; i < 48; ++i) {
        const qint64 gap = semimonthlyDate(QDate(2026, 12, 15), i - 1).daysTo(semimonthlyDate(QDate(2026, 12, 15), i));
        CHECK(gap >= 13);
        CHECK(gap <= 16);
    }
}

TEST_CASE("A monthly plan keeps the day of month, clamped to the month's end")
{
    const auto plan = splitIntoInstalments(m(400), 4, PlanFrequency::Monthly, QDate(2026, 1, 31));
    CHECK(plan[0].dueDate == QDate(2026, 1, 31));  // a Saturday, as agreed
    CHECK(plan[1].dueDate == QDate(2026, 3, 2));   // Saturday the 28th of February: the Monday
    CHECK(plan[2].dueDate == QDate(2026, 3, 31));  // back to the 31st, not the 28th
    CHECK(plan[3].dueDate == QDate(2026, 4, 30));

    const auto leap = splitIntoInstalments(m(200), 2, PlanFrequency::Monthly, QDate(2024, 1, 30));
    CHECK(leap[1].dueDate == QDate(2024, 2, 29));
}

TEST_CASE("A monthly or twice-monthly plan's dates after the first move off the weekend, weekly ones keep their day")
{
    // From Wednesday the 30th of December 2026: Saturday 30 January is paid
    // on Monday 1 February, Sunday 28 February on Monday 1 March.
    const auto monthly = splitIntoInstalments(m(600), 6, PlanFrequency::Monthly, QDate(2026, 12, 30));
    for (const auto &t : monthly) {
        INFO(t.dueDate.toString(Qt::ISODate).toStdString());
        CHECK(t.dueDate.dayOfWeek() <= 5);
    }
    CHECK(monthly[1].dueDate == QDate(2027, 2, 1));
    CHECK(monthly[2].dueDate == QDate(2027, 3, 1));
    // Weekly from a Saturday stays on Saturdays: the debtor chose that day.
    const auto weekly = splitIntoInstalments(m(300), 3, PlanFrequency::Weekly, QDate(2026, 12, 5));
    CHECK(weekly[2].dueDate == QDate(2026, 12, 19));
}

TEST_CASE("Money received before a promise was agreed does not count toward it")
{
    const QDate made = kDue.addDays(-10);
    // 1,000 paid the day before the promise was made, then nothing: the
    // promise is broken, not kept by the old payment.
    const QList<InstalmentResult> before =
        evaluatePlan({{m(1000), kDue, made}}, {{made.addDays(-1), m(1000)}}, kGrace, kDue.addDays(kGrace + 1));
    CHECK(before.front().status == PromiseStatus::Broken);
    CHECK(before.front().paid == m(0));
    // Paid on the day it was agreed (the agent confirms a transfer during
    // the call): it counts.
    CHECK(evaluatePlan({{m(1000), kDue, made}}, {{made, m(1000)}}, kGrace, made).front().status ==
          PromiseStatus::Kept);
}

TEST_CASE("An old payment goes to the old promise, never to a plan agreed after it")
{
    // A first promise of 500 made in January, paid in February with 2,000;
    // in March a new plan of two instalments of 700 is agreed. The 1,500
    // left over from February's payment is not a payment of the plan.
    const QDate jan(2026, 1, 10), feb(2026, 2, 5), mar(2026, 3, 1);
    const QList<InstalmentTerms> chain = {{m(500), QDate(2026, 2, 10), jan},
                                          {m(700), QDate(2026, 3, 15), mar},
                                          {m(700), QDate(2026, 4, 15), mar}};
    const QList<InstalmentResult> r =
        evaluatePlan(chain, {{feb, m(2000)}, {QDate(2026, 3, 14), m(700)}}, kGrace, QDate(2026, 3, 20));
    CHECK(r.at(0).status == PromiseStatus::Kept);
    CHECK(r.at(1).status == PromiseStatus::Kept);
    CHECK(r.at(1).paid == m(700));
    CHECK(r.at(2).status == PromiseStatus::Pending);
    CHECK(r.at(2).paid == m(0));
}

TEST_CASE("A debtor's promise chain leaves out cancelled ones, runs in due-date order and starts when the first was made")
{
    const auto promise = [](Id id, const QDate &due, const QDate &made, PromiseStatus status, int sequence = 1) {
        Promise p;
        p.id = id;
        p.amount = m(100);
        p.dueDate = due;
        p.madeOn = made;
        p.status = status;
        p.sequence = sequence;
        return p;
    };
    const PromiseChain chain = promiseChain({promise(1, QDate(2026, 5, 1), QDate(2026, 4, 2), PromiseStatus::Kept),
                                             promise(2, QDate(2026, 4, 15), QDate(2026, 4, 10), PromiseStatus::Cancelled),
                                             promise(3, QDate(2026, 4, 20), QDate(2026, 3, 30), PromiseStatus::Pending, 2),
                                             promise(4, QDate(2026, 4, 20), QDate(2026, 3, 30), PromiseStatus::Pending, 1)});
    REQUIRE(chain.promises.size() == 3);
    CHECK(chain.promises.at(0).id == 4);
    CHECK(chain.promises.at(1).id == 3);
    CHECK(chain.promises.at(2).id == 1);
    REQUIRE(chain.terms.size() == 3);
    CHECK(chain.terms.at(2).madeOn == QDate(2026, 4, 2));
    CHECK(chain.earliestMadeOn == QDate(2026, 3, 30));
    CHECK(chain.hasPending());
    CHECK_FALSE(promiseChain({promise(1, QDate(2026, 5, 1), QDate(2026, 4, 2), PromiseStatus::Kept)}).hasPending());
}

TEST_CASE("A promise replaced after its date was broken, before it only cancelled")
{
    Promise p;
    p.amount = Money::fromMinor(50000);
    p.dueDate = QDate(2026, 4, 10);
    CHECK(replacedOutcome(p, QDate(2026, 4, 9)) == PromiseStatus::Cancelled);
    CHECK(replacedOutcome(p, QDate(2026, 4, 10)) == PromiseStatus::Cancelled);  // its day is not over
    CHECK(replacedOutcome(p, QDate(2026, 4, 11)) == PromiseStatus::Broken);
    p.paid = Money::fromMinor(10000);
    CHECK(replacedOutcome(p, QDate(2026, 4, 11)) == PromiseStatus::PartiallyKept);
    CHECK(replacedOutcome(p, QDate(2026, 4, 10)) == PromiseStatus::Cancelled);
}

TEST_CASE("The last broken promise is the latest settled one, when it was not kept", "[domain][promise]")
{
    const auto promise = [](int day, PromiseStatus status) {
        Promise p;
        p.dueDate = QDate(2026, 3, day);
        p.status = status;
        return p;
    };
    CHECK_FALSE(lastBrokenPromise({}).has_value());
    // Broken, then a pending one and a cancelled one after it: still that one.
    const auto broken = lastBrokenPromise({promise(2, PromiseStatus::Broken), promise(20, PromiseStatus::Pending),
                                           promise(25, PromiseStatus::Cancelled)});
    REQUIRE(broken.has_value());
    CHECK(broken->dueDate == QDate(2026, 3, 2));
    CHECK(lastBrokenPromise({promise(2, PromiseStatus::PartiallyKept)}).has_value());
    // Kept since: the call is not about the old one.
    CHECK_FALSE(lastBrokenPromise({promise(2, PromiseStatus::Broken), promise(9, PromiseStatus::Kept)}).has_value());
    // Kept in part is counted on its own, apart from kept and broken.
    CHECK(promisesKeptInPart({promise(2, PromiseStatus::PartiallyKept), promise(4, PromiseStatus::Broken),
                              promise(6, PromiseStatus::PartiallyKept), promise(8, PromiseStatus::Kept)}) == 2);
    CHECK(promisesKeptInPart({}) == 0);
}

TEST_CASE("Money paid before a promise counts for it when the desk entered it only after the promise")
{
    const QDate madeOn(2026, 4, 6);
    const QDateTime madeAt(madeOn, QTime(17, 0), Qt::UTC);
    const InstalmentTerms terms{m(100000), kDue, madeOn, madeAt};
    // Yesterday's deposit, entered after today's call: the balance the
    // debtor promised still held it.
    const PaymentEvent enteredAfter{madeOn.addDays(-1), m(60000), madeAt.addSecs(600)};
    CHECK(countsToward(enteredAfter, terms));
    CHECK(evaluatePlan({terms}, {enteredAfter}, kGrace, madeOn).front().paid == m(60000));
    // Entered before the call, it was already out of the balance promised.
    const PaymentEvent enteredBefore{madeOn.addDays(-1), m(60000), madeAt.addSecs(-600)};
    CHECK_FALSE(countsToward(enteredBefore, terms));
    CHECK(evaluatePlan({terms}, {enteredBefore}, kGrace, madeOn).front().paid == Money());
    // Without the moments (an old import, a promise without a call) the day decides, as before.
    CHECK_FALSE(countsToward({madeOn.addDays(-1), m(60000)}, terms));
    CHECK_FALSE(countsToward(enteredAfter, InstalmentTerms{m(100000), kDue, madeOn}));
}
