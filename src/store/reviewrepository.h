#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// Which calls the review list shows: conversations (the debtor or whoever
// decides the payment answered), newest first, from a day on.
struct ReviewQuery {
    std::optional<domain::Id> agentId;  // empty: every agent
    QDate from;                         // the first day shown (the desk's days)
    bool unreviewedOnly = false;
};

// Where a page of the list ended: the next one starts after it.
struct ReviewKey {
    QDateTime startedAt;  // UTC
    domain::Id callId = 0;
};

struct ReviewListItem {
    domain::Id callId = 0;
    QDateTime startedAt;  // UTC
    QString agentName;
    domain::Id debtorId = 0;
    QString debtorName;
    QString debtorRef;
    domain::AnsweredBy answeredBy = domain::AnsweredBy::Debtor;
    domain::CallOutcome outcome = domain::CallOutcome::Promise;
    std::optional<double> averageScore;  // of every scored stage of every review
    int reviews = 0;
    QDateTime lastReviewedAt;  // UTC, the newest review's; invalid when none
    ReviewKey key() const { return {startedAt, callId}; }
};

// The calls supervisors read and score (schema 1's quality_reviews): pages
// of the list by the calls' start-time index, one review per call and
// reviewer.
class ReviewRepository final {
public:
    explicit ReviewRepository(Database &db) : m_db(db) {}

    QList<ReviewListItem> page(const ReviewQuery &query, const std::optional<ReviewKey> &after, int limit);
    QList<domain::QualityReview> forCall(domain::Id callId);
    // Adds the reviewer's review of the call, or replaces the one they wrote.
    domain::Id save(const domain::QualityReview &review);
    // Reviews of `agentId`'s calls written (or saved again) after `sinceUtc`
    // by someone else (schema 22's index on reviewed_at).
    int reviewsOfAgentSince(domain::Id agentId, const QDateTime &sinceUtc);
    // When the oldest of those calls started (UTC); nothing when none.
    std::optional<QDateTime> oldestCallReviewedSince(domain::Id agentId, const QDateTime &sinceUtc);
    // Up to when the user has read the reviews of their calls (schema 22).
    std::optional<QDateTime> reviewsReadAt(domain::Id userId);
    // Read up to the newest review of their calls others wrote: the
    // reviews' own stamps, not the reader's clock, so a review stamped by
    // another desk's clock is never skipped.
    void markReviewsRead(domain::Id userId);

private:
    Database &m_db;
};

} // namespace libreta::store
