#include "store/database.h"
#include "store/transaction.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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

TEST_CASE("Typing in the portfolio search box narrows the table as soon as the keys are handled, one search for "
          "keys that arrive together",
          "[ui][portfolio][view]")
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
    QSignalSpy searches(view.model(), &QAbstractItemModel::modelReset);

    // Five keys handled before the event loop turns, as when typing outruns
    // the screen: one search, for the whole word, and no waiting for a pause.
    QTest::keyClicks(search, QStringLiteral("perez"));
    CHECK(searches.isEmpty());
    QCoreApplication::processEvents();
    CHECK(searches.count() == 1);
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, ui::PortfolioModel::Name).data().toString() == QStringLiteral("José Pérez Núñez"));
    CHECK(summary->text().contains(QStringLiteral("perez")));

    search->clear();
    CHECK(waitFor([&] { return view.model()->rowCount() == 2; }));
}

TEST_CASE("Enter or Down in the search box moves to the first result, so a second Enter opens it, and Enter on a "
          "search that found one debtor opens their file",
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
    // Down only moves: the file opens with Enter.
    CHECK(opened == QStringList{QStringLiteral("Mario Pérez")});

    search->setFocus();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("jose"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(opened == (QStringList{QStringLiteral("Mario Pérez"), QStringLiteral("José Pérez Núñez")}));
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
    // A first start: a layout an earlier test of this process left would
    // already be wide enough.
    ui::UiSettings().removeHeaderState(QStringLiteral("portfolio"));

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

TEST_CASE("Columns fitted to an empty office are fitted again to its first debtors, and a layout saved empty too",
          "[ui][portfolio][view][layout]")
{
    test::TempDb t;
    ui::UiSettings().removeHeaderState(QStringLiteral("portfolio"));
    const int name = ui::PortfolioModel::Name;
    int emptyWidth = 0;
    {
        ui::PortfolioView view(t.db());
        view.resize(1400, 500);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
        emptyWidth = table->horizontalHeader()->sectionSize(name);
        // The first import: seven shops whose names begin alike.
        const QDate due = QDate::currentDate().addDays(-10);
        for (int i = 0; i < 7; ++i) {
            const auto id = test::addDebtor(t.db(), QStringLiteral("C%1").arg(i),
                                            QStringLiteral("Bazar Doña Rosa de San Juan %1 E.I.R.L.").arg(i));
            test::addInvoice(t.db(), id, QStringLiteral("F-%1").arg(i), due, test::pesos(100 + i));
        }
        view.reload();
        CHECK(waitFor([&] { return table->horizontalHeader()->sectionSize(name) > emptyWidth + 60; }));
        // Saved as the desk saves it on leaving... but as it was when empty.
        table->horizontalHeader()->resizeSection(name, emptyWidth);
        view.saveLayout();
    }
    // The next start reads that narrow layout and fits the names anew.
    ui::PortfolioView again(t.db());
    again.resize(1400, 500);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    auto *table = again.findChild<QTableView *>(QStringLiteral("table"));
    CHECK(waitFor([&] { return table->horizontalHeader()->sectionSize(name) > emptyWidth + 60; }));
}

TEST_CASE("An empty portfolio says why it is empty and offers the way out", "[ui][portfolio][view][empty]")
{
    test::TempDb t;
    QAction newDebtor(QStringLiteral("New &debtor…"));
    QAction import(QStringLiteral("&Import…"));
    int newDebtorAsked = 0;
    int importAsked = 0;
    QObject::connect(&newDebtor, &QAction::triggered, [&] { ++newDebtorAsked; });
    QObject::connect(&import, &QAction::triggered, [&] { ++importAsked; });

    SECTION("an office with no debtors yet: the first debtor, or an import")
    {
        ui::PortfolioView view(t.db());
        view.setStartActions(&newDebtor, &import);
        auto *panel = view.findChild<QWidget *>(QStringLiteral("emptyPanel"));
        auto *table = view.findChild<QTableView *>(QStringLiteral("table"));
        auto *title = view.findChild<QLabel *>(QStringLiteral("emptyTitle"));
        auto *add = view.findChild<QPushButton *>(QStringLiteral("newDebtorButton"));
        auto *bring = view.findChild<QPushButton *>(QStringLiteral("importButton"));
        REQUIRE(panel);
        REQUIRE(add);
        REQUIRE(bring);
        CHECK(panel->isVisibleTo(&view));
        CHECK_FALSE(table->isVisibleTo(&view));
        CHECK(title->text().contains(QStringLiteral("no debtors yet")));
        CHECK(add->isVisibleTo(&view));
        CHECK(add->text() == QStringLiteral("New debtor…"));  // no mnemonic to clash with the filters'
        CHECK_FALSE(view.findChild<QPushButton *>(QStringLiteral("clearSearchButton"))->isVisibleTo(&view));
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(bring, Qt::LeftButton);
        CHECK(newDebtorAsked == 1);
        CHECK(importAsked == 1);

        // The first debtor arrives: the table comes back.
        test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
        view.reload();
        CHECK(table->isVisibleTo(&view));
        CHECK_FALSE(panel->isVisibleTo(&view));
    }
    SECTION("a search that matches no one: the search is named and can be cleared")
    {
        test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
        ui::PortfolioView view(t.db());
        view.setStartActions(&newDebtor, &import);
        auto *panel = view.findChild<QWidget *>(QStringLiteral("emptyPanel"));
        CHECK_FALSE(panel->isVisibleTo(&view));
        view.search(QStringLiteral("zapata"));
        REQUIRE(waitFor([&] { return view.model()->rowCount() == 0; }));
        CHECK(panel->isVisibleTo(&view));
        CHECK(view.findChild<QLabel *>(QStringLiteral("emptyTitle"))->text().contains(QStringLiteral("“zapata”")));
        // Not a new office: nothing offers to start one.
        CHECK_FALSE(view.findChild<QPushButton *>(QStringLiteral("newDebtorButton"))->isVisibleTo(&view));
        auto *clear = view.findChild<QPushButton *>(QStringLiteral("clearSearchButton"));
        REQUIRE(clear->isVisibleTo(&view));
        QTest::mouseClick(clear, Qt::LeftButton);
        CHECK(view.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->text().isEmpty());
        CHECK(view.model()->rowCount() == 1);
        CHECK_FALSE(panel->isVisibleTo(&view));
    }
    SECTION("filters that match no one can be cleared from where the rows would be")
    {
        test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
        ui::PortfolioView view(t.db());
        store::PortfolioFilters filters;
        filters.doNotContact = true;
        view.filterBar()->setFilters(filters);
        REQUIRE(view.model()->rowCount() == 0);
        auto *panel = view.findChild<QWidget *>(QStringLiteral("emptyPanel"));
        CHECK(panel->isVisibleTo(&view));
        CHECK(view.findChild<QLabel *>(QStringLiteral("emptyTitle"))->text().contains(QStringLiteral("filters")));
        auto *clear = view.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        REQUIRE(clear->isVisibleTo(&view));
        QTest::mouseClick(clear, Qt::LeftButton);
        CHECK(view.model()->filters().isEmpty());
        CHECK(view.model()->rowCount() == 1);
        CHECK_FALSE(panel->isVisibleTo(&view));
    }
}
