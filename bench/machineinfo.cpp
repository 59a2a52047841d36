#include "machineinfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace libreta::bench {
namespace {

QString firstMatch(const QString &file, const QString &pattern)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const auto match = QRegularExpression(pattern, QRegularExpression::MultilineOption)
                           .match(QString::fromUtf8(f.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

QString platformOfChildren()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return platform;
    if (qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return QStringLiteral("wayland");
    if (qEnvironmentVariableIsSet("DISPLAY"))
        return QStringLiteral("xcb (DISPLAY=%1)").arg(qEnvironmentVariable("DISPLAY"));
    return QStringLiteral("offscreen");
}

} // namespace

MachineInfo MachineInfo::current()
{
    MachineInfo m;
    m.cpuModel = firstMatch(QStringLiteral("/proc/cpuinfo"), QStringLiteral("^model name\\s*:(.*)$"));
    m.cores = QThread::idealThreadCount();
    m.memoryMiB = firstMatch(QStringLiteral("/proc/meminfo"), QStringLiteral("^MemTotal:\\s*(\\d+)")).toLongLong() / 1024;
    m.os = QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion();
    m.qtVersion = QString::fromLatin1(qVersion());
    m.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    m.display = platformOfChildren();
    return m;
}

QString MachineInfo::oneLine() const
{
    return QStringLiteral("%1, %2 cores, %3 MiB RAM; %4; Qt %5, SQLite %6; windows on %7")
        .arg(cpuModel.isEmpty() ? QStringLiteral("unknown CPU") : cpuModel)
        .arg(cores)
        .arg(memoryMiB)
        .arg(os, qtVersion, sqliteVersion, display);
}

QJsonObject MachineInfo::toJson() const
{
    return {{QStringLiteral("cpu"), cpuModel},       {QStringLiteral("cores"), cores},
            {QStringLiteral("memory_mib"), memoryMiB}, {QStringLiteral("os"), os},
            {QStringLiteral("qt"), qtVersion},        {QStringLiteral("sqlite"), sqliteVersion},
            {QStringLiteral("windows_on"), display}};
}

} // namespace libreta::bench
