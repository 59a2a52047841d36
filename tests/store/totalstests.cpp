#include "store/paymentrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("Refreshed totals follow invoices and payments", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(500));

    store::TotalsRepository totals(t.db());
    auto before = totals.forDebtor(debtor);
    REQUIRE(before);
    CHECK(before->outstanding == test::pesos(1500));
    CHECK(before->openInvoices == 2);
    CHECK(before->oldestDueDate == QDate(2026, 1, 10));

    Payment p;
    p.debtorId = debtor;
    p.paidOn = QDate(2026, 2, 15);
    p.amount = test::pesos(1200);
    p.allocations = {{older, test::pesos(1000)}};  // 200 left as credit
    store::PaymentRepository(t.db()).add(p);
    totals.refresh(debtor);

    const auto after = totals.forDebtor(debtor);
    CHECK(after->outstanding == test::pesos(500));
    CHECK(after->credit == test::pesos(200));
    CHECK(after->openInvoices == 1);
    CHECK(after->oldestDueDate == QDate(2026, 2, 10));
    CHECK(totals.mismatches().isEmpty());
}

TEST_CASE("A change that skipped the totals is found by the recomputation", "[store][totals]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("R-1"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(1000));
    store::TotalsRepository totals(t.db());
    REQUIRE(totals.mismatches().isEmpty());

    store::SqlQuery(t.db(), QStringLiteral("UPDATE debtor_totals SET outstanding = outstanding + 1")).exec();
    CHECK(totals.mismatches() == QList<Id>{debtor});
    totals.refreshAll();
    CHECK(totals.mismatches().isEmpty());
}
