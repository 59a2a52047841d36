#pragma once

#include "domain/callworksheet.h"
#include "domain/clock.h"

namespace libreta::store {
class Database;
}

namespace libreta::services {

// The calls being typed, kept in the office file as the agent types (the
// worksheet as JSON in call_drafts), so a crash or a power cut loses
// nothing. Kept in the database rather than a file in the data folder: the
// draft belongs to the office file it was typed against (a file beside it
// would come back against the wrong office after File ▸ Open), the file is
// already written with synchronous=FULL, and the save of the call removes
// the draft in the same transaction, so a saved call is never offered back.
class CallDrafts final {
public:
    CallDrafts(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // `desk` is who is typing (the desk user's login).
    void save(const QString &desk, const domain::CallWorksheet &worksheet);
    // nullopt when there is none, or it cannot be read by this program.
    std::optional<domain::CallWorksheet> load(domain::Id debtorId, const QString &desk);
    void discard(domain::Id debtorId, const QString &desk);
    // The desk's unsaved calls, newest first.
    QList<domain::CallWorksheet> forDesk(const QString &desk, int limit = 10);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
