#include "platform/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace libreta::platform {
namespace {
const QString kLastDatabaseKey = QStringLiteral("files/lastDatabase");

QSettings settings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Libreta"),
                     QStringLiteral("libreta"));
}
} // namespace

QString dataFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    folder = QDir(folder).filePath(QStringLiteral("Libreta"));
    QDir().mkpath(folder);
    return folder;
}

QString logFolder()
{
    const QString folder = QDir(dataFolder()).filePath(QStringLiteral("logs"));
    QDir().mkpath(folder);
    return folder;
}

QString defaultDatabasePath()
{
    const QString last = settings().value(kLastDatabaseKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return QDir(dataFolder()).filePath(QStringLiteral("libreta.sqlite"));
}

void rememberDatabasePath(const QString &path)
{
    auto s = settings();
    s.setValue(kLastDatabaseKey, QFileInfo(path).absoluteFilePath());
}

} // namespace libreta::platform
