#include "ui/deskalerts.h"

#include "store/database.h"
#include "ui/callbackalarm.h"
#include "ui/daywatcher.h"
#include "ui/deskuser.h"
#include "ui/noticebar.h"

#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

namespace libreta::ui {

DeskAlerts::DeskAlerts(store::Database &db, const domain::Clock &clock, NoticeBar *notice, QWidget *window)
    : QObject(window), m_db(db), m_clock(clock), m_window(window), m_notice(notice)
{
    m_dayWatcher = new DayWatcher(db.path(), clock, this);
    connect(m_dayWatcher, &DayWatcher::dayChanged, this, [this](const QDate &today) {
        Q_EMIT dayChanged(today);
        check();
    });
    connect(m_dayWatcher, &DayWatcher::rolledOver, this, [this](const QDate &, const services::RolloverResult &r) {
        if (r.promisesBroken + r.promisesPartlyKept + r.promisesKept == 0)
            return;
        Q_EMIT rolledOver(r);
        Q_EMIT statusMessage(tr("New day: %1 promise(s) broken, %2 partly kept, %3 kept; their follow-ups are in "
                                "the agenda.")
                                 .arg(r.promisesBroken)
                                 .arg(r.promisesPartlyKept)
                                 .arg(r.promisesKept));
    });
    connect(m_dayWatcher, &DayWatcher::failed, this, &DeskAlerts::statusMessage);

    makeAlarm();
}

void DeskAlerts::makeAlarm()
{
    // The desk's own call-backs; everyone's when the office does not list
    // the desk user (a one-person office without a user list); none while
    // an office that lists its people waits to be told who sits down.
    m_alarm = nullptr;
    if (DeskUser::needsChoice(m_db))
        return;
    store::AgendaScope whose;
    if (const auto user = DeskUser::id(m_db)) {
        whose.who = store::AgendaScope::Who::Agent;
        whose.agentId = *user;
    }
    m_alarm = new CallbackAlarm(m_db, m_clock, whose, this);
    connect(m_alarm, &CallbackAlarm::due, this, &DeskAlerts::announce);
}

DeskAlerts::~DeskAlerts()
{
    delete m_alarm;       // it reads the database, which may be about to go
    delete m_dayWatcher;  // waits for a roll-over under way
}

void DeskAlerts::startAlarm()
{
    if (m_alarm)
        m_alarm->start();
}

void DeskAlerts::startDayWatcher() { m_dayWatcher->start(); }

void DeskAlerts::deskUserChanged()
{
    if (!m_announced.isEmpty() && m_notice->text() == m_announced)
        m_notice->dismiss();
    m_announced.clear();
    m_announcedDebtor = 0;
    delete m_alarm;
    makeAlarm();
    startAlarm();
}

void DeskAlerts::check()
{
    if (m_alarm)
        m_alarm->check();
}

void DeskAlerts::announce(const QList<store::AgendaItem> &callbacks)
{
    if (callbacks.isEmpty())
        return;
    const QLocale locale;
    const store::AgendaItem &first = callbacks.first();
    auto when = [&locale](const store::AgendaItem &c) {
        return c.followUp.dueTime ? locale.toString(*c.followUp.dueTime, QLocale::ShortFormat) : QString();
    };
    QString text;
    QList<NoticeBar::Button> buttons;
    if (callbacks.size() == 1) {
        text = tr("Call-back due at %1: %2.").arg(when(first), first.debtorName);
        // As the agenda words it: who asked for it, else the call's next step.
        const QString words = !first.followUp.description.isEmpty() ? first.followUp.description : first.nextStep;
        if (!words.isEmpty())
            text += QLatin1Char(' ') + words;
        const domain::Id debtor = first.followUp.debtorId;
        buttons.append({tr("Start the call"), [this, debtor] { Q_EMIT startCallRequested(debtor); }});
    } else {
        // A few names, so the band stays one line; the agenda has them all.
        constexpr int kNamed = 3;
        QStringList names;
        for (const store::AgendaItem &c : callbacks.mid(0, kNamed))
            names << tr("%1 (%2)").arg(c.debtorName, when(c));
        if (callbacks.size() > kNamed)
            names << tr("%n more", nullptr, int(callbacks.size() - kNamed));
        text = tr("%n call-backs are due: %1.", nullptr, int(callbacks.size())).arg(names.join(QStringLiteral(", ")));
        buttons.append({tr("Open the agenda"), [this] { Q_EMIT agendaRequested(); }});
    }
    m_announcedDebtor = callbacks.size() == 1 ? first.followUp.debtorId : 0;
    m_notice->showNotice(text.toHtmlEscaped(), NoticeBar::Tone::Alert, buttons);
    m_announced = m_notice->text();
    notifyDesktop(tr("Call-back due"), text);
}

void DeskAlerts::notifyDesktop(const QString &title, const QString &text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        const QIcon icon = m_window->windowIcon().isNull()
                               ? m_window->style()->standardIcon(QStyle::SP_MessageBoxInformation)
                               : m_window->windowIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QStringLiteral("Libreta"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            if (m_announcedDebtor)
                Q_EMIT startCallRequested(m_announcedDebtor);
            else
                Q_EMIT agendaRequested();
        });
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
}

} // namespace libreta::ui
