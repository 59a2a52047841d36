#include "store/database.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

// Lets the event loop run until `done` holds or two seconds pass.
template <typename Condition>
bool waitFor(Condition done)
{
    QDeadlineTimer deadline(2000);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

} // namespace

TEST_CASE("Typing in the portfolio search box narrows the table after a short pause", "[ui][portfolio][view]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"));
    ui::PortfolioView view(t.db());
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    REQUIRE(search);
    REQUIRE(summary);
    REQUIRE(view.model()->rowCount() == 2);

    QTest::keyClicks(search, QStringLiteral("perez"));
    CHECK(view.model()->rowCount() == 2);  // not yet: the search waits for a pause in typing
    CHECK(waitFor([&] { return view.model()->rowCount() == 1; }));
    CHECK(view.model()->index(0, ui::PortfolioModel::Name).data().toString() == QStringLiteral("José Pérez Núñez"));
    CHECK(summary->text().contains(QStringLiteral("perez")));

    search->clear();
    CHECK(waitFor([&] { return view.model()->rowCount() == 2; }));
}

TEST_CASE("Enter or Down in the search box moves to the first result, so a second Enter opens it",
          "[ui][portfolio][view]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"));
    test::addDebtor(t.db(), QStringLiteral("A-3"), QStringLiteral("Mario Pérez"));
    ui::PortfolioView view(t.db());
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(search);
    REQUIRE(table);
    QStringList opened;
    QObject::connect(table, &QAbstractItemView::activated, [&](const QModelIndex &index) {
        opened.append(index.siblingAtColumn(ui::PortfolioModel::Name).data().toString());
    });

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("perez"));
    QTest::keyClick(search, Qt::Key_Return);  // searches at once, without waiting for the pause
    CHECK(view.model()->rowCount() == 2);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().row() == 0);
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(opened == QStringList{QStringLiteral("Mario Pérez")});

    search->setFocus();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("lopez"));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(view.model()->rowCount() == 1);
    CHECK(table->hasFocus());
    CHECK(table->currentIndex().siblingAtColumn(ui::PortfolioModel::Name).data().toString() ==
          QStringLiteral("María López"));
}

TEST_CASE("A window taller than a page fills itself: the table fetches pages until its rows reach the bottom",
          "[ui][portfolio][view]")
{
    test::TempDb t;
    {
        store::Transaction tx(t.db());
        for (int i = 0; i < 3 * ui::PortfolioModel::kPageSize; ++i)
            test::addDebtor(t.db(), QStringLiteral("R-%1").arg(i), QStringLiteral("Deudor %1").arg(i, 4, 10, QLatin1Char('0')));
        tx.commit();
    }
    ui::PortfolioView view(t.db());
    auto *table = view.findChild<QTableView *>();
    REQUIRE(table);
    REQUIRE(view.model()->rowCount() == ui::PortfolioModel::kPageSize);
    // Taller than a page of rows: a portrait screen, small type.
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    view.resize(1200, rowHeight * (ui::PortfolioModel::kPageSize + 40) + 200);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(waitFor([&] { return view.model()->rowCount() > ui::PortfolioModel::kPageSize; }));
    const int shown = view.model()->rowCount();
    CHECK(shown < 3 * ui::PortfolioModel::kPageSize);  // only what fills it

    // Scrolling to the end brings the next page.
    table->scrollToBottom();
    CHECK(waitFor([&] { return view.model()->rowCount() > shown; }));
}

TEST_CASE("A balance larger than the first rows' is shown whole once a sort brings it into view",
          "[ui][portfolio][view][layout]")
{
    test::TempDb t;
    const QDate due = QDate::currentDate().addDays(-10);
    // More than the first fit measures (a screenful or two), all before it by name.
    for (int i = 0; i < 60; ++i) {
        const auto id = test::addDebtor(t.db(), QStringLiteral("A-%1").arg(i), QStringLiteral("Ana Ruiz %1").arg(i));
        test::addInvoice(t.db(), id, QStringLiteral("F-%1").arg(i), due, test::pesos(90 + i));
    }
    const auto large = test::addDebtor(t.db(), QStringLiteral("Z-1"), QStringLiteral("Zapata Hermanos S.A. de C.V."));
    test::addInvoice(t.db(), large, QStringLiteral("F-Z"), due, test::pesos(12345678, 90));

    ui::PortfolioView view(t.db());
    view.resize(1200, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    const QAbstractItemView *cells = table;
    const int column = ui::PortfolioModel::Outstanding;
    // The first fit saw names in order: the largest balance is not among them.
    const int fitted = table->horizontalHeader()->sectionSize(column);

    table->sortByColumn(column, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return view.model()->index(0, ui::PortfolioModel::Name).data().toString().startsWith("Zapata"); }));
    CHECK(waitFor([&] { return table->horizontalHeader()->sectionSize(column) >= cells->sizeHintForColumn(column); }));
    CHECK(table->horizontalHeader()->sectionSize(column) > fitted);
}
