#pragma once

#include "domain/clock.h"
#include "services/rolloverservice.h"
#include "store/agendaitem.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class CallbackAlarm;
class DayWatcher;
class NoticeBar;

// What the desk watches while it is open: the day (the roll-over at start
// and when the date changes, ui::DayWatcher) and the desk user's timed
// call-backs (ui::CallbackAlarm), announced in the notice band and, where
// the desktop has a notification area, as a desktop notification. The
// alarm's first look is a read by index, made before the window's first
// paint (a band arriving after it would push the desk down); the day's
// roll-over writes, on a thread, once the window is on screen. The window
// asks to act through signals.
class DeskAlerts final : public QObject {
    Q_OBJECT

public:
    DeskAlerts(store::Database &db, const domain::Clock &clock, NoticeBar *notice, QWidget *window);
    ~DeskAlerts() override;

    // The desk user's call-backs: those due in the last minutes at once.
    void startAlarm();
    // The roll-over now and whenever the date changes.
    void startDayWatcher();
    // Something changed in the agenda: a call-back may be due sooner.
    void check();
    // Someone else sat down: their call-backs from now on, and the band no
    // longer announces the last person's.
    void deskUserChanged();

Q_SIGNALS:
    void dayChanged(const QDate &today);
    // The roll-over changed promises (their follow-ups are new in the agenda).
    void rolledOver(const libreta::services::RolloverResult &result);
    void statusMessage(const QString &text);
    void startCallRequested(domain::Id debtorId);
    void agendaRequested();

private:
    void announce(const QList<store::AgendaItem> &callbacks);
    void makeAlarm();
    void notifyDesktop(const QString &title, const QString &text);

    store::Database &m_db;
    const domain::Clock &m_clock;
    QWidget *m_window = nullptr;
    NoticeBar *m_notice = nullptr;
    DayWatcher *m_dayWatcher = nullptr;
    CallbackAlarm *m_alarm = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    domain::Id m_announcedDebtor = 0;  // the one the last call-back notice is about
    QString m_announced;                // that notice's text, while the band may show it
};

} // namespace libreta::ui
