#pragma once

#include "store/database.h"

#include <QTemporaryDir>

#include <memory>

namespace libreta::test {

// A real database file in a fresh temporary folder, removed afterwards.
struct TempDb {
    TempDb();
    QString path() const { return dir.filePath(QStringLiteral("libreta.sqlite")); }
    store::Database &db() { return *database; }
    // Closes and reopens the file, as a new program start would.
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<store::Database> database;
};

} // namespace libreta::test
