#include "services/paymentservice.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/promiserepository.h"
#include "store/totalsrepository.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/itemroles.h"
#include "ui/portfoliomodel.h"

#include <QAbstractItemModelTester>
#include <QSet>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &list) { return list.join(QStringLiteral(" | ")).toStdString(); }
};
} // namespace Catch

using namespace libreta;
using namespace libreta::domain;
using ui::PortfolioModel;

namespace {

const QDate kToday(2026, 3, 1);

// `count` debtors named "Deudor 0001"..., the i-th owing (i + 1) * 10 pesos
// from an invoice due i days before kToday.
void addNumberedDebtors(store::Database &db, int count, int withInvoices = -1)
{
    if (withInvoices < 0)
        withInvoices = count;
    store::Transaction tx(db);
    for (int i = 0; i < count; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        const Id id = test::addDebtor(db, QStringLiteral("R-") + n, QStringLiteral("Deudor ") + n);
        if (i < withInvoices)
            test::addInvoice(db, id, QStringLiteral("F-") + n, kToday.addDays(-i), test::pesos((i + 1) * 10));
    }
    tx.commit();
}

QList<qint64> idsOf(const PortfolioModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ui::IdRole).toLongLong());
    return ids;
}

QStringList namesOf(const PortfolioModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, PortfolioModel::Name).data().toString());
    return names;
}

void fetchAll(PortfolioModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

TEST_CASE("The portfolio model fetches the next page on request, in name order", "[ui][portfolio]")
{
    test::TempDb t;
    // Two pages and a half.
    constexpr int debtors = 2 * PortfolioModel::kPageSize + PortfolioModel::kPageSize / 2;
    addNumberedDebtors(t.db(), debtors);
    PortfolioModel model(t.db());

    CHECK(model.rowCount() == PortfolioModel::kPageSize);
    CHECK(model.summary().count == debtors);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * PortfolioModel::kPageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == debtors);
    CHECK_FALSE(model.canFetchMore({}));

    const QList<qint64> ids = idsOf(model);
    CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == debtors);
    QStringList names = namesOf(model);
    CHECK(names.first() == QStringLiteral("Deudor 0000"));
    CHECK(names.last() == QStringLiteral("Deudor %1").arg(debtors - 1, 4, 10, QLatin1Char('0')));
    QStringList sorted = names;
    sorted.sort();
    CHECK(names == sorted);
}

TEST_CASE("The portfolio model passes the item model tester through paging, sorting and searching",
          "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), 450);
    PortfolioModel model(t.db());
    // Fatal mode: any broken contract aborts the run with the reason.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    fetchAll(model);
    model.sort(PortfolioModel::Outstanding, Qt::DescendingOrder);
    model.fetchMore({});
    model.sort(PortfolioModel::LastContact, Qt::AscendingOrder);
    model.setSearchText(QStringLiteral("deudor 01"));
    fetchAll(model);
    model.setSearchText(QString());
    model.reload();
    CHECK(model.rowCount() >= PortfolioModel::kPageSize);
}

TEST_CASE("The portfolio model never holds every row when there is more than a page", "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), PortfolioModel::kPageSize + 1);
    PortfolioModel model(t.db());
    CHECK(model.rowCount() == PortfolioModel::kPageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == PortfolioModel::kPageSize + 1);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("A page that fills exactly does not promise more rows", "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), PortfolioModel::kPageSize);
    PortfolioModel model(t.db());
    CHECK(model.rowCount() == PortfolioModel::kPageSize);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("Sorting by outstanding descending re-queries the store across pages", "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), 350);
    PortfolioModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.sort(PortfolioModel::Outstanding, Qt::DescendingOrder);
    CHECK(model.sortColumn() == PortfolioModel::Outstanding);
    CHECK(model.rowCount() == PortfolioModel::kPageSize);
    CHECK(model.index(0, PortfolioModel::Outstanding).data(ui::RawValueRole).toLongLong() == 350 * 10 * 100);
    fetchAll(model);
    REQUIRE(model.rowCount() == 350);
    for (int row = 1; row < model.rowCount(); ++row)
        REQUIRE(model.index(row - 1, PortfolioModel::Outstanding).data(ui::RawValueRole).toLongLong() >
                model.index(row, PortfolioModel::Outstanding).data(ui::RawValueRole).toLongLong());
    CHECK(model.index(349, PortfolioModel::Name).data().toString() == QStringLiteral("Deudor 0000"));
}

TEST_CASE("Sorting by days past due keeps debtors with nothing due last, across pages", "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), 300, 150);  // the last 150 owe nothing
    PortfolioModel model(t.db());
    model.setToday(kToday);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        model.sort(PortfolioModel::DaysPastDue, order);
        fetchAll(model);
        REQUIRE(model.rowCount() == 300);
        const QList<qint64> ids = idsOf(model);
        CHECK(QSet<qint64>(ids.cbegin(), ids.cend()).size() == 300);
        const int first = model.index(0, PortfolioModel::DaysPastDue).data(ui::RawValueRole).toInt();
        CHECK(first == (order == Qt::DescendingOrder ? 149 : 0));
        for (int row = 150; row < 300; ++row)
            REQUIRE(model.index(row, PortfolioModel::Outstanding).data(ui::RawValueRole).toLongLong() == 0);
    }
}

TEST_CASE("Every column of the portfolio sorts", "[ui][portfolio]")
{
    for (int column = 0; column < PortfolioModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK(PortfolioModel::isSortable(column));
    }
    test::TempDb t;
    addNumberedDebtors(t.db(), 5, 3);
    PortfolioModel model(t.db());
    model.sort(PortfolioModel::Approach, Qt::DescendingOrder);
    CHECK(model.sortColumn() == PortfolioModel::Approach);
    CHECK(model.rowCount() == 5);
}

TEST_CASE("Searching ignores accents and capitals", "[ui][portfolio][search]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"));
    test::addDebtor(t.db(), QStringLiteral("A-3"), QStringLiteral("Juan Perales"));
    PortfolioModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (const QString &typed : {QStringLiteral("perez"), QStringLiteral("PÉREZ"), QStringLiteral("nunez"),
                                 QStringLiteral("jose perez"), QStringLiteral("perez jo"), QStringLiteral("Jos")}) {
        model.setSearchText(typed);
        INFO(typed.toStdString());
        CHECK(namesOf(model) == QStringList{QStringLiteral("José Pérez Núñez")});
        CHECK(model.summary().count == 1);
    }
    model.setSearchText(QStringLiteral("per"));
    CHECK(namesOf(model) == QStringList{QStringLiteral("José Pérez Núñez"), QStringLiteral("Juan Perales")});
    model.setSearchText(QStringLiteral("erez"));  // the middle of a word is not a match
    CHECK(model.rowCount() == 0);
    CHECK(model.summary().count == 0);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("Searching finds references and phone numbers from their start", "[ui][portfolio][search]")
{
    test::TempDb t;
    const Id ana = test::addDebtor(t.db(), QStringLiteral("CLI-0042"), QStringLiteral("Ana Ruiz"));
    test::addDebtor(t.db(), QStringLiteral("CLI-0107"), QStringLiteral("Luis Gómez"));
    Contact c;
    c.debtorId = ana;
    c.name = QStringLiteral("Ana Ruiz");
    c.phones = {Phone{0, QStringLiteral("+52 55-1234-5678"), QStringLiteral("móvil")}};
    store::ContactRepository(t.db()).add(c);
    PortfolioModel model(t.db());

    for (const QString &typed : {QStringLiteral("cli-004"), QStringLiteral("CLI-0042"), QStringLiteral("55 1234"),
                                 QStringLiteral("+52 55 12"), QStringLiteral("(55) 1234-5678")}) {
        model.setSearchText(typed);
        INFO(typed.toStdString());
        CHECK(namesOf(model) == QStringList{QStringLiteral("Ana Ruiz")});
    }
    model.setSearchText(QStringLiteral("5678"));  // the end of a number is not its start
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The summary counts and adds up everything that matches, not just the loaded page", "[ui][portfolio]")
{
    test::TempDb t;
    addNumberedDebtors(t.db(), 250);
    PortfolioModel model(t.db());
    CHECK(model.rowCount() == PortfolioModel::kPageSize);
    CHECK(model.summary().count == 250);
    CHECK(model.summary().outstanding == test::pesos(10 * 250 * 251 / 2));

    model.setSearchText(QStringLiteral("deudor 000"));  // Deudor 0000..0009
    CHECK(model.summary().count == 10);
    CHECK(model.summary().outstanding == test::pesos(10 * 10 * 11 / 2));
}

TEST_CASE("Cells show formatted values and keep the raw ones for sorting", "[ui][portfolio]")
{
    test::TempDb t;
    const Id id = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addInvoice(t.db(), id, QStringLiteral("F-1"), kToday.addDays(-45), test::pesos(1234, 50));
    PortfolioModel model(t.db());
    model.setToday(kToday);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(ui::IdRole).toLongLong() == id);
    CHECK(model.index(0, PortfolioModel::Outstanding).data(ui::RawValueRole).toLongLong() == 123450);
    CHECK(model.index(0, PortfolioModel::Outstanding).data().toString() == model.money().format(test::pesos(1234, 50)));
    CHECK(model.index(0, PortfolioModel::DaysPastDue).data().toString() == QStringLiteral("45"));
    CHECK(model.index(0, PortfolioModel::Aging).data(ui::RawValueRole).toInt() == int(AgingBucket::Days31To60));
    CHECK_FALSE(model.index(0, PortfolioModel::Approach).data().toString().isEmpty());
    CHECK_FALSE(model.index(0, PortfolioModel::Approach).data(Qt::ToolTipRole).toString().isEmpty());
}

TEST_CASE("A promise paid in part shows what is left of it, the whole in its tooltip", "[ui][portfolio]")
{
    test::TempDb t;
    const Id id = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addInvoice(t.db(), id, QStringLiteral("F-1"), kToday.addDays(-45), test::pesos(2000));
    Promise p;
    p.debtorId = id;
    p.amount = test::pesos(800);
    p.paid = test::pesos(300);
    p.dueDate = kToday.addDays(4);
    p.madeOn = kToday.addDays(-2);
    store::PromiseRepository(t.db()).add(p);
    store::TotalsRepository(t.db()).refresh(id);

    PortfolioModel model(t.db());
    model.setToday(kToday);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex cell = model.index(0, PortfolioModel::Promise);
    const QString date = QLocale().toString(p.dueDate, QLocale::ShortFormat);
    CHECK(cell.data().toString() == QStringLiteral("%1 left by %2").arg(model.money().format(test::pesos(500)), date));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(model.money().format(test::pesos(800))));
    CHECK(tip.contains(QStringLiteral("Paid so far: %1; left: %2.")
                           .arg(model.money().format(test::pesos(300)), model.money().format(test::pesos(500)))));


    // Nothing paid yet: the whole amount.
    p.id = 0;
    p.paid = Money();
    p.debtorId = test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Luisa Ortega"));
    store::PromiseRepository(t.db()).add(p);
    store::TotalsRepository(t.db()).refresh(p.debtorId);
    model.reload();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(1, PortfolioModel::Promise).data().toString() ==
          QStringLiteral("%1 by %2").arg(model.money().format(test::pesos(800)), date));
}

TEST_CASE("A debtor who paid more than owed reads the credit in the outstanding column", "[ui][portfolio]")
{
    test::TempDb t;
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("C-1"), QStringLiteral("Lucía Garza"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 2, 1), test::pesos(950));
    const domain::FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(17, 0), Qt::UTC));
    services::PostPaymentRequest paid;
    paid.debtorId = debtor;
    paid.amount = test::pesos(1500);
    paid.paidOn = QDate(2026, 3, 1);
    services::PaymentService(t.db(), clock).post(paid);
    PortfolioModel model(t.db());
    REQUIRE(model.rowCount() == 1);
    const QModelIndex owed = model.index(0, PortfolioModel::Outstanding);
    CHECK(owed.data().toString().contains(QStringLiteral("550.00")));
    CHECK(owed.data().toString().contains(QStringLiteral("in favour")));
    CHECK(owed.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Paid")));
    CHECK(owed.data(ui::RawValueRole).toLongLong() == 0);  // it sorts as owing nothing
}
