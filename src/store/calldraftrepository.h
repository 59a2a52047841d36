#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// A call being typed, as the desk wrote it last (the body is the
// worksheet's JSON; the store does not look inside).
struct StoredCallDraft {
    domain::Id debtorId = 0;
    QString desk;
    QDateTime startedAt;  // UTC
    QDateTime savedAt;    // UTC
    QByteArray body;
};

class CallDraftRepository final {
public:
    explicit CallDraftRepository(Database &db) : m_db(db) {}

    // Inserts or replaces the draft of (debtor, desk).
    void put(const StoredCallDraft &draft);
    std::optional<StoredCallDraft> get(domain::Id debtorId, const QString &desk);
    void remove(domain::Id debtorId, const QString &desk);
    // The desk's drafts, newest first.
    QList<StoredCallDraft> forDesk(const QString &desk, int limit);

private:
    Database &m_db;
};

} // namespace libreta::store
