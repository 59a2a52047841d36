#include "ui/debtorfileactions.h"

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace libreta::ui {
namespace {

QAction *make(QWidget *owner, const QString &objectName, const QString &text, const QString &toolTip,
              const QKeySequence &shortcut, const char *icon = nullptr,
              QStyle::StandardPixmap fallback = QStyle::SP_CustomBase)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (icon)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(icon), fallback == QStyle::SP_CustomBase
                                                                       ? QIcon()
                                                                       : owner->style()->standardIcon(fallback)));
    owner->addAction(action);
    return action;
}

} // namespace

DebtorFileActions::DebtorFileActions(QWidget *owner) : QObject(owner)
{
    newDebtor = make(owner, QStringLiteral("actionNewDebtor"), tr("New &debtor…"), tr("Add a debtor to the portfolio"),
                     QKeySequence(QStringLiteral("Ctrl+Shift+D")), "contact-new", QStyle::SP_FileIcon);
    editDebtor = make(owner, QStringLiteral("actionEditDebtor"), tr("&Edit debtor…"),
                      tr("Change the debtor's name, reference, time zone, risk, value, agent or status"),
                      QKeySequence(QStringLiteral("Ctrl+Shift+E")), "document-edit");
    addContact = make(owner, QStringLiteral("actionAddContact"), tr("Add &contact…"),
                      tr("Add a person who can be reached for this debtor"),
                      QKeySequence(QStringLiteral("Ctrl+Shift+C")), "list-add");
    editContact = make(owner, QStringLiteral("actionEditContact"), tr("Edit con&tact…"),
                       tr("Change the selected contact, its phones and e-mails"), QKeySequence(), "document-edit");
    addInvoice = make(owner, QStringLiteral("actionAddInvoice"), tr("Add &invoice…"), tr("Add an invoice this debtor owes"),
                      QKeySequence(QStringLiteral("Ctrl+Shift+I")), "list-add");
    editInvoice = make(owner, QStringLiteral("actionEditInvoice"), tr("Edi&t invoice…"),
                       tr("Correct the selected invoice's number, dates or amount where it was typed wrong; "
                          "supervisors"),
                       QKeySequence(), "document-edit");
    disputeInvoice = make(owner, QStringLiteral("actionDisputeInvoice"), tr("&Dispute…"),
                          tr("Mark the selected invoice disputed, with the debtor's reason, or clear the dispute"),
                          QKeySequence(), "dialog-warning");
    recordPayment = make(owner, QStringLiteral("actionRecordPayment"), tr("Record &payment…"),
                         tr("Record money received: which invoices it pays and which promises it settles"),
                         QKeySequence(QStringLiteral("Ctrl+Shift+P")), "wallet-open", QStyle::SP_DialogApplyButton);
    reversePayment = make(owner, QStringLiteral("actionReversePayment"), tr("Re&verse payment…"),
                          tr("Take back the selected payment (a bounced cheque, a payment recorded by mistake): "
                             "what it paid is owed again"),
                          QKeySequence(), "edit-undo");
    adjustBalance = make(owner, QStringLiteral("actionAdjustBalance"), tr("Adjust &balance…"),
                         tr("Take off what will not be collected: a discount agreed, a correction of a wrong "
                            "invoice, a write-off"),
                         QKeySequence(), "accessories-calculator");
    addNote = make(owner, QStringLiteral("actionAddNote"), tr("Add &note"), tr("Write a note in the file (Ctrl+Enter saves it)"),
                   QKeySequence(QStringLiteral("Ctrl+Shift+N")), "document-edit", QStyle::SP_FileDialogContentsView);
    correctNote = make(owner, QStringLiteral("actionCorrectNote"), tr("C&orrect note"),
                       tr("Add a correction to the selected note; the note itself stays as it was"), QKeySequence(),
                       "edit-undo");
    correctCall = make(owner, QStringLiteral("actionCorrectCall"), tr("Co&rrect call…"),
                       tr("Correct what was written about the selected call; the call itself stays as it was"),
                       QKeySequence(), "edit-undo");
    scheduleFollowUp = make(owner, QStringLiteral("actionScheduleFollowUp"), tr("Sc&hedule follow-up…"),
                            tr("A call-back or a task on a date, shown in the agenda"),
                            QKeySequence(QStringLiteral("Ctrl+Shift+F")), "appointment-new",
                            QStyle::SP_FileDialogDetailedView);
    doNotContact = make(owner, QStringLiteral("actionDoNotContact"), tr("Do n&ot contact…"),
                        tr("Mark the debtor do-not-contact with the reason, or lift the mark"), QKeySequence(),
                        "dialog-cancel", QStyle::SP_MessageBoxWarning);
    activity = make(owner, QStringLiteral("actionDebtorActivity"), tr("Activit&y…"),
                    tr("Who recorded what about this debtor, and when: calls, payments, notes, follow-ups, changes"),
                    QKeySequence(), "view-history");
    statement = make(owner, QStringLiteral("actionStatement"), tr("Account &statement…"),
                     tr("The debtor's invoices, payments, outstanding and days past due, to print or save as PDF"),
                     QKeySequence(), "document-print", QStyle::SP_FileDialogDetailedView);
    confirmationLetter = make(owner, QStringLiteral("actionConfirmationLetter"), tr("Con&firmation letter…"),
                              tr("The promise or plan agreed, with amounts, dates, method and how to pay"),
                              QKeySequence(), "mail-send");
    paidInFullLetter = make(owner, QStringLiteral("actionPaidInFullLetter"), tr("Paid-in-f&ull letter…"),
                            tr("A letter stating the debtor owes nothing (only once the balance is zero)"),
                            QKeySequence(), "mail-mark-important");
    paymentReminder = make(owner, QStringLiteral("actionPaymentReminder"), tr("Payment &reminder…"),
                           tr("A letter listing the overdue invoices and a date to pay them by"), QKeySequence(),
                           "mail-message-new");
    closeFile = make(owner, QStringLiteral("actionCloseFile"), tr("C&lose file"), tr("Close this debtor's file"),
                     QKeySequence(QStringLiteral("Ctrl+W")), "window-close");
    closeFile->setShortcuts({QKeySequence(QStringLiteral("Ctrl+W")), QKeySequence(QStringLiteral("Ctrl+F4"))});
    startCall = make(owner, QStringLiteral("actionStartCall"), tr("Start ca&ll"),
                     tr("Open the guided call beside the debtor's file, after checking the contact rules"),
                     QKeySequence(QStringLiteral("Ctrl+T")), "call-start", QStyle::SP_MediaPlay);
    nextStage = make(owner, QStringLiteral("actionNextStage"), tr("Next stage of the call"),
                     tr("Presentation, listening, negotiation, pre-close, close"), QKeySequence(QStringLiteral("Alt+Right")));
    previousStage = make(owner, QStringLiteral("actionPreviousStage"), tr("Previous stage of the call"),
                         tr("Back to the stage before"), QKeySequence(QStringLiteral("Alt+Left")));
    saveCall = make(owner, QStringLiteral("actionSaveCall"), tr("Save call"),
                    tr("Save the call with its outcome, promise and follow-ups"), QKeySequence(QStringLiteral("Ctrl+S")));
    // A call started on the wrong debtor is let go in a key or two.
    discardCall = make(owner, QStringLiteral("actionDiscardCall"), tr("Discard call"),
                       tr("Forget the call in progress without saving it"), QKeySequence(QStringLiteral("Ctrl+Shift+Del")));
    // A call in progress answers its keys wherever the focus is in the window
    // (the side bar, a dialog just closed): the tabs act only on a call in view.
    for (QAction *action : {nextStage, previousStage, saveCall, discardCall})
        action->setShortcutContext(Qt::WindowShortcut);
    nextTab = make(owner, QStringLiteral("actionNextTab"), tr("Next tab"), tr("The next open file, or the portfolio"),
                   QKeySequence(QStringLiteral("Ctrl+Tab")));
    nextTab->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Tab")), QKeySequence(QStringLiteral("Ctrl+PgDown"))});
    previousTab = make(owner, QStringLiteral("actionPreviousTab"), tr("Previous tab"),
                       tr("The previous open file, or the portfolio"), QKeySequence(QStringLiteral("Ctrl+Shift+Tab")));
    previousTab->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Tab")), QKeySequence(QStringLiteral("Ctrl+PgUp"))});
}

QList<QAction *> DebtorFileActions::fileActions() const
{
    return {editDebtor, addContact, editContact, addInvoice, editInvoice, disputeInvoice, recordPayment, reversePayment, adjustBalance, addNote,
            correctNote, correctCall, scheduleFollowUp, doNotContact, activity, statement, confirmationLetter, paidInFullLetter, paymentReminder, closeFile,
            startCall};
}

QList<QAction *> DebtorFileActions::callActions() const { return {nextStage, previousStage, saveCall, discardCall}; }

} // namespace libreta::ui
