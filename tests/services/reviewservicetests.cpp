// Reviews: supervisors score each stage of agents' conversations and coach;
// the list pages newest first and can show only what nobody scored yet.

#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "services/reviewservice.h"
#include "store/auditrepository.h"
#include "store/callrepository.h"
#include "store/reviewrepository.h"

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::services;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor staff = test::addTwoAgentsAndSupervisor(t.db());
    Id ana = staff.ana;
    Id beto = staff.beto;
    Id sue = staff.sue;
    Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
    Id call(Id agent, const QDateTime &at, AnsweredBy answered = AnsweredBy::Debtor)
    {
        return test::addCall(t.db(), debtor, agent, at, answered);
    }
};

QualityReview scored(Id callId, std::initializer_list<int> scores)
{
    QualityReview r;
    r.callId = callId;
    int stage = 0;
    for (int s : scores)
        r.scores[stage++] = s;
    return r;
}

} // namespace

TEST_CASE("A supervisor scores a call and writing again replaces the review", "[services][reviews]")
{
    Office o;
    const Id callId = o.call(o.ana, QDateTime(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC));
    ReviewService reviews(o.t.db(), kClock, o.sue);
    REQUIRE(reviews.mayReview());
    QualityReview r = scored(callId, {4, 3, 5});
    r.coaching = QStringLiteral("  Confirma la fecha antes de colgar. ");
    const Id first = reviews.save(r);

    auto stored = store::ReviewRepository(o.t.db()).forCall(callId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scores[0] == std::optional<int>(4));
    CHECK_FALSE(stored.first().scores[3].has_value());
    CHECK(stored.first().coaching == QStringLiteral("Confirma la fecha antes de colgar."));
    CHECK(stored.first().reviewerId == std::optional<Id>(o.sue));

    CHECK(reviews.save(scored(callId, {5, 5, 5, 5, 5})) == first);
    stored = store::ReviewRepository(o.t.db()).forCall(callId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scores[4] == std::optional<int>(5));
    CHECK(store::AuditRepository(o.t.db()).latest(1).first().action == QStringLiteral("call.review"));
}

TEST_CASE("A review is refused by its field, and nothing is stored", "[services][reviews]")
{
    Office o;
    const QDateTime at(QDate(2026, 11, 30), QTime(15, 0), Qt::UTC);
    const Id talked = o.call(o.ana, at);
    const Id unanswered = o.call(o.ana, at.addSecs(600), AnsweredBy::Nobody);
    const Id suesOwn = o.call(o.sue, at.addSecs(1200));

    CHECK(test::refusedField([&] { ReviewService(o.t.db(), kClock, o.beto).save(scored(talked, {3})); }) ==
          QStringLiteral("review"));
    ReviewService reviews(o.t.db(), kClock, o.sue);
    CHECK(test::refusedField([&] { reviews.save(scored(unanswered, {3})); }) == QStringLiteral("review"));
    CHECK(test::refusedField([&] { reviews.save(scored(suesOwn, {3})); }) == QStringLiteral("review"));
    CHECK(test::refusedField([&] { reviews.save(scored(talked, {3, 6})); }) == QStringLiteral("score.2"));
    CHECK(test::refusedField([&] { reviews.save(scored(talked, {})); }) == QStringLiteral("score"));
    CHECK(store::ReviewRepository(o.t.db()).forCall(talked).isEmpty());
}

TEST_CASE("The review list pages conversations newest first, by agent and unscored", "[services][reviews]")
{
    Office o;
    const QDateTime base(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    QList<Id> anas;
    for (int i = 0; i < 5; ++i)
        anas.append(o.call(o.ana, base.addDays(i)));
    const Id betos = o.call(o.beto, base.addDays(2).addSecs(60));
    o.call(o.ana, base.addDays(3).addSecs(60), AnsweredBy::Voicemail);  // nothing to score
    ReviewService(o.t.db(), kClock, o.sue).save(scored(anas.at(4), {4, 4}));

    store::ReviewRepository repo(o.t.db());
    store::ReviewQuery everyone;
    auto first = repo.page(everyone, std::nullopt, 3);
    REQUIRE(first.size() == 3);
    CHECK(first.at(0).callId == anas.at(4));
    CHECK(first.at(0).averageScore == std::optional<double>(4.0));
    CHECK(first.at(0).reviews == 1);
    CHECK(first.at(0).agentName == QStringLiteral("Ana Ruiz"));
    CHECK(first.at(0).debtorName == QStringLiteral("Ferretería Núñez"));
    CHECK(first.at(1).callId == anas.at(3));
    CHECK(first.at(2).callId == betos);
    const auto rest = repo.page(everyone, first.last().key(), 10);
    REQUIRE(rest.size() == 3);
    CHECK(rest.last().callId == anas.at(0));

    store::ReviewQuery betoOnly;
    betoOnly.agentId = o.beto;
    REQUIRE(repo.page(betoOnly, std::nullopt, 10).size() == 1);

    store::ReviewQuery unscoredSince;
    unscoredSince.unreviewedOnly = true;
    unscoredSince.from = QDate(2026, 11, 22);
    const auto unscored = repo.page(unscoredSince, std::nullopt, 10);
    REQUIRE(unscored.size() == 3);  // Ana's 22nd and 23rd, Beto's 22nd; the 24th is scored
    CHECK(unscored.at(0).callId == anas.at(3));
}

TEST_CASE("An agent hears of the reviews of their calls until they read them", "[services][reviews]")
{
    Office o;
    const Id anas = o.call(o.ana, QDateTime(QDate(2026, 11, 28), QTime(16, 0), Qt::UTC));
    ReviewService supervisor(o.t.db(), kClock, o.sue);
    supervisor.save(scored(anas, {4, 4, 3, 5, 4}));

    ReviewService ana(o.t.db(), kClock, o.ana);
    CHECK(ana.unreadReviews() == 1);  // never read: the last week's
    CHECK(ReviewService(o.t.db(), kClock, o.beto).unreadReviews() == 0);  // none of Beto's calls
    CHECK(supervisor.unreadReviews() == 0);  // whoever reviews is not told
    ana.markReviewsRead();
    CHECK(ana.unreadReviews() == 0);
    // Scored again an hour later: new coaching to read.
    const FixedClock later(kClock.nowUtc().addSecs(3600));
    ReviewService(o.t.db(), later, o.sue).save(scored(anas, {5, 4, 3, 5, 4}));
    CHECK(ana.unreadReviews() == 1);
    // A review older than a week is not news to an agent who never read any.
    const Id betos = o.call(o.beto, QDateTime(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC));
    supervisor.save(scored(betos, {3, 3, 3, 3, 3}));
    CHECK(ReviewService(o.t.db(), kClock, o.beto).unreadReviews() == 1);
    const FixedClock nextMonth(kClock.nowUtc().addDays(30));
    CHECK(ReviewService(o.t.db(), nextMonth, o.beto).unreadReviews() == 0);
}
