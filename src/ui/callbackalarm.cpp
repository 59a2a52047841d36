#include "ui/callbackalarm.h"

#include "store/storeerror.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace libreta::ui {

CallbackAlarm::CallbackAlarm(store::Database &db, const domain::Clock &clock, const store::AgendaScope &whose,
                             QObject *parent)
    : QObject(parent), m_repository(db), m_clock(clock), m_whose(whose)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CallbackAlarm::check);
}

void CallbackAlarm::start()
{
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    m_day = now.date();
    const QTime late = now.time().addSecs(-kLateMinutes * 60);
    m_announcedUpTo = late < now.time() ? late : QTime();  // just after midnight: the whole day
    check();
}

void CallbackAlarm::check()
{
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    if (now.date() != m_day) {
        m_day = now.date();
        m_announcedUpTo = QTime();
    }
    QDateTime next = now.addSecs(kPollMinutes * 60);
    try {
        const auto callbacks = m_repository.timedCallbacks(m_whose, m_day, m_announcedUpTo, now.time(), 50);
        m_announcedUpTo = now.time();
        if (!callbacks.isEmpty())
            Q_EMIT due(callbacks);
        if (const auto at = m_repository.nextCallbackTime(m_whose, m_day, m_announcedUpTo))
            next = std::min(next, QDateTime(m_day, *at));
    } catch (const store::StoreError &) {
        spdlog::warn("ui: call-back alarm could not read the agenda");
    }
    // Midnight starts another day's call-backs.
    next = std::min(next, QDateTime(m_day.addDays(1), QTime(0, 0)));
    m_nextCheck = next;
    m_timer.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, qint64(kPollMinutes) * 60 * 1000)));
}

} // namespace libreta::ui
