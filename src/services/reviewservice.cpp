#include "services/reviewservice.h"

#include "domain/labels.h"
#include "services/audittrail.h"
#include "services/inputerror.h"
#include "services/supervision.h"
#include "store/callrepository.h"
#include "store/database.h"
#include "store/reviewrepository.h"
#include "store/transaction.h"

#include <algorithm>

namespace libreta::services {
namespace {

// A review scores the call's stages in their order (QualityReview::scores).
QString stageName(int stage) { return domain::label(domain::CallStage(stage)); }

} // namespace

bool ReviewService::mayReview() { return maySupervise(m_db, m_reviewerId); }

std::optional<QDateTime> ReviewService::unreadSince()
{
    if (!m_reviewerId || mayReview())
        return std::nullopt;
    return store::ReviewRepository(m_db).reviewsReadAt(*m_reviewerId).value_or(m_clock.nowUtc().addDays(-kUnreadDays));
}

ReviewService::News ReviewService::takeNews()
{
    News news;
    news.since = unreadSince();
    if (!news.since)
        return news;
    store::Transaction tx(m_db);
    store::ReviewRepository reviews(m_db);
    news.unread = reviews.reviewsOfAgentSince(*m_reviewerId, *news.since);
    if (news.unread > 0) {
        if (const auto started = reviews.oldestCallReviewedSince(*m_reviewerId, *news.since))
            news.oldestCallDay = started->toLocalTime().date();
        reviews.markReviewsRead(*m_reviewerId);
    }
    tx.commit();
    return news;
}

int ReviewService::unreadReviews()
{
    const auto since = unreadSince();
    return since ? store::ReviewRepository(m_db).reviewsOfAgentSince(*m_reviewerId, *since) : 0;
}

void ReviewService::markReviewsRead()
{
    if (m_reviewerId)
        store::ReviewRepository(m_db).markReviewsRead(*m_reviewerId);
}

domain::Id ReviewService::save(domain::QualityReview review)
{
    using domain::QualityReview;
    if (!mayReview())
        throw InputError(QStringLiteral("review"), tr("Only a supervisor or an administrator scores calls."));
    const auto call = store::CallRepository(m_db).byId(review.callId);
    if (!call || (call->answeredBy != domain::AnsweredBy::Debtor &&
                  call->answeredBy != domain::AnsweredBy::DecisionMaker))
        throw InputError(QStringLiteral("review"), tr("Only a conversation with the debtor can be scored."));
    if (m_reviewerId && call->agentId == m_reviewerId)
        throw InputError(QStringLiteral("review"), tr("A call is reviewed by someone other than who made it."));
    for (int stage = 0; stage < QualityReview::kStages; ++stage) {
        const auto &score = review.scores[stage];
        if (score && (*score < 0 || *score > QualityReview::kTopScore))
            throw InputError(QStringLiteral("score.%1").arg(stage + 1),
                             tr("%1: a score from 0 to %2.").arg(stageName(stage)).arg(QualityReview::kTopScore));
    }
    review.comments = review.comments.trimmed();
    review.coaching = review.coaching.trimmed();
    const bool scored = std::any_of(review.scores.cbegin(), review.scores.cend(),
                                    [](const std::optional<int> &s) { return s.has_value(); });
    if (!scored && review.comments.isEmpty() && review.coaching.isEmpty())
        throw InputError(QStringLiteral("score"), tr("Score at least one stage, or write what you saw."));

    review.reviewerId = m_reviewerId;
    review.reviewedAt = m_clock.nowUtc();
    store::Transaction tx(m_db);
    const domain::Id id = store::ReviewRepository(m_db).save(review);
    QStringList scores;
    for (const auto &s : review.scores)
        scores << (s ? QString::number(*s) : QStringLiteral("-"));
    AuditTrail(m_db, m_clock)
        .record(m_reviewerId, QStringLiteral("call.review"), QStringLiteral("call"), review.callId,
                QStringLiteral("scores=%1").arg(scores.join(QLatin1Char(','))));
    tx.commit();
    return id;
}

} // namespace libreta::services
