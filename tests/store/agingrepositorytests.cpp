// The aging report: what debtors owe today by the age of their oldest unpaid
// invoice, by segment, for everyone or one agent's debtors.

#include "store/agingrepository.h"
#include "store/sqlquery.h"
#include "store/totalsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

const QDate kToday(2026, 11, 30);

Id owing(store::Database &db, const char *ref, const char *segment, std::optional<Id> agent, int daysLate,
         Money amount)
{
    const Id debtor = test::addDebtor(db, QString::fromLatin1(ref));
    store::SqlQuery(db, QStringLiteral("UPDATE debtors SET segment = :s, assigned_agent_id = :a WHERE id = :d"))
        .bind(QStringLiteral(":s"), QString::fromLatin1(segment))
        .bind(QStringLiteral(":a"), agent)
        .bind(QStringLiteral(":d"), debtor)
        .exec();
    if (amount.isPositive())
        test::addInvoice(db, debtor, QStringLiteral("F-%1").arg(QLatin1String(ref)), kToday.addDays(-daysLate), amount);
    store::TotalsRepository(db).refresh(debtor);
    return debtor;
}

struct Cell {
    qint64 debtors = 0;
    qint64 minor = 0;
};

Cell at(const QList<store::AgingLine> &lines, AgingBucket bucket, const char *segment)
{
    Cell c;
    for (const store::AgingLine &l : lines)
        if (l.bucket == bucket && l.segment == QLatin1String(segment)) {
            c.debtors += l.debtors;
            c.minor += l.outstanding.minor();
        }
    return c;
}

} // namespace

TEST_CASE("Aging puts each debtor who owes in the bucket of its oldest unpaid invoice, by segment",
          "[store][aging]")
{
    test::TempDb t;
    const Id ana = test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), UserRole::Agent);
    owing(t.db(), "A", "Alto", ana, -5, test::pesos(100));   // not due yet: current
    owing(t.db(), "B", "Alto", ana, 0, test::pesos(200));    // due today: current
    owing(t.db(), "C", "Alto", std::nullopt, 1, test::pesos(300));
    owing(t.db(), "D", "Bajo", ana, 30, test::pesos(400));
    owing(t.db(), "E", "Bajo", std::nullopt, 31, test::pesos(500));
    owing(t.db(), "F", "Bajo", ana, 90, test::pesos(600));
    owing(t.db(), "G", "", ana, 91, test::pesos(700));
    owing(t.db(), "H", "", std::nullopt, 180, test::pesos(800));
    owing(t.db(), "I", "Alto", ana, 181, test::pesos(900));
    owing(t.db(), "J", "Alto", ana, 400, Money());  // owes nothing: not in the report
    // A second invoice, newer: the debtor stays in its oldest one's bucket, with all it owes.
    const Id k = owing(t.db(), "K", "Alto", ana, 200, test::pesos(50));
    test::addInvoice(t.db(), k, QStringLiteral("F-K2"), kToday.addDays(-3), test::pesos(25));
    store::TotalsRepository(t.db()).refresh(k);

    store::AgingRepository aging(t.db());
    const auto all = aging.lines({kToday, std::nullopt});
    CHECK(at(all, AgingBucket::Current, "Alto").debtors == 2);
    CHECK(at(all, AgingBucket::Current, "Alto").minor == 30000);
    CHECK(at(all, AgingBucket::Days1To30, "Alto").minor == 30000);
    CHECK(at(all, AgingBucket::Days1To30, "Bajo").minor == 40000);
    CHECK(at(all, AgingBucket::Days31To60, "Bajo").minor == 50000);
    CHECK(at(all, AgingBucket::Days61To90, "Bajo").minor == 60000);
    CHECK(at(all, AgingBucket::Days91To180, "").debtors == 2);
    CHECK(at(all, AgingBucket::Days91To180, "").minor == 150000);
    CHECK(at(all, AgingBucket::Over180, "Alto").debtors == 2);
    CHECK(at(all, AgingBucket::Over180, "Alto").minor == 90000 + 7500);
    qint64 debtors = 0;
    for (const store::AgingLine &l : all)
        debtors += l.debtors;
    CHECK(debtors == 10);

    const auto hers = aging.lines({kToday, ana});
    CHECK(at(hers, AgingBucket::Days1To30, "Alto").debtors == 0);
    CHECK(at(hers, AgingBucket::Days1To30, "Bajo").debtors == 1);
    CHECK(at(hers, AgingBucket::Over180, "Alto").debtors == 2);
    const auto nobodys = aging.lines({kToday, Id(0)});
    CHECK(at(nobodys, AgingBucket::Days1To30, "Alto").debtors == 1);
    CHECK(at(nobodys, AgingBucket::Days91To180, "").debtors == 1);
    CHECK(at(nobodys, AgingBucket::Current, "Alto").debtors == 0);

    // The lines come by bucket, then segment, whatever order the debtors
    // were added in: L, the newest, is current and "Bajo".
    owing(t.db(), "L", "Bajo", ana, -1, test::pesos(10));
    const auto ordered = aging.lines({kToday, std::nullopt});
    REQUIRE(ordered.size() == all.size() + 1);
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const store::AgingLine &before = ordered[i - 1];
        const store::AgingLine &line = ordered[i];
        INFO(i);
        CHECK((int(before.bucket) < int(line.bucket) ||
               (before.bucket == line.bucket && before.segment < line.segment)));
    }
}
