#include "store/reviewrepository.h"

#include "domain/entitycodes.h"
#include "store/boundsql.h"
#include "store/sqlquery.h"

namespace libreta::store {
namespace {

const char *const kScoreColumns[domain::QualityReview::kStages] = {
    "score_presentation", "score_listening", "score_negotiation", "score_preclose", "score_close"};

} // namespace

QList<ReviewListItem> ReviewRepository::page(const ReviewQuery &query, const std::optional<ReviewKey> &after,
                                             int limit)
{
    BoundSql sql;
    // Conversations only: a call nobody answered has nothing to score.
    sql.where(QStringLiteral("c.answered_by IN ('debtor', 'decision_maker')"));
    // A call once: its corrections restate it, they are not calls of their own.
    sql.where(QStringLiteral("c.corrects_call_id IS NULL"));
    if (query.agentId)
        sql.where(QStringLiteral("c.agent_id = ") + sql.param(*query.agentId));
    if (query.from.isValid())
        sql.where(QStringLiteral("c.started_at >= ") + sql.param(SqlQuery::instantText(query.from.startOfDay().toUTC())));
    if (query.unreviewedOnly)
        sql.where(QStringLiteral("NOT EXISTS (SELECT 1 FROM quality_reviews r WHERE r.call_id = c.id)"));
    if (after) {
        const QString at = sql.param(SqlQuery::instantText(after->startedAt));
        sql.where(QStringLiteral("(c.started_at < %1 OR (c.started_at = %1 AND c.id < %2))")
                      .arg(at, sql.param(after->callId)));
    }
    const QString limitParam = sql.param(limit);
    // Newest first down the start-time index of the agent's calls, or of
    // everyone's; each row's names and scores read by key.
    SqlQuery q(m_db,
               QStringLiteral("SELECT c.id, c.started_at, u.display_name, c.debtor_id, d.name, d.external_ref, "
                              "c.answered_by, c.outcome, "
                              // Every scored stage of every review counts once.
                              "(SELECT sum(coalesce(r.score_presentation, 0) + coalesce(r.score_listening, 0) + "
                              "coalesce(r.score_negotiation, 0) + coalesce(r.score_preclose, 0) + "
                              "coalesce(r.score_close, 0)) * 1.0 / nullif(sum((r.score_presentation IS NOT NULL) + "
                              "(r.score_listening IS NOT NULL) + (r.score_negotiation IS NOT NULL) + "
                              "(r.score_preclose IS NOT NULL) + (r.score_close IS NOT NULL)), 0) "
                              "FROM quality_reviews r WHERE r.call_id = c.id), "
                              "(SELECT count(*) FROM quality_reviews r WHERE r.call_id = c.id), "
                              "(SELECT max(r.reviewed_at) FROM quality_reviews r WHERE r.call_id = c.id) "
                              "FROM calls c INDEXED BY ") +
                   (query.agentId ? QStringLiteral("calls_agent_started") : QStringLiteral("calls_started")) +
                   QStringLiteral(" JOIN debtors d ON d.id = c.debtor_id LEFT JOIN users u ON u.id = c.agent_id") +
                   sql.whereSql() + QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ") + limitParam);
    sql.bindTo(q);
    q.exec();
    QList<ReviewListItem> out;
    while (q.next()) {
        ReviewListItem item;
        item.callId = q.integer(0);
        item.startedAt = q.instant(1);
        item.agentName = q.text(2);
        item.debtorId = q.integer(3);
        item.debtorName = q.text(4);
        item.debtorRef = q.text(5);
        item.answeredBy = domain::fromCode<domain::AnsweredBy>(q.text(6)).value_or(domain::AnsweredBy::Debtor);
        item.outcome = domain::fromCode<domain::CallOutcome>(q.text(7)).value_or(domain::CallOutcome::Promise);
        if (!q.isNull(8))
            item.averageScore = q.value(8).toDouble();
        item.reviews = int(q.integer(9));
        item.lastReviewedAt = q.optionalInstant(10).value_or(QDateTime());
        out.append(item);
    }
    return out;
}

QList<domain::QualityReview> ReviewRepository::forCall(domain::Id callId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, reviewer_id, reviewed_at, score_presentation, score_listening, "
                                    "score_negotiation, score_preclose, score_close, comments, coaching "
                                    "FROM quality_reviews WHERE call_id = :c ORDER BY reviewed_at, id"));
    q.bind(QStringLiteral(":c"), callId).exec();
    QList<domain::QualityReview> out;
    while (q.next()) {
        domain::QualityReview r;
        r.id = q.integer(0);
        r.callId = callId;
        r.reviewerId = q.optionalInteger(1);
        r.reviewedAt = q.instant(2);
        for (int stage = 0; stage < domain::QualityReview::kStages; ++stage)
            if (!q.isNull(3 + stage))
                r.scores[stage] = int(q.integer(3 + stage));
        r.comments = q.text(8);
        r.coaching = q.text(9);
        out.append(r);
    }
    return out;
}

domain::Id ReviewRepository::save(const domain::QualityReview &review)
{
    // One review per call and reviewer: writing again replaces it.
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM quality_reviews WHERE call_id = :c AND reviewer_id IS :r"));
    find.bind(QStringLiteral(":c"), review.callId).bind(QStringLiteral(":r"), review.reviewerId).exec();
    const bool existing = find.next();
    const domain::Id existingId = existing ? find.integer(0) : 0;
    QStringList assignments;
    for (const char *column : kScoreColumns)
        assignments << QStringLiteral("%1 = :%1").arg(QString::fromLatin1(column));
    SqlQuery write(m_db, existing ? QStringLiteral("UPDATE quality_reviews SET reviewed_at = :at, ") +
                                        assignments.join(QStringLiteral(", ")) +
                                        QStringLiteral(", comments = :comments, coaching = :coaching WHERE id = :id "
                                                       "RETURNING id")
                                  : QStringLiteral("INSERT INTO quality_reviews (call_id, reviewer_id, reviewed_at, "
                                                   "score_presentation, score_listening, score_negotiation, "
                                                   "score_preclose, score_close, comments, coaching) VALUES (:c, :r, "
                                                   ":at, :score_presentation, :score_listening, :score_negotiation, "
                                                   ":score_preclose, :score_close, :comments, :coaching) RETURNING id"));
    if (existing)
        write.bind(QStringLiteral(":id"), existingId);
    else
        write.bind(QStringLiteral(":c"), review.callId).bind(QStringLiteral(":r"), review.reviewerId);
    write.bind(QStringLiteral(":at"), review.reviewedAt)
        .bind(QStringLiteral(":comments"), review.comments)
        .bind(QStringLiteral(":coaching"), review.coaching);
    for (int stage = 0; stage < domain::QualityReview::kStages; ++stage) {
        const auto &score = review.scores[stage];
        write.bind(QStringLiteral(":") + QString::fromLatin1(kScoreColumns[stage]),
                   score ? QVariant(qint64(*score)) : QVariant());
    }
    return write.execScalar();
}

int ReviewRepository::reviewsOfAgentSince(domain::Id agentId, const QDateTime &sinceUtc)
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM quality_reviews r CROSS JOIN calls c ON c.id = r.call_id "
                                    "WHERE r.reviewed_at > :since AND c.agent_id = :agent "
                                    "AND r.reviewer_id IS NOT :agent"));
    q.bind(QStringLiteral(":since"), sinceUtc).bind(QStringLiteral(":agent"), agentId);
    return int(q.execScalar());
}

std::optional<QDateTime> ReviewRepository::oldestCallReviewedSince(domain::Id agentId, const QDateTime &sinceUtc)
{
    SqlQuery q(m_db, QStringLiteral("SELECT min(c.started_at) FROM quality_reviews r CROSS JOIN calls c "
                                    "ON c.id = r.call_id WHERE r.reviewed_at > :since AND c.agent_id = :agent "
                                    "AND r.reviewer_id IS NOT :agent"));
    q.bind(QStringLiteral(":since"), sinceUtc).bind(QStringLiteral(":agent"), agentId).exec();
    return q.next() ? q.optionalInstant(0) : std::nullopt;
}

std::optional<QDateTime> ReviewRepository::reviewsReadAt(domain::Id userId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT reviews_read_at FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), userId).exec();
    return q.next() ? q.optionalInstant(0) : std::nullopt;
}

void ReviewRepository::markReviewsRead(domain::Id userId)
{
    SqlQuery(m_db, QStringLiteral("UPDATE users SET reviews_read_at = coalesce((SELECT max(r.reviewed_at) "
                                  "FROM quality_reviews r CROSS JOIN calls c ON c.id = r.call_id "
                                  "WHERE c.agent_id = :id AND r.reviewer_id IS NOT :id), reviews_read_at) "
                                  "WHERE id = :id"))
        .bind(QStringLiteral(":id"), userId)
        .exec();
}

} // namespace libreta::store
