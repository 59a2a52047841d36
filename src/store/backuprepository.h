#pragma once

#include <QString>

namespace libreta::store {

class Database;

// What a copy of an office file holds, read back from the copy itself.
struct CopySummary {
    bool sound = false;  // SQLite's quick check found nothing wrong
    int schemaVersion = 0;
    qint64 debtors = 0;
    qint64 invoices = 0;
    QString problem;  // what the check or the open reported, when not sound
};

// A copy of the whole office file as of one moment, made while the desk
// goes on working: SQLite's online backup copies every page of one
// snapshot of the file (the log included) in a single step, so writers on
// other connections neither wait nor restart it. Page by page, not row by
// row: VACUUM INTO rebuilt every index of a million-debtor office and had
// written 0.9 of its 5.9 GB after a minute and a half.
class BackupRepository final {
public:
    explicit BackupRepository(Database &db) : m_db(db) {}

    // `path` must not exist yet. Runs outside any transaction of this
    // connection. Throws StoreError.
    void writeCopy(const QString &path);
    // Opens the copy read-only, on a connection of its own, and checks it.
    static CopySummary inspectCopy(const QString &path);

private:
    Database &m_db;
};

} // namespace libreta::store
