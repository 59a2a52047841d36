#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Notes in a debtor's file are append-only: a note is never edited, a
// correction is a new note (an addendum) that points at the one it
// corrects, and both stay in the file. One transaction each, totals
// refreshed, audit written.
class NoteService final {
    Q_DECLARE_TR_FUNCTIONS(NoteService)

public:
    NoteService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Field names in InputError: "body", "debtor", "note".
    domain::Id add(domain::Id debtorId, const QString &body, std::optional<domain::Id> userId = std::nullopt);
    // The addendum goes to the corrected note's debtor.
    domain::Id correct(domain::Id noteId, const QString &body, std::optional<domain::Id> userId = std::nullopt);

    static constexpr int kMaxBodyLength = 4000;

private:
    domain::Id save(domain::Note note, std::optional<domain::Id> userId);
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
