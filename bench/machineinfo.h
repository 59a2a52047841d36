#pragma once

#include <QJsonObject>
#include <QString>

namespace libreta::bench {

// The machine a run was made on: absolute times only mean something next to it.
struct MachineInfo {
    QString cpuModel;
    int cores = 0;
    qint64 memoryMiB = 0;
    QString os;
    QString qtVersion;
    QString sqliteVersion;
    QString display;  // the Qt platform the start-up children ran on

    static MachineInfo current();
    QString oneLine() const;
    QJsonObject toJson() const;
};

} // namespace libreta::bench
