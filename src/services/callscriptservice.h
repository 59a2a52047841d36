#pragma once

#include "domain/clock.h"
#include "store/scriptrepository.h"

#include <QCoreApplication>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// Edit ▸ Call script: the office's own words for each stage of a call, its
// agreed answers to objections, its negotiation techniques (their names
// and what each means; techniques of its own added, others taken off) and
// how it names the reasons for not paying (with what to ask or check, and
// whether each is taken as an argument or an excuse at first). Supervisors and administrators keep
// them (anyone, in an office that lists no users). Each save is a new
// version of the script, so every call keeps pointing at the text its
// agent read; the calls that start after it read the new one.
class CallScriptService final {
    Q_DECLARE_TR_FUNCTIONS(CallScript)

public:
    static constexpr int kMaxStageLength = 2000;
    static constexpr int kMaxObjectionLength = 200;
    static constexpr int kMaxAnswerLength = 1000;
    static constexpr int kMaxLabelLength = 80;
    static constexpr int kMaxDescriptionLength = 300;
    static constexpr int kMaxTechniques = 30;

    // A stage of ScriptLibrary::stageCodes() as the desk names it.
    static QString stageLabel(const QString &code);

    CallScriptService(store::Database &db, const domain::Clock &clock, std::optional<domain::Id> userId)
        : m_db(db), m_clock(clock), m_userId(userId)
    {
    }

    bool mayChange();
    // The script calls in `language` ("es", "en") start with; the shipped
    // default is stored first when the office has none.
    store::CallScript current(const QString &language);
    // Who saved `script` ("" for the default Libreta ships).
    QString authorName(const store::CallScript &script);

    // Stores `edited` (its stages, objection answers, techniques and the
    // reasons' words; the reasons themselves, one per category, and the
    // prompts are carried over) as the next version of the script it was
    // read from, in one transaction. A technique without a code is new and
    // gets one from its name. Returns that version, or nullopt when nothing
    // differs from the current one (nothing is stored). Throws InputError
    // naming "stage.CODE", "objection.N", "technique.N" or "reason.N" (N
    // counted from 1), with nothing stored.
    std::optional<int> save(const store::CallScript &edited);

private:
    void check(const store::CallScript &edited);

    store::Database &m_db;
    const domain::Clock &m_clock;
    std::optional<domain::Id> m_userId;
};

} // namespace libreta::services
