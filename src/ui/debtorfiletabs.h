#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QSet>
#include <QTabWidget>

class QDialog;

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class DebtorFileActions;
class DebtorFileView;
class PortfolioView;

// The portfolio page with debtor files beside it: the portfolio is the
// first tab (it never closes) and every file opened with Enter or a
// double-click on a debtor gets a tab of its own. Opening a debtor already
// open goes to its tab. Ctrl+W closes the current file, asking first when
// it holds unsaved edits.
class DebtorFileTabs final : public QTabWidget {
    Q_OBJECT

public:
    // Takes `portfolio` as its first tab (and owns it from then on).
    DebtorFileTabs(store::Database &db, PortfolioView *portfolio, QWidget *parent = nullptr);
    ~DebtorFileTabs() override;

    // The clock files and forms date things by (tests set a fixed one).
    void setClock(const domain::Clock &clock) { m_clock = &clock; }
    DebtorFileActions *actions() const { return m_actions; }
    PortfolioView *portfolio() const { return m_portfolio; }

    // Opens (or goes to) the debtor's file; a call typed there and never
    // saved comes back in its call panel.
    DebtorFileView *openDebtor(domain::Id debtorId);
    // Opens (or goes to) the debtor's file and starts the guided call in it
    // (or goes back to the call in progress): what "Start call" does, for
    // the agenda and the work queue too.
    DebtorFileView *startCall(domain::Id debtorId);
    // What Next call does: the files earlier Next calls opened whose call
    // is over and that hold nothing unsaved are closed first (dozens of
    // calls an hour would otherwise leave dozens of tabs), then the call
    // starts as startCall does. A file that was open already stays open.
    DebtorFileView *startQueuedCall(domain::Id debtorId);
    // The first start after a crash: opens the files of this desk's unsaved
    // calls, each with its call back. Returns how many.
    int reopenCallDrafts();
    // nullptr when no debtor has that reference.
    DebtorFileView *openDebtorByRef(const QString &externalRef);
    DebtorFileView *currentFile() const;
    DebtorFileView *fileFor(domain::Id debtorId) const;
    QList<DebtorFileView *> files() const;
    // Closes the file in tab `index`, asking first about unsaved edits;
    // false when the person chose to keep editing.
    bool closeFile(int index);
    // Every file, each asking about its unsaved edits; false as soon as one
    // is kept open (the rest stay open too).
    bool closeAllFiles();
    void reloadAll();
    // The open files act for whoever File ▸ Who is working now names.
    void deskUserChanged();
    QDialog *newDebtor();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Something was saved in a debtor's file (or a debtor was added): the
    // agenda and the day's figures may have moved.
    void debtorChanged(domain::Id debtorId);
    // A debtor's file was closed.
    void fileClosed(domain::Id debtorId);

private:
    void connectPortfolio();
    void connectActions();
    void updateActions();
    void onCurrentChanged(int index);
    void fileChanged();

    QSet<domain::Id> m_queuedFiles;  // opened by Next call (startQueuedCall)
    store::Database &m_db;
    domain::SystemClock m_systemClock;
    const domain::Clock *m_clock = &m_systemClock;
    PortfolioView *m_portfolio = nullptr;
    DebtorFileActions *m_actions = nullptr;
    bool m_portfolioStale = false;
};

} // namespace libreta::ui
