#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// A follow-up with what the agenda shows next to it.
struct AgendaItem {
    domain::FollowUp followUp;
    QString debtorName;
    QString debtorRef;
    domain::Money promiseAmount;  // zero when not about a promise
    std::optional<domain::PaymentMethod> promiseMethod;
};

class FollowUpRepository final {
public:
    explicit FollowUpRepository(Database &db) : m_db(db) {}

    // Adds the follow-up; a second one of the same kind for the same promise
    // is ignored (returns nullopt), which keeps the roll-over idempotent.
    std::optional<domain::Id> add(const domain::FollowUp &followUp);
    QList<domain::FollowUp> openForDebtor(domain::Id debtorId);
    QList<domain::FollowUp> forDebtor(domain::Id debtorId);
    // Open items due on `date` (or before it when `includeOverdue`), by time.
    QList<AgendaItem> agenda(const QDate &date, bool includeOverdue);
    void complete(domain::Id followUpId, const QString &result, const QDateTime &at);
    // Closes the open reminder/check of a promise that was settled.
    void closeForPromise(domain::Id promiseId, const QString &result, const QDateTime &at);
    // Cancels the open reminder/check of a promise that was replaced.
    void cancelForPromise(domain::Id promiseId, const QString &result, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace libreta::store
