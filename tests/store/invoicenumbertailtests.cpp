#include "domain/entities.h"
#include "domain/textfold.h"
#include "store/bulkrepository.h"
#include "store/database.h"
#include "store/importrepository.h"
#include "store/invoicerepository.h"
#include "store/maintenancerepository.h"
#include "store/portfolioconditions.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/namesfound.h"
#include "support/olderfile.h"
#include "support/tempdb.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;
using test::namesFound;

namespace {

// Numbers whose tails each part of the rule shapes: separators, lower-case
// series, characters beyond ASCII, a series with no digits after it.
const QStringList kNumbers{QStringLiteral("fac-0044 528"), QStringLiteral("A.12/2026_b"), QStringLiteral("Nº 15"),
                           QStringLiteral("ñ-77"), QStringLiteral("ABC"), QStringLiteral("2026/00145"),
                           QStringLiteral("#15"), QStringLiteral("fact.é-9")};

// The invoices whose kept tail is not the number's as SQL works it out, and
// those that have one at all.
qint64 tailsDifferingFromSql(store::Database &db)
{
    return qint64(store::MaintenanceRepository(db).invoiceNumberTailMismatches(1000).size());
}

qint64 tailsKept(store::Database &db)
{
    return store::SqlQuery(db, QStringLiteral("SELECT count(*) FROM invoices WHERE number_tail IS NOT NULL"))
        .execScalar();
}

QString tailOf(store::Database &db, Id invoiceId)
{
    store::SqlQuery q(db, QStringLiteral("SELECT number_tail FROM invoices WHERE id = :id"));
    q.bind(QStringLiteral(":id"), invoiceId).exec();
    REQUIRE(q.next());
    return q.text(0);
}

Invoice invoiceOf(Id debtorId, const QString &number)
{
    Invoice inv;
    inv.debtorId = debtorId;
    inv.number = number;
    inv.issueDate = QDate(2026, 1, 1);
    inv.dueDate = QDate(2026, 2, 1);
    inv.amount = test::pesos(100);
    return inv;
}

} // namespace

TEST_CASE("Each way the program writes an invoice keeps its number's tail as SQL's expression gives it",
          "[store][search]")
{
    test::TempDb t;
    store::Database &db = t.db();
    const Id byHand = test::addDebtor(db, QStringLiteral("T-1"));
    const Id imported = test::addDebtor(db, QStringLiteral("T-2"));
    const Id demo = test::addDebtor(db, QStringLiteral("T-3"));
    store::InvoiceRepository invoices(db);
    {
        store::Transaction tx(db);
        store::ImportRepository import(db);
        store::BulkRepository bulk(db);
        for (const QString &number : kNumbers) {
            invoices.add(invoiceOf(byHand, number));
            CHECK(import.addInvoiceIfNew(imported, number.toUtf8(), QDate(2026, 1, 1), QDate(2026, 2, 1),
                                         test::pesos(100), false, QString()) > 0);
            bulk.addInvoice(invoiceOf(demo, number));
        }
        tx.commit();
    }
    REQUIRE(tailsKept(db) == 3 * kNumbers.size());
    CHECK(tailsDifferingFromSql(db) == 0);
    const auto byHandInvoices = invoices.forDebtor(byHand);
    for (const Invoice &inv : byHandInvoices)
        CHECK(tailOf(db, inv.id) == invoiceNumberTail(invoiceNumberKey(inv.number)));
}

TEST_CASE("An invoice's number changed, however, is found by its new number and no longer by the old",
          "[store][search]")
{
    test::TempDb t;
    store::Database &db = t.db();
    const Id ana = test::addDebtor(db, QStringLiteral("T-1"), QStringLiteral("Ana Ruiz"));
    const Id invoiceId = test::addInvoice(db, ana, QStringLiteral("FAC-44528"), QDate(2026, 2, 1), test::pesos(10));
    REQUIRE(namesFound(db, QStringLiteral("44528")) == QStringList{QStringLiteral("Ana Ruiz")});

    store::InvoiceRepository invoices(db);
    Invoice inv = *invoices.byId(invoiceId);
    inv.number = QStringLiteral("fac-90817");
    invoices.update(inv);
    CHECK(tailOf(db, invoiceId) == QStringLiteral("90817"));
    CHECK(namesFound(db, QStringLiteral("90817")) == QStringList{QStringLiteral("Ana Ruiz")});
    // The old number is the invoice's former one (schema 23): found as that.
    CHECK(namesFound(db, QStringLiteral("44528")) == QStringList{QStringLiteral("Ana Ruiz")});

    // Changed by another program, straight in SQL.
    store::SqlQuery(db, QStringLiteral("UPDATE invoices SET number = 'B/2026-31' WHERE id = :id"))
        .bind(QStringLiteral(":id"), invoiceId)
        .exec();
    CHECK(tailOf(db, invoiceId) == QStringLiteral("202631"));
    CHECK(namesFound(db, QStringLiteral("202631")) == QStringList{QStringLiteral("Ana Ruiz")});
    CHECK(namesFound(db, QStringLiteral("90817")).isEmpty());
    CHECK(tailsDifferingFromSql(db) == 0);
}

TEST_CASE("An invoice another program added without its tail gets it when the file is next opened",
          "[store][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("T-1"), QStringLiteral("Ana Ruiz"));
    test::addInvoice(t.db(), ana, QStringLiteral("F-1001"), QDate(2026, 2, 1), test::pesos(10));
    store::SqlQuery(t.db(), QStringLiteral("INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                                           "created_at) VALUES (:d, 'fac-7731', '2026-01-01', '2026-02-01', 100, 'x')"))
        .bind(QStringLiteral(":d"), ana)
        .exec();
    CHECK(namesFound(t.db(), QStringLiteral("7731")).isEmpty());
    CHECK(store::MaintenanceRepository(t.db()).invoiceNumberTailMismatches().size() == 1);

    t.reopen();
    CHECK(namesFound(t.db(), QStringLiteral("7731")) == QStringList{QStringLiteral("Ana Ruiz")});
    CHECK(namesFound(t.db(), QStringLiteral("1001")) == QStringList{QStringLiteral("Ana Ruiz")});
    CHECK(tailsKept(t.db()) == 2);
    CHECK(tailsDifferingFromSql(t.db()) == 0);
}

TEST_CASE("Schema step 30 keeps the tail of every invoice a version 29 file holds", "[store][search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v29.sqlite"));
    test::writeFileAtVersion(path, 29,
                             QStringLiteral("INSERT INTO debtors (external_ref, kind, name, search_text, created_at, "
                                            "updated_at) VALUES ('V29-1', 'person', 'Ana Ruiz', 'ana ruiz v29 1', "
                                            "'x', 'x');"
                                            "INSERT INTO debtor_totals (debtor_id) VALUES (1);"
                                            "INSERT INTO invoices (debtor_id, number, issue_date, due_date, amount, "
                                            "created_at) VALUES (1, 'a.90817/b', '2026-01-01', '2026-02-01', 10000, "
                                            "'x'), (1, 'Nº 15', '2026-01-01', '2026-02-01', 10000, 'x');"));

    store::Database db(path);
    CHECK(db.schemaVersion() >= 30);
    CHECK(tailOf(db, 1) == QStringLiteral("90817B"));
    CHECK(tailOf(db, 2) == QString::fromUtf8("º15"));
    CHECK(tailsDifferingFromSql(db) == 0);
    CHECK(namesFound(db, QStringLiteral("90817")) == QStringList{QStringLiteral("Ana Ruiz")});
}
