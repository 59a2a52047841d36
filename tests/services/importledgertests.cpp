// The invoices' import against what Libreta itself wrote down: adjustments
// an accounting file may book again, credit on account that pays what the
// file adds or raises, and settled or written-off debtors made to owe.

#include "importtesthelpers.h"
#include "servicetesthelpers.h"
#include "services/balanceadjustmentservice.h"
#include "services/invoiceservice.h"
#include "services/paymentservice.h"
#include "store/auditrepository.h"
#include "store/debtorrepository.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <QFile>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;
using libreta::test::storedDebtor;
using libreta::test::storedInvoice;

namespace {

// The base debtors with the invoices of invoices-iso-point.csv: 000123 owes
// F-0001 (1,234.50) and F-0002 (1,234.56, disputed), 000124 owes 99.90,
// 0042 owes 2,000.00.
struct Office {
    Office()
    {
        test::importBaseDebtors(t.db());
        test::runImport(t.db(), ImportKind::Invoices, "invoices-iso-point.csv");
    }

    Id debtor(const char *ref) { return storedDebtor(t.db(), QString::fromLatin1(ref)).id; }
    Invoice f1() { return storedInvoice(t.db(), QStringLiteral("000123"), QStringLiteral("F-0001")); }

    void pay(const char *ref, Money amount)
    {
        PostPaymentRequest payment;
        payment.debtorId = debtor(ref);
        payment.amount = amount;
        payment.paidOn = QDate(2026, 3, 9);
        PaymentService(t.db(), clock).post(payment);
    }

    AdjustBalanceResult adjust(const char *ref, AdjustmentKind kind, Money amount,
                               std::optional<Id> invoiceId = std::nullopt)
    {
        AdjustBalanceRequest request;
        request.debtorId = debtor(ref);
        request.kind = kind;
        request.amount = amount;
        request.invoiceId = invoiceId;
        request.note = QStringLiteral("Nota de crédito por mercancía devuelta.");
        return BalanceAdjustmentService(t.db(), clock).adjust(request);
    }

    void setStatus(const char *ref, DebtorStatus status)
    {
        Debtor d = storedDebtor(t.db(), QString::fromLatin1(ref));
        d.status = status;
        store::DebtorRepository(t.db()).update(d);
    }

    // Imports `rows` under the invoices' header.
    ImportResult importRows(const QByteArray &rows)
    {
        const QString path = dir.filePath(QStringLiteral("invoices.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("debtor_ref,number,issue_date,due_date,amount\n" + rows);
        f.close();
        return test::runImport(t.db(), ImportKind::Invoices, "", [&](ImportRequest &q) { q.path = path; });
    }

    // F-0001 again, at `amount`.
    ImportResult importF1(const char *amount)
    {
        return importRows(QByteArray("000123,F-0001,2025-10-01,2025-10-31,") + amount + "\n");
    }

    DebtorTotals totals(const char *ref) { return *store::TotalsRepository(t.db()).forDebtor(debtor(ref)); }

    test::TempDb t;
    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC)};
    QTemporaryDir dir;
};

} // namespace

TEST_CASE("A re-import lowering an invoice Libreta corrected does not take the correction off twice", "[import]")
{
    Office o;
    const Invoice before = o.f1();
    REQUIRE(before.amount == test::pesos(1234, 50));
    o.adjust("000123", AdjustmentKind::Correction, test::pesos(100), before.id);

    SECTION("the accounting system booked the same credit note: the amount stays, the new due date is taken")
    {
        const auto r = o.importRows("000123,F-0001,2025-10-01,2025-11-15,1134.50\n");
        CHECK(r.updated == 1);
        CHECK(o.f1().amount == before.amount);
        CHECK(o.f1().outstanding == test::pesos(1134, 50));
        CHECK(o.f1().dueDate == QDate(2025, 11, 15));
    }
    SECTION("a lowering smaller than the correction leaves what is owed as Libreta has it")
    {
        CHECK(o.importRows("000123,F-0001,2025-10-01,2025-11-15,1200.00\n").updated == 1);
        CHECK(o.f1().outstanding == test::pesos(1134, 50));
    }
    SECTION("a lowering beyond the correction is refused, with what to record instead")
    {
        const auto r = o.importF1("1084.50");
        CHECK(r.refused == 1);
        CHECK(test::messagesOf(r)
              == QStringLiteral("2 amount: adjustments in Libreta already took 100.00 off invoice F-0001, and the file "
                                "lowers it from 1234.50 to 1084.50, 50.00 more; record those 50.00 as a correction "
                                "in Libreta, so nothing is taken off twice."));
        CHECK(o.f1().outstanding == test::pesos(1134, 50));
    }
    SECTION("a raised amount is taken as it comes")
    {
        CHECK(o.importF1("1300.00").updated == 1);
        CHECK(o.f1().outstanding == test::pesos(1200));
    }
    CHECK(test::totalsConsistent(o.t.db()));
}

TEST_CASE("A re-import lowering a corrected invoice that was also paid names what stops it", "[import]")
{
    Office o;
    o.adjust("000123", AdjustmentKind::Correction, test::pesos(100), o.f1().id);
    // 1,000.00 paid on it (the other invoice is disputed, paid last): 134.50 owed.
    o.pay("000123", test::pesos(1000));
    REQUIRE(o.f1().outstanding == test::pesos(134, 50));

    // Below what payments and adjustments took: no correction could make up for it.
    CHECK(test::messagesOf(o.importF1("1050.00")) ==
          QStringLiteral("2 amount: payments and adjustments already took 1100.00 off invoice F-0001; its amount "
                         "cannot be less."));
    // Above it: the rest can be recorded as a correction (14.50 is owed).
    CHECK(test::messagesOf(o.importF1("1120.00")) ==
          QStringLiteral("2 amount: adjustments in Libreta already took 100.00 off invoice F-0001, and the file "
                         "lowers it from 1234.50 to 1120.00, 14.50 more; record those 14.50 as a correction in "
                         "Libreta, so nothing is taken off twice."));
    CHECK(test::messagesOf(o.importF1("1134.50")).isEmpty());
    CHECK(o.f1().outstanding == test::pesos(134, 50));
    CHECK(test::totalsConsistent(o.t.db()));
}

TEST_CASE("Credit a debtor holds on account pays the invoices a file adds or raises", "[import]")
{
    Office o;
    // 3,000.00 paid on the 2,469.06 owed: 530.94 on account.
    o.pay("000123", test::pesos(3000));
    REQUIRE(o.totals("000123").credit == test::pesos(530, 94));

    SECTION("new invoices")
    {
        const auto r = o.importRows("000123,F-0003,2025-11-15,2025-12-15,1000.00\n"
                                    "000124,F-0004,2025-11-15,2025-12-15,50.00\n");
        CHECK(r.added == 2);
        CHECK(storedInvoice(o.t.db(), QStringLiteral("000123"), QStringLiteral("F-0003")).outstanding ==
              test::pesos(469, 6));
        CHECK(o.totals("000123").outstanding == test::pesos(469, 6));
        CHECK(o.totals("000123").credit == Money());
        CHECK(storedInvoice(o.t.db(), QStringLiteral("000124"), QStringLiteral("F-0004")).outstanding ==
              test::pesos(50));
    }
    SECTION("an invoice raised")
    {
        CHECK(o.importF1("1300.00").updated == 1);
        CHECK(o.totals("000123").outstanding == Money());
        CHECK(o.totals("000123").credit == test::pesos(465, 44));
    }
    CHECK(test::totalsConsistent(o.t.db()));
}

TEST_CASE("A settled or written-off debtor the file gives new invoices is active again", "[import]")
{
    Office o;
    // 000124's 99.90 written off in full: closed. 0042 is marked settled.
    REQUIRE(o.adjust("000124", AdjustmentKind::WriteOff, Money::fromMinor(9990)).closed);
    o.setStatus("0042", DebtorStatus::Settled);
    // 000123 had part written off, and is closed by hand while it still
    // owes: it stays so, even when the same file lowers one of its invoices
    // by as much as it adds.
    o.adjust("000123", AdjustmentKind::WriteOff, test::pesos(100), o.f1().id);
    o.setStatus("000123", DebtorStatus::Closed);

    const ImportResult r = o.importRows("000124,F-0005,2025-11-15,2025-12-15,300.00\n"
                                        "0042,F-0006,2025-11-15,2025-12-15,40.00\n"
                                        "000123,F-0002,2025-11-01,2025-11-30,1224.56\n"
                                        "000123,F-0007,2025-11-15,2025-12-15,10.00\n");
    CHECK(r.added == 3);
    CHECK(r.updated == 1);
    CHECK(r.debtorsReactivated == 2);
    CHECK(storedDebtor(o.t.db(), QStringLiteral("000124")).status == DebtorStatus::Active);
    CHECK(storedDebtor(o.t.db(), QStringLiteral("0042")).status == DebtorStatus::Active);
    CHECK(storedDebtor(o.t.db(), QStringLiteral("000123")).status == DebtorStatus::Closed);
    CHECK(test::auditActions(o.t.db(), 1) == QStringList{QStringLiteral("import.invoices")});
    CHECK(store::AuditRepository(o.t.db()).latest(1).first().details.endsWith(QStringLiteral(" reactivated=2")));
    CHECK(test::totalsConsistent(o.t.db()));
}

TEST_CASE("A file that lowers one invoice and adds another leaves a file closed by hand closed", "[import]")
{
    Office o;
    // 0042 owes F-7 (2,000.00) and F-8 (100.00); 1,990.00 paid on F-7, F-8
    // written off: it owes 10.00, and is closed by hand.
    REQUIRE(o.importRows("0042,F-8,2025-11-15,2026-01-15,100.00\n").added == 1);
    o.pay("0042", test::pesos(1990));
    const Id f8 = storedInvoice(o.t.db(), QStringLiteral("0042"), QStringLiteral("F-8")).id;
    REQUIRE_FALSE(o.adjust("0042", AdjustmentKind::WriteOff, test::pesos(100), f8).closed);
    REQUIRE(o.totals("0042").outstanding == test::pesos(10));
    o.setStatus("0042", DebtorStatus::Closed);

    // F-7 lowered to what was paid, F-9 added for as much: it still owes 10.00.
    const ImportResult r = o.importRows("0042,F-7,2025-12-01,2025-12-31,1990.00\n"
                                        "0042,F-9,2025-11-15,2025-12-15,10.00\n");
    CHECK(r.updated == 1);
    CHECK(r.added == 1);
    CHECK(r.debtorsReactivated == 0);
    CHECK(storedDebtor(o.t.db(), QStringLiteral("0042")).status == DebtorStatus::Closed);
    CHECK(test::totalsConsistent(o.t.db()));
}

TEST_CASE("An invoice renumbered in Libreta is still known to the import by the number it came with", "[import]")
{
    Office o;
    // A supervisor's correction of the number alone (an office without
    // users lets anyone).
    const auto renumber = [&o](const Invoice &inv, const QString &number) {
        InvoiceChange change;
        change.invoiceId = inv.id;
        change.number = number;
        change.issueDate = inv.issueDate;
        change.dueDate = inv.dueDate;
        change.amount = inv.amount;
        InvoiceService(o.t.db(), o.clock).change(change, std::nullopt);
    };
    const Invoice f1 = o.f1();
    renumber(f1, QStringLiteral("F-0001-A"));
    const auto renumbered = [&o] {
        return storedInvoice(o.t.db(), QStringLiteral("000123"), QStringLiteral("F-0001-A"));
    };
    CHECK(renumbered().formerNumbers == QStringList{QStringLiteral("F-0001")});
    const Money owed = o.totals("000123").outstanding;

    SECTION("the accounting's file, unchanged, adds nothing and takes a new due date on the renumbered invoice")
    {
        const auto r = o.importRows("000123,F-0001,2025-10-01,2025-11-30,1234.50\n");
        CHECK(r.added == 0);
        CHECK(r.updated == 1);
        CHECK(renumbered().dueDate == QDate(2025, 11, 30));
        CHECK(o.totals("000123").outstanding == owed);
        CHECK(o.totals("000123").openInvoices == 2);
    }
    SECTION("a file naming it by both numbers is refused on the second line, whichever comes first")
    {
        const auto former = o.importRows("000123,F-0001,2025-10-01,2025-10-31,1234.50\n"
                                         "000123,F-0001-A,2025-10-01,2025-10-31,1234.50\n");
        CHECK(test::messagesOf(former) ==
              QStringLiteral("3 number: invoice F-0001-A of this debtor is already on an earlier line of the file, "
                             "under the number it had before it was renumbered in Libreta: F-0001."));
        const auto current = o.importRows("000123,F-0001-A,2025-10-01,2025-10-31,1234.50\n"
                                          "000123,F-0001,2025-10-01,2025-10-31,1234.50\n");
        CHECK(test::messagesOf(current) ==
              QStringLiteral("3 number: invoice F-0001 of this debtor was renumbered F-0001-A in Libreta, and the "
                             "file already named it on an earlier line."));
        CHECK(o.totals("000123").outstanding == owed);
    }
    SECTION("an invoice given the old number since is that number's invoice")
    {
        renumber(storedInvoice(o.t.db(), QStringLiteral("000123"), QStringLiteral("F-0002")), QStringLiteral("F-0001"));
        CHECK(renumbered().formerNumbers.isEmpty());  // F-0001 is no longer a former number
        CHECK(o.f1().formerNumbers == QStringList{QStringLiteral("F-0002")});
        const auto r = o.importRows("000123,F-0001,2025-10-01,2025-12-31,1234.56\n");
        CHECK(r.updated == 1);
        CHECK(o.f1().dueDate == QDate(2025, 12, 31));
        CHECK(renumbered().dueDate == f1.dueDate);
    }
    SECTION("a bank's file naming it by the number it came with pays that invoice")
    {
        const QString path = o.dir.filePath(QStringLiteral("banco.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("debtor_ref,invoice_number,date,amount,method,reference\n"
                "000123,F-0001,2025-12-09,100.00,transferencia,T-1\n");
        f.close();
        const auto r =
            test::runImport(o.t.db(), ImportKind::Payments, "", [&](ImportRequest &q) { q.path = path; });
        CHECK(test::messagesOf(r).isEmpty());
        CHECK(r.added == 1);
        CHECK(renumbered().outstanding == f1.amount - test::pesos(100));
    }
    SECTION("the number it came with, dated otherwise, is refused as maybe another invoice")
    {
        const auto r = o.importRows("000123,F-0001,2026-01-15,2026-02-14,300.00\n");
        CHECK(r.refused == 1);
        CHECK(test::messagesOf(r) ==
              QStringLiteral("2 number: F-0001 was the number of this debtor's invoice F-0001-A before it was "
                             "renumbered in Libreta, but the file gives it another issue date (2026-01-15, not "
                             "2025-10-01). If it is another invoice, add it by hand (Add invoice); if it is the "
                             "same, correct the date in Libreta."));
        CHECK(renumbered().amount == f1.amount);
        CHECK(o.totals("000123").outstanding == owed);
    }
    SECTION("added by hand, the number it came with is another invoice's, and the import finds that one")
    {
        Invoice other;
        other.debtorId = o.debtor("000123");
        other.number = QStringLiteral("F-0001");
        other.issueDate = QDate(2026, 1, 15);
        other.dueDate = QDate(2026, 2, 14);
        other.amount = test::pesos(300);
        InvoiceService(o.t.db(), o.clock).add(other, std::nullopt);
        CHECK(renumbered().formerNumbers.isEmpty());
        CHECK(o.importRows("000123,F-0001,2026-01-15,2026-02-28,300.00\n").updated == 1);
        CHECK(o.f1().dueDate == QDate(2026, 2, 28));
        CHECK(renumbered().dueDate == f1.dueDate);
    }
    SECTION("only the number it came with is remembered: not a slip corrected again, nor one undone")
    {
        renumber(renumbered(), QStringLiteral("F-0001-B"));
        const Invoice b = storedInvoice(o.t.db(), QStringLiteral("000123"), QStringLiteral("F-0001-B"));
        CHECK(b.formerNumbers == QStringList{QStringLiteral("F-0001")});
        // F-0001-A was Libreta's slip: a real F-0001-A the accounting sends is added.
        CHECK(o.importRows("000123,F-0001-A,2026-01-15,2026-02-14,300.00\n").added == 1);

        renumber(b, QStringLiteral("F-0001"));  // back to where it came from
        CHECK(o.f1().id == f1.id);
        CHECK(o.f1().formerNumbers.isEmpty());
    }
    SECTION("a former number of another debtor's invoice means nothing here")
    {
        const auto r = o.importRows("000124,F-0001,2025-10-01,2025-10-31,10.00\n");
        CHECK(r.added == 1);
    }
    CHECK(test::totalsConsistent(o.t.db()));
}
