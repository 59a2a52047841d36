#include "domain/entities.h"
#include "store/database.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"
#include "support/olderfile.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

QStringList rowsOf(store::Database &db, const QString &sql)
{
    store::SqlQuery q(db, sql);
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.text(0);
    return rows;
}

} // namespace

TEST_CASE("Schema step 41 keeps every plan with its id and its instalments pointing at it",
          "[store][promise][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v40.sqlite"));
    test::writeFileAtVersion(
        path, 40,
        QStringLiteral(
            "INSERT INTO debtors (id, external_ref, kind, name, search_text, created_at, updated_at) VALUES "
            "(1, 'CLI-1', 'person', 'Ana', 'ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
            "INSERT INTO payment_plans (id, debtor_id, frequency, total, created_at) VALUES "
            "(7, 1, 'biweekly', 300, '2026-11-01T10:00:00Z'), (9, 1, 'monthly', 200, '2026-11-02T10:00:00Z');"
            "INSERT INTO promises (debtor_id, plan_id, sequence, amount, due_date, method, made_on) VALUES "
            "(1, 7, 1, 150, '2026-11-10', 'cash', '2026-11-01'), (1, 7, 2, 150, '2026-11-24', 'cash', '2026-11-01'),"
            "(1, 9, 1, 200, '2026-12-02', 'transfer', '2026-11-02');"));
    store::Database db(path);
    CHECK(db.schemaVersion() >= 41);
    CHECK(rowsOf(db, QStringLiteral("SELECT id || ' ' || frequency || ' ' || total || ' ' || created_at "
                                    "FROM payment_plans ORDER BY id")) ==
          QStringList{QStringLiteral("7 biweekly 300 2026-11-01T10:00:00Z"),
                      QStringLiteral("9 monthly 200 2026-11-02T10:00:00Z")});
    CHECK(rowsOf(db, QStringLiteral("SELECT plan_id || ' ' || sequence FROM promises ORDER BY id")) ==
          QStringList{QStringLiteral("7 1"), QStringLiteral("7 2"), QStringLiteral("9 1")});
    CHECK(rowsOf(db, QStringLiteral("SELECT 'orphan' FROM pragma_foreign_key_check")).isEmpty());
    CHECK(rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE 'payment_plans%'")) ==
          QStringList{QStringLiteral("payment_plans")});
}

TEST_CASE("A plan paid twice a month is stored as semimonthly", "[store][promise]")
{
    QTemporaryDir dir;
    store::Database db(dir.filePath(QStringLiteral("office.sqlite")));
    store::SqlQuery(db, QStringLiteral("INSERT INTO debtors (id, external_ref, kind, name, created_at, updated_at) "
                                       "VALUES (1, 'CLI-1', 'person', 'Ana', '2026-01-01T00:00:00Z', "
                                       "'2026-01-01T00:00:00Z')"))
        .exec();
    PaymentPlan plan;
    plan.debtorId = 1;
    plan.frequency = PlanFrequency::Semimonthly;
    for (const QDate &due : {QDate(2026, 12, 15), QDate(2026, 12, 31)}) {
        Promise p;
        p.amount = Money::fromMinor(500);
        p.dueDate = due;
        p.madeOn = QDate(2026, 12, 1);
        plan.instalments.append(p);
    }
    const Id id = store::PromiseRepository(db).addPlan(plan, std::nullopt);
    CHECK(rowsOf(db, QStringLiteral("SELECT frequency || ' ' || total FROM payment_plans WHERE id = %1").arg(id)) ==
          QStringList{QStringLiteral("semimonthly 1000")});
}

TEST_CASE("Schema step 42 keeps what payments covered of each debtor's open promise", "[store][promise][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v41.sqlite"));
    test::writeFileAtVersion(
        path, 41,
        QStringLiteral(
            "INSERT INTO debtors (id, external_ref, kind, name, search_text, created_at, updated_at) VALUES "
            "(1, 'CLI-1', 'person', 'Ana', 'ana', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),"
            "(2, 'CLI-2', 'person', 'Luis', 'luis', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
            "INSERT INTO promises (id, debtor_id, amount, due_date, method, made_on, status, paid) VALUES "
            "(5, 1, 80000, '2026-12-10', 'cash', '2026-12-01', 'pending', 30000),"
            "(6, 2, 50000, '2026-12-11', 'cash', '2026-12-01', 'pending', 0),"
            "(7, 2, 20000, '2026-11-01', 'cash', '2026-10-20', 'partial', 5000);"
            "INSERT INTO debtor_totals (debtor_id, open_promise_id, open_promise_amount, open_promise_date) VALUES "
            "(1, 5, 80000, '2026-12-10'), (2, 6, 50000, '2026-12-11');"));
    store::Database db(path);
    CHECK(db.schemaVersion() >= 42);
    CHECK(rowsOf(db, QStringLiteral("SELECT debtor_id || ' ' || open_promise_paid FROM debtor_totals ORDER BY 1")) ==
          QStringList{QStringLiteral("1 30000"), QStringLiteral("2 0")});
}
