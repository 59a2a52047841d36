#include "store/database.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
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
