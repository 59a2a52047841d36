#include "domain/clock.h"
#include "services/balanceadjustmentservice.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "servicetesthelpers.h"
#include "store/auditrepository.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);

Invoice invoiceFor(Id debtor, const QString &number = QStringLiteral("F-100"))
{
    Invoice inv;
    inv.debtorId = debtor;
    inv.number = number;
    inv.issueDate = QDate(2026, 1, 5);
    inv.dueDate = QDate(2026, 2, 4);
    inv.amount = test::pesos(2500, 50);
    return inv;
}

// invoiceFor()'s F-100 of `id` as it should have read: at `amount`.
services::InvoiceChange raisedTo(Id id, Money amount)
{
    services::InvoiceChange change;
    change.invoiceId = id;
    change.number = QStringLiteral("F-100");
    change.issueDate = QDate(2026, 1, 5);
    change.dueDate = QDate(2026, 2, 4);
    change.amount = amount;
    return change;
}

} // namespace

TEST_CASE("Adding an invoice moves the debtor's totals in the same step and audits it", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    const Id id = services::InvoiceService(t.db(), clock).add(invoiceFor(debtor));

    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->outstanding == test::pesos(2500, 50));
    CHECK(totals->oldestDueDate == QDate(2026, 2, 4));
    CHECK(totals->openInvoices == 1);
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    CHECK(store::InvoiceRepository(t.db()).byId(id)->number == QStringLiteral("F-100"));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.add")});
}

TEST_CASE("An invoice is refused for a repeated number, impossible dates or no amount", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    services::InvoiceService service(t.db(), clock);
    service.add(invoiceFor(debtor));

    auto refused = [&](const Invoice &inv) { return test::refusedField([&] { service.add(inv); }); };
    CHECK(refused(invoiceFor(debtor, QStringLiteral(" F-100 "))) == QStringLiteral("number"));
    CHECK(refused(invoiceFor(debtor, QString())) == QStringLiteral("number"));
    Invoice early = invoiceFor(debtor, QStringLiteral("F-101"));
    early.dueDate = early.issueDate.addDays(-1);
    CHECK(refused(early) == QStringLiteral("due_date"));
    Invoice future = invoiceFor(debtor, QStringLiteral("F-102"));
    future.issueDate = QDate(2026, 3, 11);
    future.dueDate = QDate(2026, 4, 11);
    CHECK(refused(future) == QStringLiteral("issue_date"));
    Invoice free = invoiceFor(debtor, QStringLiteral("F-103"));
    free.amount = Money();
    CHECK(refused(free) == QStringLiteral("amount"));
    CHECK(refused(invoiceFor(debtor + 9, QStringLiteral("F-104"))) == QStringLiteral("debtor"));

    CHECK(store::InvoiceRepository(t.db()).forDebtor(debtor).size() == 1);
    CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(2500, 50));
    CHECK(test::auditActions(t.db()).size() == 1);
}

TEST_CASE("A disputed invoice needs its reason and is paid after the undisputed ones", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    const Id older = test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 1, 10), test::pesos(100));
    const Id newer = test::addInvoice(t.db(), debtor, QStringLiteral("F-2"), QDate(2026, 2, 10), test::pesos(100));
    services::InvoiceService service(t.db(), clock);

    CHECK(test::refusedField([&] { service.setDisputed(older, true, QStringLiteral(" ")); }) == QStringLiteral("reason"));
    CHECK_FALSE(store::InvoiceRepository(t.db()).byId(older)->disputed);
    CHECK(test::refusedField([&] { service.setDisputed(older, false, QString()); }) == QStringLiteral("invoice"));

    service.setDisputed(older, true, QStringLiteral("Mercancía dañada"));
    CHECK(store::InvoiceRepository(t.db()).byId(older)->disputeReason == QStringLiteral("Mercancía dañada"));
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.dispute")});

    services::PostPaymentRequest payment;
    payment.debtorId = debtor;
    payment.amount = test::pesos(100);
    payment.paidOn = QDate(2026, 3, 9);
    const auto result = services::PaymentService(t.db(), clock).post(payment);
    REQUIRE(result.allocations.size() == 1);
    CHECK(result.allocations[0].invoiceId == newer);

    service.setDisputed(older, false, QString());
    CHECK_FALSE(store::InvoiceRepository(t.db()).byId(older)->disputed);
    CHECK(store::InvoiceRepository(t.db()).byId(older)->disputeReason.isEmpty());
    CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.undispute")});
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A supervisor changes an invoice typed wrong: totals, audit in words, credit on account", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const auto people = test::addTwoAgentsAndSupervisor(t.db());
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    services::InvoiceService service(t.db(), clock);
    const Id id = service.add(invoiceFor(debtor), people.sue);
    // 1,000.00 paid: 1,500.50 still owed.
    services::PostPaymentRequest payment;
    payment.debtorId = debtor;
    payment.amount = test::pesos(1000);
    payment.paidOn = QDate(2026, 3, 9);
    services::PaymentService(t.db(), clock).post(payment);

    services::InvoiceChange change;
    change.invoiceId = id;
    change.number = QStringLiteral(" F-1000 ");
    change.issueDate = QDate(2026, 1, 5);
    change.dueDate = QDate(2026, 2, 14);
    change.amount = test::pesos(25005);  // a missing zero added

    SECTION("an agent is refused and nothing changes")
    {
        CHECK(test::refusedField([&] { service.change(change, people.ana); }) == QStringLiteral("user"));
        CHECK(store::InvoiceRepository(t.db()).byId(id)->amount == test::pesos(2500, 50));
    }
    SECTION("the supervisor's change is stored with the totals, and audited with what it was")
    {
        const auto result = service.change(change, people.sue);
        CHECK(result.changed);
        const auto stored = store::InvoiceRepository(t.db()).byId(id);
        CHECK(stored->number == QStringLiteral("F-1000"));
        CHECK(stored->dueDate == QDate(2026, 2, 14));
        CHECK(stored->outstanding == test::pesos(24005));
        const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
        CHECK(totals->outstanding == test::pesos(24005));
        CHECK(totals->oldestDueDate == QDate(2026, 2, 14));
        CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
        const auto entry = store::AuditRepository(t.db()).latest(1).first();
        CHECK(entry.action == QStringLiteral("invoice.update"));
        CHECK(entry.userId == people.sue);
        CHECK(entry.details == QStringLiteral("debtor=%1 number=F-100:F-1000 due_date amount=250050:2500500").arg(debtor));
        // Saving it again as it reads stores nothing.
        CHECK_FALSE(service.change(change, people.sue).changed);
        CHECK(test::auditActions(t.db(), 1) == QStringList{QStringLiteral("invoice.update")});
        CHECK(test::auditActions(t.db()).size() == 3);
    }
    SECTION("an amount below what was paid is refused, naming the amount")
    {
        change.amount = test::pesos(999);
        CHECK(test::refusedMessage([&] { service.change(change, people.sue); })
              == QStringLiteral("Amount: payments and adjustments already took 1,000.00 off this invoice; it cannot be "
                                "less."));
        CHECK(store::InvoiceRepository(t.db()).byId(id)->amount == test::pesos(2500, 50));
    }
    SECTION("a number another invoice of the debtor has is refused")
    {
        service.add(invoiceFor(debtor, QStringLiteral("F-1000")), people.sue);
        CHECK(test::refusedField([&] { service.change(change, people.sue); }) == QStringLiteral("number"));
    }
    SECTION("lowered to what was paid: nothing owed, the pending promise cancelled")
    {
        const Id promise = test::addPromise(t.db(), debtor, test::pesos(500), QDate(2026, 3, 20), QDate(2026, 3, 9));
        change.amount = test::pesos(1000);
        const auto result = service.change(change, people.sue);
        CHECK(result.promisesCancelled == 1);
        CHECK(store::PromiseRepository(t.db()).byId(promise)->status == PromiseStatus::Cancelled);
        CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == Money());
        CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    }
}

TEST_CASE("Credit on account pays an invoice added or raised", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    services::InvoiceService service(t.db(), clock);
    const Id first = service.add(invoiceFor(debtor));
    // 3,000.00 paid on 2,500.50 owed: 499.50 on account.
    services::PostPaymentRequest payment;
    payment.debtorId = debtor;
    payment.amount = test::pesos(3000);
    payment.paidOn = QDate(2026, 3, 9);
    services::PaymentService(t.db(), clock).post(payment);
    REQUIRE(store::TotalsRepository(t.db()).forDebtor(debtor)->credit == test::pesos(499, 50));

    CHECK(service.change(raisedTo(first, test::pesos(2600, 50))).creditUsed == test::pesos(100));
    CHECK(store::InvoiceRepository(t.db()).byId(first)->outstanding == Money());

    Invoice second = invoiceFor(debtor, QStringLiteral("F-101"));
    second.amount = test::pesos(1000);
    const Id added = service.add(second);
    CHECK(store::InvoiceRepository(t.db()).byId(added)->outstanding == test::pesos(600, 50));
    const auto totals = store::TotalsRepository(t.db()).forDebtor(debtor);
    CHECK(totals->outstanding == test::pesos(600, 50));
    CHECK(totals->credit == Money());
    CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
}

TEST_CASE("A written-off or settled debtor who owes again after an invoice is worked again", "[services][invoice]")
{
    test::TempDb t;
    FixedClock clock(kNow);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("I-1"));
    services::InvoiceService service(t.db(), clock);
    const Id id = service.add(invoiceFor(debtor));

    SECTION("written off: raising the invoice reopens the file, and the audit says so")
    {
        services::AdjustBalanceRequest writeOff;
        writeOff.debtorId = debtor;
        writeOff.kind = AdjustmentKind::WriteOff;
        writeOff.amount = test::pesos(2500, 50);
        writeOff.note = QStringLiteral("Cerró el negocio.");
        REQUIRE(services::BalanceAdjustmentService(t.db(), clock).adjust(writeOff).closed);

        CHECK(service.change(raisedTo(id, test::pesos(2600, 50))).reactivated);
        CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Active);
        CHECK(store::TotalsRepository(t.db()).forDebtor(debtor)->outstanding == test::pesos(100));
        CHECK(store::AuditRepository(t.db()).latest(1).first().details.endsWith(QStringLiteral(" status=active")));
        CHECK(store::TotalsRepository(t.db()).mismatches().isEmpty());
    }
    SECTION("settled: a new invoice makes the debtor active; closed for another reason stays closed")
    {
        Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
        d.status = DebtorStatus::Settled;
        store::DebtorRepository(t.db()).update(d);
        service.add(invoiceFor(debtor, QStringLiteral("F-101")));
        CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Active);
        CHECK(store::AuditRepository(t.db()).latest(1).first().details == QStringLiteral("debtor=%1 status=active").arg(debtor));

        d.status = DebtorStatus::Closed;
        store::DebtorRepository(t.db()).update(d);
        service.add(invoiceFor(debtor, QStringLiteral("F-102")));
        CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Closed);
    }
    SECTION("a part written off, then closed by hand while owing: it stays closed")
    {
        services::AdjustBalanceRequest writeOff;
        writeOff.debtorId = debtor;
        writeOff.kind = AdjustmentKind::WriteOff;
        writeOff.amount = test::pesos(500);
        writeOff.note = QStringLiteral("Parte incobrable.");
        REQUIRE_FALSE(services::BalanceAdjustmentService(t.db(), clock).adjust(writeOff).closed);
        Debtor d = *store::DebtorRepository(t.db()).byId(debtor);
        d.status = DebtorStatus::Closed;  // handed to a lawyer's office, say
        store::DebtorRepository(t.db()).update(d);
        service.add(invoiceFor(debtor, QStringLiteral("F-101")));
        CHECK(store::DebtorRepository(t.db()).byId(debtor)->status == DebtorStatus::Closed);
    }
}
