#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

template <typename Condition>
bool waitFor(Condition done)
{
    QDeadlineTimer deadline(3000);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(10);
    return done();
}

Id addDebtor(store::Database &db, const QString &ref, const QString &name, const QString &segment, bool dnc,
             int pesos)
{
    Debtor d;
    d.externalRef = ref;
    d.name = name;
    d.segment = segment;
    d.doNotContact = dnc;
    const Id id = store::DebtorRepository(db).add(d);
    test::addInvoice(db, id, QStringLiteral("F-1"), QDate::currentDate().addDays(-5), test::pesos(pesos));
    return id;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("The filter bar narrows the portfolio and the summary line follows", "[ui][portfolio][filters]")
{
    test::TempDb t;
    addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"), QStringLiteral("Alto"), false, 1000);
    addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"), QStringLiteral("Bajo"), true, 20);
    addDebtor(t.db(), QStringLiteral("A-3"), QStringLiteral("Juan Perales"), QStringLiteral("Bajo"), false, 30);
    ui::PortfolioView view(t.db());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *segment = view.findChild<QComboBox *>(QStringLiteral("segmentCombo"));
    auto *dnc = view.findChild<QCheckBox *>(QStringLiteral("dncCheck"));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    REQUIRE(segment);
    REQUIRE(dnc);
    REQUIRE(summary);
    REQUIRE(view.model()->rowCount() == 3);
    CHECK(segment->count() == 3);  // all, Alto, Bajo
    QAction *clear = view.filterBar()->clearAction();
    CHECK_FALSE(clear->isEnabled());

    choose(segment, QStringLiteral("Bajo"));
    CHECK(view.model()->rowCount() == 2);
    CHECK(view.model()->summary().count == 2);
    CHECK(view.model()->summary().outstanding == test::pesos(50));
    CHECK(summary->text().contains(QStringLiteral("2")));
    CHECK(clear->isEnabled());

    dnc->setChecked(true);
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, ui::PortfolioModel::Name).data().toString() == QStringLiteral("María López"));

    clear->trigger();
    CHECK(view.model()->rowCount() == 3);
    CHECK(segment->currentIndex() == 0);
    CHECK_FALSE(dnc->isChecked());
    CHECK_FALSE(clear->isEnabled());
}

TEST_CASE("An agent who leaves the office while their debtors are shown leaves the table showing everyone's",
          "[ui][portfolio][filters]")
{
    test::TempDb t;
    const Id paola = test::addUser(t.db(), QStringLiteral("pjimenez"), QStringLiteral("Paola Jiménez"), UserRole::Agent);
    addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"), QStringLiteral("Alto"), false, 1000);
    addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Juan Perales"), QStringLiteral("Bajo"), false, 30);
    ui::PortfolioView view(t.db());
    auto *agent = view.findChild<QComboBox *>(QStringLiteral("agentCombo"));
    REQUIRE(agent);
    choose(agent, QStringLiteral("Paola Jiménez"));
    REQUIRE(view.model()->rowCount() == 0);  // her debtors were moved to others

    User gone = *store::UserRepository(t.db()).byId(paola);
    gone.active = false;
    store::UserRepository(t.db()).update(gone);
    view.reloadFilterChoices();
    CHECK(agent->currentText() == QStringLiteral("All agents"));
    CHECK_FALSE(view.model()->filters().agentId);
    CHECK(view.model()->rowCount() == 2);
}

TEST_CASE("Filters and the search narrow together", "[ui][portfolio][filters]")
{
    test::TempDb t;
    addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"), QStringLiteral("Alto"), false, 1000);
    addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("Ana Pérez"), QStringLiteral("Bajo"), false, 20);
    ui::PortfolioView view(t.db());
    ui::PortfolioModel *model = view.model();
    model->setSearchText(QStringLiteral("perez"));
    CHECK(model->rowCount() == 2);
    store::PortfolioFilters f;
    f.segment = QStringLiteral("Bajo");
    view.filterBar()->setFilters(f);
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, ui::PortfolioModel::Name).data().toString() == QStringLiteral("Ana Pérez"));
}

TEST_CASE("On large files the summary is counted in the background and arrives for the latest query",
          "[ui][portfolio][summary]")
{
    test::TempDb t;
    addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("José Pérez Núñez"), QStringLiteral("Alto"), false, 1000);
    addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"), QStringLiteral("Bajo"), false, 20);
    ui::PortfolioModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(model.countsInBackground());  // a small file counts at once
    model.setCountInBackground(true);

    model.setSearchText(QStringLiteral("maria"));
    CHECK(model.rowCount() == 1);  // the rows do not wait for the count
    model.setSearchText(QStringLiteral("perez"));
    CHECK(model.summaryPending());
    REQUIRE(waitFor([&] { return !model.summaryPending(); }));
    CHECK(model.summary().count == 1);
    CHECK(model.summary().outstanding == test::pesos(1000));
}
