#include "ui/daywatcher.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace libreta::ui {

DayWatcher::DayWatcher(QString databasePath, const domain::Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_clock(clock), m_today(clock.today())
{
    qRegisterMetaType<services::RolloverResult>();
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &DayWatcher::check);
    m_minute.setInterval(60 * 1000);
    connect(&m_minute, &QTimer::timeout, this, &DayWatcher::check);
}

DayWatcher::~DayWatcher()
{
    // A roll-over is one transaction: it is let to finish, never cut.
    if (m_thread)
        m_thread->wait();
}

void DayWatcher::start()
{
    m_today = m_clock.today();
    rollOver(m_today);
    armMidnight();
    m_minute.start();
}

void DayWatcher::armMidnight()
{
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(midnight), 1000, 24LL * 3600 * 1000)));
}

void DayWatcher::check()
{
    const QDate today = m_clock.today();
    if (today != m_today) {
        m_today = today;
        spdlog::info("ui: the day changed to {}", today.toString(Qt::ISODate).toStdString());
        Q_EMIT dayChanged(today);
        rollOver(today);
    }
    armMidnight();
}

void DayWatcher::rollOver(const QDate &day)
{
    if (m_running) {
        m_pending = day;
        return;
    }
    m_running = true;
    if (m_thread)
        m_thread->wait();
    m_thread.reset(QThread::create([this, day, path = m_path, &clock = m_clock] {
        services::RolloverResult result;
        QString error;
        try {
            // Opened on this thread: a connection belongs to the thread that opened it.
            store::Database db(path);
            result = services::RolloverService(db, clock).run(day);
        } catch (const store::StoreError &e) {
            error = e.message();
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, day, result, error] { finished(day, result, error); },
                                  Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("day-rollover"));
    m_thread->start(QThread::LowPriority);
}

void DayWatcher::finished(const QDate &day, const services::RolloverResult &result, const QString &error)
{
    m_running = false;
    if (error.isEmpty())
        Q_EMIT rolledOver(day, result);
    else
        Q_EMIT failed(error);
    if (m_pending.isValid()) {
        const QDate next = m_pending;
        m_pending = QDate();
        rollOver(next);
    }
}

} // namespace libreta::ui
