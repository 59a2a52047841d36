#pragma once

#include "domain/clock.h"
#include "store/agendarepository.h"

#include <QObject>
#include <QTimer>

namespace libreta::ui {

// Says when a timed call-back's time comes: it sleeps until the next one
// agreed for today (asking the store, by index, when that is) and then
// hands over every call-back due since it last looked. It looks again when
// told the agenda changed, and every few minutes anyway (another desk may
// have booked one). Only the desk's own call-backs, or everyone's when the
// office does not list the desk user.
class CallbackAlarm final : public QObject {
    Q_OBJECT

public:
    CallbackAlarm(store::Database &db, const domain::Clock &clock, const store::AgendaScope &whose,
                  QObject *parent = nullptr);

    // Starts watching; call-backs due in the last kLateMinutes are announced
    // at once (the desk was just opened), older ones wait in the agenda.
    void start();
    // Looks now: after a change to the agenda, or when the day changed.
    void check();
    QDateTime nextCheck() const { return m_nextCheck; }

    static constexpr int kLateMinutes = 15;
    static constexpr int kPollMinutes = 5;

Q_SIGNALS:
    void due(const QList<libreta::store::AgendaItem> &callbacks);

private:
    store::AgendaRepository m_repository;
    const domain::Clock &m_clock;
    store::AgendaScope m_whose;
    QTimer m_timer;
    QDate m_day;
    QTime m_announcedUpTo;  // invalid: nothing yet that day
    QDateTime m_nextCheck;
};

} // namespace libreta::ui
