#pragma once

#include "domain/entities.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

namespace libreta::store {

class Database;

// A reason for not paying as the office's catalogue words it.
struct ScriptExcuse {
    domain::ExcuseCategory category = domain::ExcuseCategory::Other;
    QString label;
    domain::ExcuseKind suggestedKind = domain::ExcuseKind::Excuse;
    QString hint;  // what to ask or check
    bool operator==(const ScriptExcuse &) const = default;
};

// A negotiation technique an agent ticks; calls store its code.
struct ScriptTechnique {
    QString code;
    QString label;
    QString description;
    bool operator==(const ScriptTechnique &) const = default;
};

struct CallScript {
    domain::Id id = 0;
    QString name;
    int version = 1;
    QString language = QStringLiteral("es");
    std::optional<domain::Id> createdBy;  // nobody: the default Libreta ships
    QDateTime createdAt;
    // Stage code ("presentation", ..., "third_party") -> the office's text,
    // with placeholders {agente}, {empresa}, {deudor} (see domain/scripttext.h).
    QMap<QString, QString> stages;
    QList<QPair<QString, QString>> objectionAnswers;  // objection, answer
    QList<ScriptExcuse> excuses;                      // in the catalogue's order
    QList<ScriptTechnique> techniques;                // in the catalogue's order
    QMap<QString, QStringList> prompts;               // stage code -> reminders shown at it
};

// The office's scripts are versioned: editing one stores a new version, so a
// call always points at the exact text the agent saw.
class ScriptRepository final {
public:
    explicit ScriptRepository(Database &db) : m_db(db) {}

    domain::Id addVersion(const CallScript &script, std::optional<domain::Id> author = std::nullopt);
    std::optional<CallScript> activeScript(const QString &language);
    std::optional<CallScript> byId(domain::Id id);
    // Languages with at least one script (active or not).
    QStringList languages();
    // Every technique code the scripts in `language` ever listed, with the
    // label of the latest version that had it: how the Panel names a
    // technique an office has since taken off its script.
    QHash<QString, QString> techniqueNames(const QString &language);

private:
    void readCatalogues(CallScript &script);
    Database &m_db;
};

} // namespace libreta::store
