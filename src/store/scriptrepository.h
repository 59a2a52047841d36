#pragma once

#include "domain/entities.h"

#include <QMap>

namespace libreta::store {

class Database;

struct CallScript {
    domain::Id id = 0;
    QString name;
    int version = 1;
    QString language = QStringLiteral("es");
    // Stage code ("presentation", ..., "third_party") -> the office's text,
    // with placeholders {agente}, {empresa}, {deudor}.
    QMap<QString, QString> stages;
    QList<QPair<QString, QString>> objectionAnswers;  // objection, answer
};

// The office's scripts are versioned: editing one stores a new version, so a
// call always points at the exact text the agent saw.
class ScriptRepository final {
public:
    explicit ScriptRepository(Database &db) : m_db(db) {}

    domain::Id addVersion(const CallScript &script, std::optional<domain::Id> author = std::nullopt);
    std::optional<CallScript> activeScript(const QString &language);

private:
    Database &m_db;
};

} // namespace libreta::store
