#pragma once

#include "domain/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

struct BackupResult {
    QString path;
    qint64 debtors = 0;
    qint64 invoices = 0;
    qint64 bytes = 0;
    QDateTime at;  // UTC
};

// File ▸ Save a backup copy and `libreta-cli backup`: the whole office in
// one file that opens like any other office file. One person's office has
// no IT department; this copy, kept off the machine, is what survives a
// dead disk.
class BackupService final {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    BackupService(store::Database &db, const domain::Clock &clock) : m_db(db), m_clock(clock) {}

    // Writes the copy beside `target` first, checks it by reading it back,
    // and only then puts it in `target`'s place (replacing an older copy
    // there): a copy that failed half-way never takes the name of a good
    // one. Records when it was made. Throws InputError naming "out".
    BackupResult saveCopy(const QString &target);
    // When the last copy was saved from this file; none yet when empty.
    std::optional<QDateTime> lastBackup();
    // "despacho-copia-2026-11-30.sqlite" for /path/despacho.sqlite.
    static QString suggestedName(const QString &databasePath, const QDate &day);

private:
    store::Database &m_db;
    const domain::Clock &m_clock;
};

} // namespace libreta::services
