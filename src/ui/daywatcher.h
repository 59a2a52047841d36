#pragma once

#include "domain/clock.h"
#include "services/rolloverservice.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <memory>

namespace libreta::ui {

// Keeps the desk on the right day. At start and whenever the local date
// changes while the desk is open (a timer at midnight, and a look every
// minute in case the machine slept through it) it runs the day roll-over:
// promises whose grace ended become broken and get their call-back. The
// roll-over runs on a thread of its own with its own connection, so the
// window never waits for it; running it again for a day finds nothing to do.
class DayWatcher final : public QObject {
    Q_OBJECT

public:
    DayWatcher(QString databasePath, const domain::Clock &clock, QObject *parent = nullptr);
    ~DayWatcher() override;

    void start();
    QDate today() const { return m_today; }
    bool isRollingOver() const { return m_running; }
    // Looks at the clock now (the timers call it).
    void check();

Q_SIGNALS:
    void dayChanged(const QDate &today);
    void rolledOver(const QDate &day, const libreta::services::RolloverResult &result);
    void failed(const QString &message);

private:
    void rollOver(const QDate &day);
    void finished(const QDate &day, const services::RolloverResult &result, const QString &error);
    void armMidnight();

    QString m_path;
    const domain::Clock &m_clock;
    QDate m_today;
    QTimer m_midnight;
    QTimer m_minute;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    QDate m_pending;  // a day to roll over once the running one is done
};

} // namespace libreta::ui

Q_DECLARE_METATYPE(libreta::services::RolloverResult)
