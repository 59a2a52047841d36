// libreta-cli post-payment run twice, and who it names as having recorded
// the money.

#include "clirun.h"

#include "platform/systemlogin.h"
#include "store/database.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"

using namespace libreta;
using test::InitialisedOffice;
using test::Run;

namespace {

QStringList payment(const QString &user = {})
{
    QStringList args{QStringLiteral("post-payment"), QStringLiteral("--debtor"), QStringLiteral("CLI-000357"),
                     QStringLiteral("--amount"),     QStringLiteral("500"),      QStringLiteral("--date"),
                     QStringLiteral("2026-12-06"),   QStringLiteral("--method"), QStringLiteral("transfer"),
                     QStringLiteral("--reference"),  QStringLiteral("TRF-551")};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    return args;
}

qint64 count(const QString &path, const QString &sql)
{
    store::Database db(path);
    return store::SqlQuery(db, sql).execScalar();
}

} // namespace

TEST_CASE("post-payment run twice records the money once, unless told it is another payment", "[cli]")
{
    InitialisedOffice o;
    {
        store::Database db(o.db);
        const domain::Id debtor = test::addDebtor(db, QStringLiteral("CLI-000357"), QStringLiteral("Rosa Díaz"));
        test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(2000));
        test::addUser(db, platform::systemLogin(), QStringLiteral("Quien Captura"), domain::UserRole::Agent);
        test::addUser(db, QStringLiteral("mgarcia"), QStringLiteral("Miguel García"), domain::UserRole::Agent);
    }
    const QString payments = QStringLiteral("SELECT count(*) FROM payments");
    Run first = o.run(payment());
    INFO(first.err.toStdString());
    REQUIRE(first.status == 0);
    // The computer's login, which the office lists, recorded it.
    CHECK(count(o.db, QStringLiteral("SELECT count(*) FROM payments p JOIN users u ON u.id = p.created_by "
                                     "WHERE u.display_name = 'Quien Captura'")) == 1);

    const Run again = o.run(payment());
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("is already recorded")));
    CHECK(again.err.contains(QStringLiteral("--again")));
    CHECK(count(o.db, payments) == 1);

    QStringList another = payment(QStringLiteral("mgarcia"));
    another << QStringLiteral("--again");
    const Run second = o.run(another);
    INFO(second.err.toStdString());
    CHECK(second.status == 0);
    CHECK(count(o.db, payments) == 2);
    CHECK(count(o.db, QStringLiteral("SELECT count(*) FROM payments p JOIN users u ON u.id = p.created_by "
                                     "WHERE u.login = 'mgarcia'")) == 1);

    const Run nobody = o.run(payment(QStringLiteral("nadie")));
    CHECK(nobody.status == 1);
    CHECK(nobody.err.contains(QStringLiteral("--user")));
    CHECK(count(o.db, payments) == 2);
}

TEST_CASE("post-payment takes a Bizum by its name and a date written as the desk writes dates", "[cli]")
{
    InitialisedOffice o;
    {
        store::Database db(o.db);
        const domain::Id debtor = test::addDebtor(db, QStringLiteral("C001"), QStringLiteral("María Gómez"));
        test::addInvoice(db, debtor, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(2000));
    }
    QStringList args{QStringLiteral("post-payment"), QStringLiteral("--debtor"), QStringLiteral("C001"),
                     QStringLiteral("--amount"),     QStringLiteral("850"),     QStringLiteral("--date"),
                     QStringLiteral("06/12/2026"),   QStringLiteral("--method"), QStringLiteral("Bizum")};
    const Run r = o.run(args);
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(count(o.db, QStringLiteral("SELECT count(*) FROM payments WHERE paid_on = '2026-12-06' "
                                     "AND method = 'mobile'")) == 1);
    args[6] = QStringLiteral("31/02/2026");
    const Run refused = o.run(args);
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("--date: «31/02/2026» is not a date; write it as YYYY-MM-DD or as")));
}
