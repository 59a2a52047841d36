// The Panel: calls, contacts, promises made and kept and money recovered,
// kept per day, agent and segment by schema 13's triggers, summed over a
// period for everyone, one agent, each segment and each technique; an
// agent reads only their own.

#include "exporttesthelpers.h"
#include "panelofficefixture.h"
#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "domain/panelperiod.h"
#include "services/exportservice.h"
#include "services/panelservice.h"
#include "services/reviewservice.h"
#include "store/callrepository.h"
#include "store/debtorrepository.h"
#include "store/maintenancerepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/sqlquery.h"
#include "store/targetrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

using test::panel::Office;
using test::panel::kEveryResultFinal;
using test::panel::kFrom;
using test::panel::kTo;

TEST_CASE("The Panel sums the month's work for everyone, by agent, by segment and by technique", "[services][panel]")
{
    Office o;
    PanelService panel(o.t.db(), o.people.sue);
    REQUIRE(panel.seesEveryone());
    const PanelReport r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(r.totals.calls == 4);
    CHECK(r.totals.contacts == 2);
    CHECK(r.totals.promisesMade == 2);  // the plan is one
    CHECK(r.totals.promised == test::pesos(700));
    CHECK(r.totals.promisesKept == 1);
    CHECK(r.totals.promisesResolved() == 1);
    CHECK(r.totals.promisesPaid == test::pesos(500));
    CHECK(r.totals.payments == 1);  // October's is not this month's
    CHECK(r.totals.recovered == test::pesos(500));

    REQUIRE(r.byAgent.size() == 2);
    CHECK(r.byAgent[0].name == QStringLiteral("Ana Ruiz"));  // most money recovered first
    CHECK(r.byAgent[0].figures.calls == 2);
    CHECK(r.byAgent[0].figures.promisesMade == 2);
    CHECK(r.byAgent[0].figures.recovered == test::pesos(500));
    CHECK(r.byAgent[1].name == QStringLiteral("Beto Paz"));
    CHECK(r.byAgent[1].figures.calls == 2);
    CHECK(r.byAgent[1].figures.contacts == 0);

    REQUIRE(r.bySegment.size() == 2);
    CHECK(r.bySegment[0].name == QStringLiteral("Alto saldo"));
    CHECK(r.bySegment[0].figures.promisesKept == 1);
    CHECK(r.bySegment[1].name == QStringLiteral("Bajo"));
    CHECK(r.bySegment[1].figures.promisesMade == 1);
    CHECK(r.bySegment[1].figures.promised == test::pesos(200));

    REQUIRE(r.byTechnique.size() == 2);
    for (const PanelResultLine &line : r.byTechnique) {
        CHECK(line.figures.calls == 1);
        CHECK(line.figures.won == 1);
    }

    // October: only the payment of the debtor nobody is assigned to.
    const PanelReport october = panel.read(QDate(2026, 10, 1), QDate(2026, 10, 31), std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(october.totals.calls == 0);
    REQUIRE(october.byAgent.size() == 1);
    CHECK(october.byAgent[0].name == QStringLiteral("No agent"));
    CHECK(october.byAgent[0].figures.recovered == test::pesos(80));
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
}

TEST_CASE("How promises ended counts only once their grace is over", "[services][panel]")
{
    // Ana's promise is due on the 20th and was paid on the 19th; the
    // office gives two days of grace, so its result is final from the 23rd.
    Office o;
    PanelService panel(o.t.db(), o.people.sue);
    const auto kept = [&](const QDate &from, const QDate &to, const QDate &today) {
        const PanelReport r = panel.read(from, to, std::nullopt, QStringLiteral("en"), today);
        CHECK(r.totals.calls == 4);  // the work counts whatever the day
        CHECK(r.totals.promisesMade == 2);
        qint64 byTechnique = 0;
        for (const PanelResultLine &line : r.byTechnique)
            byTechnique += line.figures.promisesKept;
        CHECK(byTechnique == 2 * r.totals.promisesKept);  // its call used two
        qint64 byAgent = 0;
        for (const PanelNamedLine &line : r.byAgent)
            byAgent += line.figures.promisesKept;
        CHECK(byAgent == r.totals.promisesKept);
        CHECK(r.totals.promisesResolved() == r.totals.promisesKept);
        return std::pair(r.totals.promisesKept, r.resultsTo);
    };
    CHECK(kept(kFrom, kTo, QDate(2026, 11, 22)) == std::pair(qint64(0), QDate(2026, 11, 19)));
    CHECK(kept(kFrom, kTo, QDate(2026, 11, 23)) == std::pair(qint64(1), QDate(2026, 11, 20)));
    CHECK(kept(kFrom, kTo, QDate(2026, 12, 9)) == std::pair(qint64(1), kTo));
    // Before the period's first day none is final.
    CHECK(kept(kFrom, kTo, QDate(2026, 11, 2)) == std::pair(qint64(0), QDate(2026, 10, 30)));
    // A period of whole months and days (this year): the months from the
    // table by month, the days up to the last final date from the days'.
    CHECK(kept(QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 11, 22)).first == 0);
    CHECK(kept(QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2026, 11, 23)).first == 1);
    CHECK(kept(QDate(2026, 1, 1), QDate(2026, 12, 31), QDate(2027, 1, 5)).first == 1);

    // The office's own grace decides: with none, the 21st already counts it.
    OfficeSettings rules = store::SettingsRepository(o.t.db()).load();
    rules.graceDays = 0;
    store::SettingsRepository(o.t.db()).save(rules);
    CHECK(kept(kFrom, kTo, QDate(2026, 11, 21)) == std::pair(qint64(1), QDate(2026, 11, 20)));
    CHECK(kept(kFrom, kTo, QDate(2026, 11, 20)).first == 0);
}

TEST_CASE("Each agent's line shows the period's target and an agent with one but no work shows at 0 %",
          "[services][panel]")
{
    Office o;
    store::TargetRepository targets(o.t.db());
    targets.setMonthlyRecovery(o.people.ana, Money::fromMinor(100000));   // 1,000.00 a month
    targets.setMonthlyRecovery(o.people.beto, Money::fromMinor(300000));  // 3,000.00 a month
    PanelService panel(o.t.db(), o.people.sue);
    const auto lineOf = [](const PanelReport &r, Id agent) {
        for (const PanelNamedLine &line : r.byAgent)
            if (line.agentId == agent)
                return std::optional(line);
        return std::optional<PanelNamedLine>();
    };
    const PanelReport november = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    REQUIRE(lineOf(november, o.people.ana));
    CHECK(lineOf(november, o.people.ana)->target == Money::fromMinor(100000));
    CHECK(lineOf(november, o.people.beto)->target == Money::fromMinor(300000));
    // Half of November: half the target.
    const PanelReport half =
        panel.read(kFrom, QDate(2026, 11, 15), std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(lineOf(half, o.people.ana)->target == Money::fromMinor(50000));
    // August: nobody worked, and both agents are there at nothing of it.
    const PanelReport august =
        panel.read(QDate(2026, 8, 1), QDate(2026, 8, 31), std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    REQUIRE(lineOf(august, o.people.beto));
    CHECK(lineOf(august, o.people.beto)->figures.recovered == Money());
    CHECK(lineOf(august, o.people.beto)->target == Money::fromMinor(300000));
    // The segments have none; one agent's Panel has only their own line.
    for (const PanelNamedLine &line : november.bySegment)
        CHECK_FALSE(line.target.has_value());
    const PanelReport anas = PanelService(o.t.db(), o.people.ana)
                                 .read(QDate(2026, 8, 1), QDate(2026, 8, 31), std::nullopt, QStringLiteral("en"),
                                       kEveryResultFinal);
    REQUIRE(anas.byAgent.size() == 1);
    CHECK(anas.byAgent.first().agentId == o.people.ana);
}

TEST_CASE("A promise resolved again moves from one result to the other", "[services][panel]")
{
    Office o;
    store::PromiseRepository(o.t.db()).setOutcome(o.promise, PromiseStatus::Broken, Money(), QDate(2026, 11, 23));
    const PanelReport r = PanelService(o.t.db(), o.people.sue).read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    CHECK(r.totals.promisesKept == 0);
    CHECK(r.totals.promisesBroken == 1);
    CHECK(r.totals.promisesPaid == Money());
    store::PromiseRepository(o.t.db()).setOutcome(o.promise, PromiseStatus::Pending, Money(), std::nullopt);
    CHECK(PanelService(o.t.db(), o.people.sue).read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal).totals.promisesResolved() == 0);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
}

TEST_CASE("Each technique counts the promises got with it and how they ended", "[services][panel]")
{
    Office o;
    const auto read = [&] {
        return PanelService(o.t.db(), o.people.sue).read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal).byTechnique;
    };
    // Ana's promise of $500, got using both techniques, kept and paid.
    QList<PanelResultLine> lines = read();
    REQUIRE(lines.size() == 2);
    for (const PanelResultLine &line : lines) {
        INFO(line.name.toStdString());
        CHECK(line.figures.promisesMade == 1);
        CHECK(line.figures.promised == test::pesos(500));
        CHECK(line.figures.promisesKept == 1);
        CHECK(line.figures.promisesBroken == 0);
        CHECK(line.figures.promisesPaid == test::pesos(500));
    }
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());

    // Resolved again as broken: it leaves "kept" for "broken", for both.
    store::PromiseRepository(o.t.db()).setOutcome(o.promise, PromiseStatus::Broken, Money(), QDate(2026, 11, 23));
    lines = read();
    for (const PanelResultLine &line : lines) {
        CHECK(line.figures.promisesKept == 0);
        CHECK(line.figures.promisesBroken == 1);
        CHECK(line.figures.promisesPaid == Money());
        CHECK(line.figures.promisesResolved() == 1);
    }
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());

    // A technique written after its call's promises (another writer's
    // order) counts the pair once too: the plan's call had no technique.
    const Id planCall = store::SqlQuery(o.t.db(), QStringLiteral("SELECT call_id FROM promises WHERE debtor_id = %1 "
                                                                 "LIMIT 1").arg(o.bajo))
                            .execScalar();
    store::SqlQuery(o.t.db(), QStringLiteral("INSERT INTO call_techniques (call_id, technique) VALUES (%1, 'silence')")
                                  .arg(planCall))
        .exec();
    lines = read();
    const auto silence = std::find_if(lines.cbegin(), lines.cend(), [](const PanelResultLine &l) {
        return l.name == QStringLiteral("silence") || l.figures.key == QStringLiteral("silence");
    });
    REQUIRE(silence != lines.cend());
    CHECK(silence->figures.promisesMade == 2);  // Ana's promise and the plan, counted once
    CHECK(silence->figures.promised == test::pesos(700));
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
    // November whole is read by month; the same days read one by one give
    // the same lines.
    const QList<PanelResultLine> byDays =
        PanelService(o.t.db(), o.people.sue).read(QDate(2026, 11, 2), kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal).byTechnique;
    REQUIRE(byDays.size() == lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        CHECK(byDays[i].figures.calls == lines[i].figures.calls);
        CHECK(byDays[i].figures.promisesMade == lines[i].figures.promisesMade);
        CHECK(byDays[i].figures.promised == lines[i].figures.promised);
        CHECK(byDays[i].figures.promisesBroken == lines[i].figures.promisesBroken);
    }
    // `libreta-cli check` finds a technique's figure that drifted.
    store::SqlQuery(o.t.db(), QStringLiteral("UPDATE technique_figures SET promises_paid = promises_paid + 1 "
                                             "WHERE technique = 'summary' AND promises_broken = 1"))
        .exec();
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches() ==
          QStringList{QStringLiteral("technique figures 2026-11-20, agent %1, summary").arg(o.people.ana)});
}

TEST_CASE("Each reason for not paying counts its calls and what their promises came to", "[services][panel]")
{
    Office o;
    // Two calls record that the debtor has no funds, one ends in a promise
    // that is kept; one records an invoice never received, with nothing
    // agreed; a correction of the first records another reason and counts
    // for nothing, as every correction in the figures.
    Call noFunds;
    noFunds.debtorId = o.alto;
    noFunds.agentId = o.people.ana;
    noFunds.startedAt = QDateTime(QDate(2026, 11, 14), QTime(16, 0), Qt::UTC);
    noFunds.endedAt = noFunds.startedAt.addSecs(240);
    noFunds.answeredBy = AnsweredBy::Debtor;
    noFunds.outcome = CallOutcome::Promise;
    noFunds.excuseCategory = ExcuseCategory::NoFunds;
    noFunds.excuseKind = ExcuseKind::Excuse;
    const Id noFundsCall = store::CallRepository(o.t.db()).add(noFunds);
    Promise p;
    p.debtorId = o.alto;
    p.callId = noFundsCall;
    p.amount = test::pesos(300);
    p.dueDate = QDate(2026, 11, 25);
    p.madeOn = QDate(2026, 11, 14);
    const Id promise = store::PromiseRepository(o.t.db()).add(p);
    Call again = noFunds;
    again.debtorId = o.bajo;
    again.agentId = o.people.beto;
    again.startedAt = noFunds.startedAt.addDays(1);
    again.outcome = CallOutcome::Refusal;
    store::CallRepository(o.t.db()).add(again);
    Call noInvoice = again;
    noInvoice.startedAt = noFunds.startedAt.addDays(2);
    noInvoice.outcome = CallOutcome::Callback;
    noInvoice.excuseCategory = ExcuseCategory::InvoiceNotReceived;
    noInvoice.excuseKind = ExcuseKind::Argument;
    store::CallRepository(o.t.db()).add(noInvoice);
    Call correction = noFunds;
    correction.correctsCallId = noFundsCall;
    correction.excuseCategory = ExcuseCategory::IllnessOrJobLoss;
    store::CallRepository(o.t.db()).add(correction);
    store::PromiseRepository(o.t.db()).setOutcome(promise, PromiseStatus::Kept, test::pesos(300), QDate(2026, 11, 24));

    const auto read = [&](std::optional<Id> agent) {
        return PanelService(o.t.db(), o.people.sue)
            .read(kFrom, kTo, agent, QStringLiteral("es"), kEveryResultFinal)
            .byReason;
    };
    QList<PanelResultLine> lines = read(std::nullopt);
    REQUIRE(lines.size() == 2);
    // Most recorded first, named as the office's script names them.
    CHECK(lines[0].figures.key == QStringLiteral("no_funds"));
    CHECK(lines[0].name == QStringLiteral("No tiene dinero por ahora"));
    CHECK(lines[0].figures.calls == 2);
    CHECK(lines[0].figures.won == 1);
    CHECK(lines[0].figures.promisesMade == 1);
    CHECK(lines[0].figures.promised == test::pesos(300));
    CHECK(lines[0].figures.promisesKept == 1);
    CHECK(lines[0].figures.promisesPaid == test::pesos(300));
    CHECK(lines[1].figures.key == QStringLiteral("invoice_not_received"));
    CHECK(lines[1].figures.calls == 1);
    CHECK(lines[1].figures.won == 0);
    CHECK(lines[1].figures.promisesMade == 0);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());

    // Resolved again as broken: the reason's promise leaves "kept".
    store::PromiseRepository(o.t.db()).setOutcome(promise, PromiseStatus::Broken, Money(), QDate(2026, 11, 28));
    lines = read(std::nullopt);
    CHECK(lines[0].figures.promisesKept == 0);
    CHECK(lines[0].figures.promisesBroken == 1);
    CHECK(lines[0].figures.promisesPaid == Money());
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());

    // One agent's reasons: Beto recorded one of each.
    lines = read(o.people.beto);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].figures.calls == 1);
    CHECK(lines[1].figures.calls == 1);
    // Days read one by one give what the month gives.
    const QList<PanelResultLine> byDays =
        PanelService(o.t.db(), o.people.sue).read(QDate(2026, 11, 2), kTo, std::nullopt, QStringLiteral("es"), kEveryResultFinal).byReason;
    const QList<PanelResultLine> byMonth = read(std::nullopt);
    REQUIRE(byDays.size() == byMonth.size());
    for (qsizetype i = 0; i < byDays.size(); ++i) {
        CHECK(byDays[i].figures.key == byMonth[i].figures.key);
        CHECK(byDays[i].figures.calls == byMonth[i].figures.calls);
        CHECK(byDays[i].figures.promisesBroken == byMonth[i].figures.promisesBroken);
    }
    // `libreta-cli check` finds a reason's figure that drifted.
    store::SqlQuery(o.t.db(), QStringLiteral("UPDATE reason_figures SET calls = calls + 1 "
                                             "WHERE reason = 'invoice_not_received'"))
        .exec();
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches() ==
          QStringList{QStringLiteral("reason figures 2026-11-16, agent %1, invoice_not_received").arg(o.people.beto)});
}

TEST_CASE("A supervisor reads one agent's figures, and an agent only their own", "[services][panel]")
{
    Office o;
    const PanelReport beto = PanelService(o.t.db(), o.people.sue).read(kFrom, kTo, o.people.beto, QStringLiteral("en"), kEveryResultFinal);
    CHECK(beto.totals.calls == 2);
    CHECK(beto.totals.recovered == Money());

    PanelService ana(o.t.db(), o.people.ana);
    CHECK_FALSE(ana.seesEveryone());
    for (const std::optional<Id> asked : {std::optional<Id>(), std::optional<Id>(o.people.beto)}) {
        const PanelReport own = ana.read(kFrom, kTo, asked, QStringLiteral("en"), kEveryResultFinal);
        CHECK(own.totals.calls == 2);
        CHECK(own.totals.recovered == test::pesos(500));
        REQUIRE(own.byAgent.size() == 1);
        CHECK(own.byAgent[0].name == QStringLiteral("Ana Ruiz"));
    }
    // A desk that names nobody, in an office that lists users, reads nothing.
    CHECK(PanelService(o.t.db(), std::nullopt).read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal).totals.calls == 0);
}

TEST_CASE("The Panel's figures export as a line per day, agent and segment", "[services][panel][export]")
{
    Office o;
    const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));
    ExportRequest request;
    request.kind = ExportKind::Figures;
    request.from = kFrom;
    request.to = kTo;
    const QStringList lines = test::exportCsv(o.t.db(), clock, request).lines;
    REQUIRE(lines.size() >= 2);
    CHECK(lines.first() == QStringLiteral("day,agent,segment,calls,contacts,promises_made,promised,promises_kept,"
                                          "promises_partial,promises_broken,promises_paid,payments,recovered,adjusted"));
    // Ana's talk of the 10th in her debtor's segment (made on that day,
    // kept on the 20th), nobody else's.
    CHECK(lines.contains(QStringLiteral("2026-11-10,Ana Ruiz,Alto saldo,1,1,1,500.00,0,0,0,0.00,0,0.00,0.00")));
    CHECK(lines.contains(QStringLiteral("2026-11-20,Ana Ruiz,Alto saldo,0,0,0,0.00,1,0,0,500.00,0,0.00,0.00")));
    CHECK(lines.contains(QStringLiteral("2026-11-19,Ana Ruiz,Alto saldo,0,0,0,0.00,0,0,0,0.00,1,500.00,0.00")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("2026-10-31")));  // before the period

    request.agentId = o.people.beto;
    CHECK(test::exportCsv(o.t.db(), clock, request).rows == 2);  // his two calls, a day each
}

TEST_CASE("The Scores tab's export writes each stage's points and how many reviews scored it, by day and agent",
          "[services][panel][export]")
{
    Office o;
    const Id talk = o.anasTalk();
    const FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));
    QualityReview review;
    review.callId = talk;
    review.scores = {4, 5, 3, std::nullopt, 4};
    ReviewService(o.t.db(), clock, o.people.sue).save(review);

    ExportRequest request;
    request.kind = ExportKind::Scores;
    request.from = kFrom;
    request.to = kTo;
    const test::ExportedCsv csv = test::exportCsv(o.t.db(), clock, request);
    CHECK(csv.rows == 1);
    CHECK(csv.lines == QStringList{QStringLiteral("day,agent,reviews,presentation_points,presentation_scored,"
                                                  "listening_points,listening_scored,negotiation_points,"
                                                  "negotiation_scored,preclose_points,preclose_scored,close_points,"
                                                  "close_scored"),
                                   QStringLiteral("2026-11-10,Ana Ruiz,1,4,1,5,1,3,1,0,0,4,1")});
    request.agentId = o.people.beto;
    CHECK(test::exportCsv(o.t.db(), clock, request).rows == 0);
    CHECK(ExportService::kindFromName(u"scores") == ExportKind::Scores);
}

TEST_CASE("The table by agent reads the reviews of their calls: how many, and the average stage score",
          "[services][panel]")
{
    Office o;
    const Id talk = o.anasTalk();
    FixedClock clock(QDateTime(QDate(2026, 12, 2), QTime(17, 0), Qt::UTC));  // reviewed the next month
    ReviewService reviews(o.t.db(), clock, o.people.sue);
    QualityReview review;
    review.callId = talk;
    review.scores = {4, 5, 3, std::nullopt, 4};
    reviews.save(review);

    PanelService panel(o.t.db(), o.people.sue);
    const auto ana = [&] {
        const PanelReport r = panel.read(kFrom, kTo, std::nullopt, QStringLiteral("en"), kEveryResultFinal);
        REQUIRE(r.byAgent[0].name == QStringLiteral("Ana Ruiz"));
        CHECK(r.byAgent[1].figures.reviews == 0);  // Beto's calls: nobody answered, none reviewed
        return r.byAgent[0].figures;
    };
    // November's call, whenever it was scored.
    CHECK(ana().reviews == 1);
    CHECK(ana().reviewPoints() == 16);
    CHECK(ana().reviewStages() == 4);
    CHECK(ana().stagePoints[2] == 3);  // negotiation
    CHECK(ana().stagesScored[3] == 0);  // pre-close left unscored
    // Scored again by the same supervisor: the review is replaced, not added.
    review.scores = {5, 5, 5, 5, 4};
    reviews.save(review);
    CHECK(ana().reviews == 1);
    CHECK(ana().reviewPoints() == 24);
    CHECK(ana().reviewStages() == 5);
    CHECK(ana().stagesScored[3] == 1);
    // A second supervisor's review of the same call is a review more.
    const Id tere = test::addUser(o.t.db(), QStringLiteral("tere"), QStringLiteral("Teresa Gil"), UserRole::Supervisor);
    QualityReview second;
    second.callId = talk;
    second.scores = {3, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    ReviewService(o.t.db(), clock, tere).save(second);
    CHECK(ana().reviews == 2);
    CHECK(ana().stagePoints[0] == 8);
    CHECK(ana().stagesScored[0] == 2);
    // A review removed leaves the figures (no screen removes one; the
    // trigger keeps the figures right whoever does).
    store::SqlQuery(o.t.db(), QStringLiteral("DELETE FROM quality_reviews WHERE reviewer_id = %1").arg(tere)).exec();
    CHECK(ana().reviews == 1);
    CHECK(ana().stagePoints[0] == 5);
    // December's Panel has no call of Ana's, so none of her reviews.
    const PanelReport december = panel.read(QDate(2026, 12, 1), QDate(2026, 12, 31), std::nullopt, QStringLiteral("en"), kEveryResultFinal);
    for (const PanelNamedLine &line : december.byAgent)
        CHECK(line.figures.reviews == 0);
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches().isEmpty());
    // The check finds a kept figure that drifted from the reviews.
    store::SqlQuery(o.t.db(), QStringLiteral("UPDATE review_figures SET close_points = close_points + 1")).exec();
    CHECK(store::MaintenanceRepository(o.t.db()).dailyFigureMismatches() ==
          QStringList{QStringLiteral("reviews of 2026-11-10, agent %1").arg(o.people.ana)});
}
