#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QCoreApplication>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// What a correction may change: what was written about the call. What the
// call did (who answered, its outcome, the promise or payment it recorded,
// its follow-ups, the attempt it counts as) stays as it happened; a
// promise is changed through its own actions.
struct CallCorrection {
    domain::Id callId = 0;
    domain::StageNotes notes;
    std::optional<domain::ExcuseCategory> excuseCategory;
    std::optional<domain::ExcuseKind> excuseKind;
    QString excuseWords;
    std::optional<bool> willing;
    std::optional<bool> able;
    QString refusalReason;
    QString nextStep;

    // The correction's starting values: what the call says now.
    static CallCorrection of(const domain::Call &call);
};

// Calls are append-only (DOMAIN.md): a correction is a new call record that
// restates the call with the corrected words and points at it; both stay in
// the file, the corrected one greyed. The correction keeps the call's start,
// end and agent, so the contact rules, the figures and the history count the
// call once; who corrected it and when are kept beside it (schema 14).
// The agent who made the call corrects it, or a supervisor. One
// transaction: the correction, the task an argument now asks for, the
// debtor's totals and the audit entry.
class CallCorrectionService final {
    Q_DECLARE_TR_FUNCTIONS(CallCorrectionService)

public:
    CallCorrectionService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Throws InputError naming the field ("call", "user", "correction",
    // "notes.<stage>", "excuse_category", "excuse_words", "refusal_reason",
    // "next_step"); nothing is stored then. Returns the correction's id.
    domain::Id correct(const CallCorrection &correction, std::optional<domain::Id> userId);

    // Whether `userId` may correct `call`: its own agent, or a supervisor.
    static bool mayCorrect(store::Database &db, const domain::Call &call, std::optional<domain::Id> userId);

    static constexpr int kMaxNotesLength = 4000;
    static constexpr int kMaxLineLength = 500;

private:
    domain::Call corrected(const domain::Call &call, const CallCorrection &correction) const;
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
