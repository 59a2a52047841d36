#include "domain/allocation.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

namespace {

Money m(qint64 minor) { return Money::fromMinor(minor); }

OpenInvoice inv(Id id, QDate due, qint64 outstanding, bool disputed = false, QDate issue = {})
{
    OpenInvoice i;
    i.id = id;
    i.dueDate = due;
    i.issueDate = issue.isValid() ? issue : due.addDays(-30);
    i.outstanding = m(outstanding);
    i.disputed = disputed;
    return i;
}

QList<Id> ids(const AllocationPlan &plan)
{
    QList<Id> out;
    for (const Allocation &a : plan.allocations)
        out << a.invoiceId;
    return out;
}

Money total(const AllocationPlan &plan)
{
    Money sum = plan.credit;
    for (const Allocation &a : plan.allocations)
        sum += a.amount;
    return sum;
}

} // namespace

TEST_CASE("Allocation pays the oldest due invoice first")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 3, 1), 1000), inv(2, QDate(2026, 1, 1), 500),
                                     inv(3, QDate(2026, 2, 1), 700)};
    const AllocationPlan plan = allocatePayment(m(1000), open);
    CHECK(ids(plan) == QList<Id>{2, 3});
    REQUIRE(plan.allocations.size() == 2);
    CHECK(plan.allocations[0].amount == m(500));
    CHECK(plan.allocations[1].amount == m(500));  // part of the next oldest
    CHECK(plan.credit.isZero());
}

TEST_CASE("Allocation breaks due-date ties by issue date, then by id")
{
    const QDate due(2026, 1, 31);
    const QList<OpenInvoice> open = {inv(9, due, 100, false, QDate(2026, 1, 5)),
                                     inv(4, due, 100, false, QDate(2026, 1, 2)),
                                     inv(7, due, 100, false, QDate(2026, 1, 2))};
    CHECK(ids(allocatePayment(m(300), open)) == QList<Id>{4, 7, 9});
}

TEST_CASE("Allocation leaves disputed invoices until every undisputed one is paid")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2025, 1, 1), 400, true),
                                     inv(2, QDate(2026, 1, 1), 400),
                                     inv(3, QDate(2025, 6, 1), 400, true)};
    const AllocationPlan plan = allocatePayment(m(1000), open);
    CHECK(ids(plan) == QList<Id>{2, 1, 3});
    CHECK(plan.allocations[2].amount == m(200));

    // With only enough for the undisputed one, disputed invoices get nothing.
    CHECK(ids(allocatePayment(m(400), open)) == QList<Id>{2});
}

TEST_CASE("Allocation pays the preferred invoice first, even a newer or disputed one")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 1, 1), 500), inv(2, QDate(2026, 5, 1), 300),
                                     inv(3, QDate(2026, 2, 1), 300, true)};
    CHECK(ids(allocatePayment(m(600), open, Id(2))) == QList<Id>{2, 1});
    CHECK(ids(allocatePayment(m(200), open, Id(3))) == QList<Id>{3});
}

TEST_CASE("Allocation of a payment on a past day pays the invoices issued by then before later ones")
{
    // A bank's history imported, or a payment recorded late: on 17 June the
    // debtor owed only the disputed invoice 1 once invoice 2 was paid;
    // invoice 3 was issued in August.
    const QDate paidOn(2026, 6, 17);
    const QList<OpenInvoice> open = {inv(1, QDate(2025, 11, 12), 1295, true, QDate(2025, 10, 13)),
                                     inv(2, QDate(2026, 6, 2), 981, false, QDate(2026, 5, 3)),
                                     inv(3, QDate(2026, 9, 15), 1065, false, QDate(2026, 8, 16))};
    const AllocationPlan onItsDay = allocatePayment(m(2276), open, Id(2), paidOn);
    CHECK(ids(onItsDay) == QList<Id>{2, 1});
    CHECK(onItsDay.credit.isZero());

    // Only what the invoices of its day leave over goes to later ones.
    const AllocationPlan more = allocatePayment(m(2500), open, Id(2), paidOn);
    CHECK(ids(more) == QList<Id>{2, 1, 3});
    CHECK(more.allocations[2].amount == m(224));

    // Without its day (credit on account paying what is owed now), the
    // undisputed invoice 3 comes before the disputed one, as always.
    CHECK(ids(allocatePayment(m(2276), open, Id(2))) == QList<Id>{2, 3, 1});

    // The invoice the payment names is paid first even when issued later
    // (money sent ahead of its invoice).
    CHECK(ids(allocatePayment(m(1065), open, Id(3), paidOn)) == QList<Id>{3});

    // An invoice without an issue date cannot be shown to be later.
    OpenInvoice undated = inv(4, QDate(2026, 1, 5), 100);
    undated.issueDate = QDate();
    CHECK(ids(allocatePayment(m(100), {open[2], undated}, std::nullopt, paidOn)) == QList<Id>{4});
}

TEST_CASE("Allocation ignores a preferred invoice that is not open")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 1, 1), 500), inv(2, QDate(2026, 5, 1), 300)};
    CHECK(ids(allocatePayment(m(600), open, Id(99))) == QList<Id>{1, 2});
}

TEST_CASE("Allocation keeps what no invoice takes as credit")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 1, 1), 500), inv(2, QDate(2026, 2, 1), 300)};
    const AllocationPlan plan = allocatePayment(m(1000), open);
    CHECK(plan.allocations.size() == 2);
    CHECK(plan.credit == m(200));

    const AllocationPlan none = allocatePayment(m(1000), {});
    CHECK(none.allocations.isEmpty());
    CHECK(none.credit == m(1000));
}

TEST_CASE("Allocation skips invoices with nothing outstanding")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2025, 1, 1), 0), inv(2, QDate(2025, 2, 1), -50),
                                     inv(3, QDate(2025, 3, 1), 100)};
    const AllocationPlan plan = allocatePayment(m(100), open);
    CHECK(ids(plan) == QList<Id>{3});
    CHECK(plan.credit.isZero());
}

TEST_CASE("Allocation of a zero or negative amount allocates nothing")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 1, 1), 500)};
    const AllocationPlan zero = allocatePayment(m(0), open);
    CHECK(zero.allocations.isEmpty());
    CHECK(zero.credit.isZero());
    const AllocationPlan negative = allocatePayment(m(-300), open);
    CHECK(negative.allocations.isEmpty());
    CHECK(negative.credit == m(-300));
}

TEST_CASE("Allocation puts invoices without a due date after dated ones")
{
    const QList<OpenInvoice> open = {inv(1, QDate(), 100), inv(2, QDate(2026, 12, 1), 100)};
    CHECK(ids(allocatePayment(m(200), open)) == QList<Id>{2, 1});
}

TEST_CASE("Allocations and credit always add up to the payment, never above an invoice")
{
    const QList<OpenInvoice> open = {inv(1, QDate(2026, 1, 1), 333), inv(2, QDate(2026, 2, 1), 1),
                                     inv(3, QDate(2026, 3, 1), 999, true),
                                     inv(4, QDate(2026, 1, 15), 250)};
    for (qint64 amount : {1, 250, 333, 334, 584, 585, 1000, 1583, 1584, 5000}) {
        INFO(amount);
        const AllocationPlan plan = allocatePayment(m(amount), open, Id(4));
        CHECK(total(plan) == m(amount));
        CHECK_FALSE(plan.credit.isNegative());
        for (const Allocation &a : plan.allocations) {
            CHECK(a.amount.isPositive());
            for (const OpenInvoice &o : open)
                if (o.id == a.invoiceId)
                    CHECK(a.amount <= o.outstanding);
        }
    }
}
