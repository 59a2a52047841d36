#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Reviews: a supervisor reads an agent's call and scores each stage of it
// (0 to 5, or leaves it unscored), says what they saw and how to coach.
// One review per call and reviewer; writing again replaces it.
class ReviewService final {
    Q_DECLARE_TR_FUNCTIONS(Reviews)

public:
    ReviewService(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> reviewerId)
        : m_db(db), m_clock(clock), m_reviewerId(reviewerId)
    {
    }

    bool mayReview();
    // For an agent at the desk (the reviewer id is the desk user's): how
    // many reviews of their calls others wrote since they last read them
    // (the last week, if they never did); none for whoever may review.
    int unreadReviews();
    // Since when a review of the desk user's calls is news to them: when
    // they last read them (the last week, if never); nothing for whoever
    // may review.
    std::optional<QDateTime> unreadSince();
    // The desk user has read the reviews of their calls (those written so far).
    void markReviewsRead();

    // What an agent arriving at Reviews is shown as news: since when, how
    // many, from which day of calls; marked read in the same step.
    struct News {
        std::optional<QDateTime> since;  // nothing for whoever may review
        int unread = 0;
        std::optional<QDate> oldestCallDay;
    };
    News takeNews();
    // Throws InputError naming the field ("review", "score.N" for the
    // stage N from 1, "score"); nothing is stored then.
    domain::Id save(domain::QualityReview review);

    // How far back "unread" reaches for an agent who never read theirs.
    static constexpr int kUnreadDays = 7;

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_reviewerId;
};

} // namespace libreta::services
