#pragma once

#include <QList>
#include <QString>

namespace libreta::store {

struct Migration {
    int version = 0;
    QString name;
    QString script;
};

// The numbered steps embedded from resources/migrations/NNNN_name.sql, in
// order. A shipped step is never edited: a change is a new step.
QList<Migration> bundledMigrations();

} // namespace libreta::store
