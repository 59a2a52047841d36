#include "store/backuprepository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace libreta::store {

void BackupRepository::writeCopy(const QString &path)
{
    if (m_db.transactionDepth() > 0)
        throw StoreError(QCoreApplication::translate("Store", "A copy cannot be made inside a transaction."));
    if (QFileInfo::exists(path))
        throw StoreError(QCoreApplication::translate("Store", "%1 exists already.").arg(path));
    sqlite3 *source = Dialect::nativeHandle(m_db.connection());
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        if (sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main")) {
            // -1: every page in one step, inside one read of the source.
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
            // The pages say "write-ahead log", as the office's do: the copy
            // becomes one self-contained file, with nothing beside it to
            // carry along (the app turns the log back on when it opens it).
            else if (sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
                error = QString::fromUtf8(sqlite3_errmsg(target));
        } else {
            error = QString::fromUtf8(sqlite3_errmsg(target));
        }
    } else {
        error = target ? QString::fromUtf8(sqlite3_errmsg(target)) : QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(target);  // a no-op on nullptr
    // SQLite's own words; services::BackupService says what failed around them.
    if (!error.isEmpty())
        throw StoreError(error);
}

CopySummary BackupRepository::inspectCopy(const QString &path)
{
    const QString name = QStringLiteral("libreta-copy-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CopySummary out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out.problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            // quick_check: every page and record readable, in a fraction of
            // integrity_check's time (it skips matching indexes to tables).
            if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next()) {
                const QString verdict = q.value(0).toString();
                out.sound = verdict == QLatin1String("ok");
                if (!out.sound)
                    out.problem = verdict;
            } else {
                out.problem = q.lastError().text();
            }
            if (out.sound) {
                try {
                    out.schemaVersion = Dialect::schemaVersion(db);
                } catch (const StoreError &e) {
                    out.sound = false;
                    out.problem = e.message();
                }
                const auto count = [&db](const QString &table) -> qint64 {
                    QSqlQuery c(db);
                    return c.exec(QStringLiteral("SELECT count(*) FROM ") + table) && c.next() ? c.value(0).toLongLong()
                                                                                             : -1;
                };
                out.debtors = count(QStringLiteral("debtors"));
                out.invoices = count(QStringLiteral("invoices"));
                if (out.debtors < 0 || out.invoices < 0) {
                    out.sound = false;
                    out.problem = QCoreApplication::translate("Store", "The copy holds no office.");
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);  // once no QSqlDatabase refers to it
    return out;
}

} // namespace libreta::store
