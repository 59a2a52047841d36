#include "services/backupservice.h"

#include "services/inputerror.h"
#include "services/outputpath.h"
#include "store/backuprepository.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace libreta::services {
namespace {

const QString kLastBackupKey = QStringLiteral("last_backup_at");
const QString kOut = QStringLiteral("out");

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

} // namespace

QString BackupService::suggestedName(const QString &databasePath, const QDate &day)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    return tr("%1-copy-%2.sqlite").arg(base.isEmpty() ? QStringLiteral("libreta") : base, day.toString(Qt::ISODate));
}

std::optional<QDateTime> BackupService::lastBackup()
{
    const QString text = store::SettingsRepository(m_db).value(kLastBackupKey);
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return at;
}

BackupResult BackupService::saveCopy(const QString &target)
{
    if (target.trimmed().isEmpty())
        throw InputError(kOut, tr("Choose where to save the copy."));
    const QFileInfo where(target);
    if (OutputPath::sameFile(target, m_db.path()))
        throw InputError(kOut, tr("The copy cannot take the place of the office file it is made from; choose "
                                  "another name or folder."));
    if (!where.absoluteDir().exists())
        throw InputError(kOut, tr("The folder %1 does not exist.").arg(shown(where.absolutePath())));
    if (where.exists() && !where.isFile())
        throw InputError(kOut, tr("%1 is a folder, not a file.").arg(shown(where.absoluteFilePath())));

    const QString partial = where.absoluteFilePath() + QStringLiteral(".partial");
    store::Database::removeFiles(partial);  // left by a copy that was stopped
    try {
        store::BackupRepository(m_db).writeCopy(partial);
    } catch (const store::StoreError &e) {
        store::Database::removeFiles(partial);
        throw InputError(kOut, tr("The copy could not be written to %1: %2").arg(shown(target), e.message()));
    }
    const store::CopySummary copy = store::BackupRepository::inspectCopy(partial);
    if (!copy.sound) {
        store::Database::removeFiles(partial);
        throw InputError(kOut, tr("The copy written to %1 did not read back whole (%2); nothing was replaced.")
                                   .arg(shown(target), copy.problem));
    }
    if (where.exists() && !QFile::remove(where.absoluteFilePath())) {
        store::Database::removeFiles(partial);
        throw InputError(kOut, tr("%1 could not be replaced; is it open in another program?").arg(shown(target)));
    }
    if (!QFile::rename(partial, where.absoluteFilePath())) {
        store::Database::removeFiles(partial);
        throw InputError(kOut, tr("The copy could not be given the name %1.").arg(shown(target)));
    }

    BackupResult result;
    result.path = where.absoluteFilePath();
    result.debtors = copy.debtors;
    result.invoices = copy.invoices;
    result.bytes = QFileInfo(result.path).size();
    result.at = m_clock.nowUtc();
    {
        store::Transaction tx(m_db);
        store::SettingsRepository(m_db).setValue(kLastBackupKey, result.at.toString(Qt::ISODate));
        tx.commit();
    }
    // Sizes only: the path may hold a person's name.
    spdlog::info("backup: copy saved ({} debtors, {} invoices, {} bytes)", result.debtors, result.invoices,
                 result.bytes);
    return result;
}

} // namespace libreta::services
