#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace libreta::ui {

// The actions of the debtor files, one set for all open files: each acts
// on the file in the current tab, so the shortcuts are listed once in Help ▸
// Keyboard shortcuts however many files are open. Their shortcuts work
// while the focus is anywhere inside the portfolio-and-files tabs.
class DebtorFileActions final : public QObject {
    Q_OBJECT

public:
    explicit DebtorFileActions(QWidget *owner);

    QAction *newDebtor = nullptr;
    QAction *editDebtor = nullptr;
    QAction *addContact = nullptr;
    QAction *editContact = nullptr;
    QAction *addInvoice = nullptr;
    QAction *editInvoice = nullptr;
    QAction *disputeInvoice = nullptr;
    QAction *recordPayment = nullptr;
    QAction *reversePayment = nullptr;
    // Write down what is owed without money coming in (supervisors).
    QAction *adjustBalance = nullptr;
    QAction *addNote = nullptr;
    QAction *correctNote = nullptr;
    QAction *correctCall = nullptr;
    QAction *scheduleFollowUp = nullptr;
    QAction *doNotContact = nullptr;
    // The office's activity about this debtor (the main window opens it).
    QAction *activity = nullptr;
    // Documents for the debtor (issue 7): statement and letters.
    QAction *statement = nullptr;
    QAction *confirmationLetter = nullptr;
    QAction *paymentReminder = nullptr;
    QAction *paidInFullLetter = nullptr;
    QAction *closeFile = nullptr;
    // The guided call: start (or go back to) the call on the current file,
    // move between its stages, save it, discard it.
    QAction *startCall = nullptr;
    QAction *nextStage = nullptr;
    QAction *previousStage = nullptr;
    QAction *saveCall = nullptr;
    QAction *discardCall = nullptr;
    // Between the portfolio and the open files. A table keeps Ctrl+Tab to
    // itself, so the tab widget's own handling never sees it.
    QAction *nextTab = nullptr;
    QAction *previousTab = nullptr;

    // Every action that needs an open file.
    QList<QAction *> fileActions() const;
    // Every action that needs a call in progress.
    QList<QAction *> callActions() const;
};

} // namespace libreta::ui
