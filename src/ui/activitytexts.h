#pragma once

#include "store/auditrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace libreta::ui {

// The activity log's words: each action's name, and what an entry's
// details (codes and counts, services/audittrail.h) say, in the desk's
// language. An action or a detail this version does not know is shown as
// stored, so an entry written by a later version still reads.
class ActivityTexts final {
    Q_DECLARE_TR_FUNCTIONS(ActivityTexts)

public:
    // Names of the office's people by id, for details that name them.
    explicit ActivityTexts(QHash<domain::Id, QString> people = {}) : m_people(std::move(people)) {}

    static QString action(const QString &code);
    // Every action the services write, in the order the log offers them.
    static QStringList knownActions();

    QString details(const store::AuditEntry &entry) const;

private:
    QString person(const QString &id) const;

    QHash<domain::Id, QString> m_people;
};

} // namespace libreta::ui
