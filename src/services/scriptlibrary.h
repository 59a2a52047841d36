#pragma once

#include "store/scriptrepository.h"

#include <QCoreApplication>

namespace libreta::services {

// The office's call scripts: stage texts, objection answers, the excuse
// catalogue, the techniques and the stage prompts. The team's default
// scripts (Spanish and English) ship in resources/scripts/ and are stored
// in the file the first time a call needs them, so an office can change its
// own copy later (each change a new version) and every call records the
// version its agent read.
class ScriptLibrary final {
    Q_DECLARE_TR_FUNCTIONS(ScriptLibrary)

public:
    explicit ScriptLibrary(store::Database &db) : m_db(db) {}

    // The stages a script has words for, in the call's order; the last is
    // what is said when someone else answers.
    static QStringList stageCodes();
    // The languages a default script ships in ("en", "es").
    static QStringList shippedLanguages();
    // The shipped default for `language`; nullopt when none ships.
    static std::optional<store::CallScript> shipped(const QString &language);
    // Stores the shipped default of every language the file has no script
    // in yet, in one transaction; returns how many were added.
    int installDefaults(std::optional<domain::Id> author = std::nullopt);
    // The active script in `language` ("es", "en"), installing the defaults
    // first when the file has none; else the Spanish one, else any.
    std::optional<store::CallScript> scriptFor(const QString &language);

private:
    store::Database &m_db;
};

} // namespace libreta::services
