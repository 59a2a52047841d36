#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

class CallRepository final {
public:
    explicit CallRepository(Database &db) : m_db(db) {}

    // Calls are append-only: there is no update, a correction is a new call
    // with correctsCallId set.
    domain::Id add(const domain::Call &call);
    QList<domain::Call> forDebtor(domain::Id debtorId);
    std::optional<domain::Call> byId(domain::Id callId);
    // The call that corrects `callId` (the latest, should there be two).
    std::optional<domain::Id> correctionOf(domain::Id debtorId, domain::Id callId);
    // The call as it stands: `callId`, or its latest correction.
    std::optional<domain::Call> latestVersion(domain::Id debtorId, domain::Id callId);
    int attemptsSince(domain::Id debtorId, const QDateTime &sinceUtc);

private:
    Database &m_db;
};

} // namespace libreta::store
