#include "ui/agendaactions.h"

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace libreta::ui {
namespace {

QAction *make(QWidget *owner, const QString &name, const QString &text, const QString &tip,
              const QKeySequence &shortcut, const char *icon, QStyle::StandardPixmap fallback)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon), owner->style()->standardIcon(fallback)));
    owner->addAction(action);
    return action;
}

} // namespace

AgendaActions::AgendaActions(QWidget *owner) : QObject(owner)
{
    openFile = make(owner, QStringLiteral("agendaOpenFile"), tr("&Open file"), tr("Open the debtor's file (Enter)"),
                    QKeySequence(), "document-open", QStyle::SP_DirOpenIcon);
    startCall = make(owner, QStringLiteral("agendaStartCall"), tr("Start the &call"),
                     tr("Open the debtor's file and start the call"), QKeySequence(QStringLiteral("Ctrl+L")),
                     "call-start", QStyle::SP_MediaPlay);
    done = make(owner, QStringLiteral("agendaDone"), tr("&Done…"), tr("Mark the item done, with what came of it"),
                QKeySequence(QStringLiteral("Ctrl+D")), "task-complete", QStyle::SP_DialogApplyButton);
    reschedule = make(owner, QStringLiteral("agendaReschedule"), tr("&Reschedule…"),
                      tr("Move the item to another day or time"), QKeySequence(QStringLiteral("Ctrl+R")),
                      "appointment-new", QStyle::SP_BrowserReload);
    reassign = make(owner, QStringLiteral("agendaReassign"), tr("Re&assign…"),
                    tr("Give the item to another agent (supervisors)"), QKeySequence(), "system-users",
                    QStyle::SP_FileDialogDetailedView);
    printSheet = make(owner, QStringLiteral("agendaPrint"), tr("&Print day sheet…"),
                      tr("Print the day's follow-ups, with room to write down each result"),
                      QKeySequence(QStringLiteral("Ctrl+P")), "document-print", QStyle::SP_FileIcon);
    saveSheet = make(owner, QStringLiteral("agendaPdf"), tr("Save day sheet as PD&F…"),
                     tr("Save the day sheet as a PDF file"), QKeySequence(), "document-save-as",
                     QStyle::SP_DialogSaveButton);
}

QList<QAction *> AgendaActions::itemActions() const { return {openFile, startCall, done, reschedule, reassign}; }

} // namespace libreta::ui
