#include "ui/statusfigures.h"

#include "services/backupservice.h"
#include "services/dayfigures.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"
#include "ui/elidinglabel.h"
#include "ui/moneyformatter.h"
#include "ui/officecurrency.h"
#include "ui/panelmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include <algorithm>
#include <climits>

namespace libreta::ui {

namespace {
// How far who and which file give way on a narrow window, in characters.
constexpr int kShortestName = 16;
} // namespace

StatusFigures::StatusFigures(QStatusBar *bar)
    : QObject(bar), m_who(new QWidget(bar)), m_demo(new QLabel(m_who)), m_user(new ElidingLabel(kShortestName, m_who)),
      m_file(new ElidingLabel(kShortestName, m_who)), m_backup(new QLabel(m_who)), m_promises(new QLabel(bar)),
      m_calls(new QLabel(bar)), m_target(new QLabel(bar))
{
    m_demo->setObjectName(QStringLiteral("statusDemo"));
    m_demo->setText(tr("Demo office"));
    m_demo->setToolTip(tr("The debtors, calls and payments of this file are invented, to try Libreta. "
                          "File ▸ New office file… starts your own office's file; File ▸ Import… brings "
                          "your debtors and invoices into it."));
    m_demo->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_demo->hide();
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_file->setObjectName(QStringLiteral("statusFile"));
    m_backup->setObjectName(QStringLiteral("statusBackup"));
    m_backup->setToolTip(tr("File ▸ Save a backup copy… saves the whole office in one file. Keep it away from "
                            "this computer too: if the computer fails, the copy is what is left."));
    m_backup->hide();
    m_promises->setObjectName(QStringLiteral("statusPromises"));
    m_calls->setObjectName(QStringLiteral("statusCalls"));
    m_target->setObjectName(QStringLiteral("statusTarget"));
    m_target->hide();
    // The last one: not drawn against the window's edge.
    m_target->setContentsMargins(0, 0, 6, 0);
    // Who and which file make way while a message is shown: at 1280 px
    // they left a message ("Backup saved in …") cut off at its point. The
    // day's figures stay.
    m_who->setObjectName(QStringLiteral("statusWho"));
    auto *who = new QHBoxLayout(m_who);
    who->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_demo, m_user, m_file, m_backup})
        who->addWidget(label);
    bar->addPermanentWidget(m_who);
    for (QLabel *label : {m_promises, m_calls, m_target})
        bar->addPermanentWidget(label);
    connect(bar, &QStatusBar::messageChanged, m_who, [this](const QString &message) {
        m_who->setVisible(message.isEmpty());
    });
}

void StatusFigures::refresh(store::Database &db)
{
    m_file->setText(tr("File: %1").arg(QFileInfo(db.path()).fileName()));
    m_file->setToolTip(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath()));
    try {
        const bool demo = store::SettingsRepository(db).load().demo;
        m_demo->setVisible(demo);
        showBackup(db, demo);
        m_user->setText(tr("User: %1").arg(DeskUser::describe(db)));
        m_user->setToolTip(m_user->text());
        showDayFigures(db);
    } catch (const store::StoreError &) {
        // The figures are a convenience; the views report store failures.
        m_promises->clear();
        m_calls->clear();
        m_backup->hide();
        m_target->hide();
    }
}

void StatusFigures::showDayFigures(store::Database &db)
{
    const QLocale locale;
    const services::DayFigures f = services::dayFigures(db, DeskUser::id(db), QDate::currentDate());
    if (f.own) {
        m_promises->setText(tr("My promises due today: %1").arg(locale.toString(f.promisesDue)));
        m_promises->setToolTip(tr("The promises due today in your agenda that you have not dealt with yet."));
        m_calls->setText(tr("My calls today: %1").arg(locale.toString(f.calls)));
        m_calls->setToolTip(tr("The calls you made today (a correction is not another call)."));
        // The month's target in sight, as the Panel's table by agent has it.
        m_target->setVisible(f.monthTarget.has_value());
        if (f.monthTarget) {
            const MoneyFormatter money(officeCurrency(db));
            m_target->setText(tr("My target this month: %1")
                                  .arg(PanelModel::percentReached(f.recoveredThisMonth.minor(), f.monthTarget->minor())));
            m_target->setToolTip(tr("Recovered this month: %1 of your monthly target of %2.")
                                     .arg(money.format(f.recoveredThisMonth), money.format(*f.monthTarget)));
        }
        return;
    }
    m_target->hide();
    m_promises->setText(tr("Promises due today: %1").arg(locale.toString(f.promisesDue)));
    m_promises->setToolTip(tr("The promises of the whole office due today and not yet kept or broken."));
    m_calls->setText(tr("Calls today: %1").arg(locale.toString(f.calls)));
    m_calls->setToolTip(tr("The calls the whole office made today (a correction is not another call)."));
}

void StatusFigures::showBackup(store::Database &db, bool demo)
{
    // A demo's debtors are invented and an empty office has nothing to lose
    // yet: neither is reminded.
    if (demo || store::PortfolioRepository(db).debtorCountUpTo(1) == 0) {
        m_backup->hide();
        return;
    }
    const domain::SystemClock clock;
    const std::optional<QDateTime> last = services::BackupService(db, clock).lastBackup();
    const qint64 days = last ? last->toLocalTime().date().daysTo(QDate::currentDate()) : -1;
    QString text;
    if (!last)
        text = tr("No backup copy yet");
    else if (days <= 0)
        text = tr("Backup copy: today");
    else if (days == 1)
        text = tr("Backup copy: yesterday");
    else
        text = tr("Backup copy: %Ln day(s) ago", nullptr, int(std::min<qint64>(days, INT_MAX)));
    const bool due = !last || days > kBackupDueDays;
    m_backup->setText(text);
    m_backup->setStyleSheet(due ? QStringLiteral("color: #8a4b00; font-weight: bold;") : QString());
    m_backup->setProperty("due", due);
    m_backup->show();
}

} // namespace libreta::ui
