#include "ui/statusfigures.h"

#include "store/callrepository.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace libreta::ui {

StatusFigures::StatusFigures(QStatusBar *bar)
    : QObject(bar), m_demo(new QLabel(bar)), m_user(new QLabel(bar)), m_file(new QLabel(bar)),
      m_promises(new QLabel(bar)), m_calls(new QLabel(bar))
{
    m_demo->setObjectName(QStringLiteral("statusDemo"));
    m_demo->setText(tr("Demo office"));
    m_demo->setToolTip(tr("The debtors, calls and payments of this file are invented, to try Libreta. "
                          "File ▸ New office file… starts your own office's file; File ▸ Import… brings "
                          "your debtors and invoices into it."));
    m_demo->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_demo->hide();
    bar->addPermanentWidget(m_demo);
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_file->setObjectName(QStringLiteral("statusFile"));
    m_promises->setObjectName(QStringLiteral("statusPromises"));
    m_calls->setObjectName(QStringLiteral("statusCalls"));
    for (QLabel *label : {m_user, m_file, m_promises, m_calls})
        bar->addPermanentWidget(label);
}

void StatusFigures::refresh(store::Database &db)
{
    const QLocale locale;
    m_file->setText(tr("File: %1").arg(QFileInfo(db.path()).fileName()));
    m_file->setToolTip(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath()));
    try {
        m_demo->setVisible(store::SettingsRepository(db).load().demo);
        m_user->setText(tr("User: %1").arg(DeskUser::describe(db)));
        const QDate today = QDate::currentDate();
        const qint64 promises = store::PortfolioRepository(db).promisesDueOn(today);
        const int calls = store::CallRepository(db).countStartedBetween(
            today.startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC());
        m_promises->setText(tr("Promises due today: %1").arg(locale.toString(promises)));
        m_calls->setText(tr("Calls today: %1").arg(locale.toString(calls)));
    } catch (const store::StoreError &) {
        // The figures are a convenience; the views report store failures.
        m_promises->clear();
        m_calls->clear();
    }
}

} // namespace libreta::ui
