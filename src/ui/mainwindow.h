#pragma once

#include "domain/clock.h"
#include "domain/entities.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QDialog;

namespace Ui {
class MainWindow;
}

namespace libreta::services {
struct OfficeSetup;
}

namespace libreta::store {
class Database;
class WalCheckpointer;
}

namespace libreta::ui {

class ActivityLogDialog;
class AgendaView;
class AssignDialog;
class DocumentBatchDialog;
class DataTransfer;
class DiscountApprovalsDialog;
class ReviewsView;
class PanelView;
class OfficeBackup;
class ImportWizard;
class DebtorFileTabs;
class DeskAlerts;
class NoticeBar;
class PortfolioView;
class ShortcutsWindow;
class UserGuideWindow;
class StatusFigures;

// The desk: a side bar of sections (agenda, portfolio, and the two that
// arrive later), the menus and toolbar, and a status bar with the day's
// figures. It owns the open database file and swaps it on File ▸ Open.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // What File ▸ Open and File ▸ New office file offer.
    static QString officeFileFilter();

    enum Section { AgendaSection, PortfolioSection, ReviewsSection, DashboardSection, SectionCount };

    explicit MainWindow(std::unique_ptr<store::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(int section);
    // What the side bar, the toolbar and Ctrl+1…4 do: the section, and for
    // the portfolio its list rather than the file last looked at.
    void chooseSection(int section);
    int currentSection() const;
    store::Database &database() { return *m_db; }
    AgendaView *agendaView() const { return m_agenda; }
    ReviewsView *reviewsView() const { return m_reviews; }
    PanelView *panelView() const { return m_panel; }
    PortfolioView *portfolioView() const { return m_portfolio; }
    // The portfolio's page: the portfolio and the debtor files open beside it.
    DebtorFileTabs *debtorFiles() const { return m_files; }
    // Edit ▸ Preferences and Help ▸ Keyboard shortcuts; neither blocks the
    // caller (the preferences are window-modal), so tests and screenshots
    // can look at them.
    QDialog *showPreferences();
    // Edit ▸ Office rules (read-only for an agent).
    QDialog *showOfficeRules();
    QDialog *showOfficeDetails();
    // Edit ▸ Office users (read-only but for an administrator).
    QDialog *showOfficeUsers();
    // Edit ▸ Call script: the stages' words and the answers to objections.
    QDialog *showCallScript();
    // Edit ▸ Office activity: who recorded what, and when; Debtor ▸
    // Activity: about the file in view (window-modal, returns at once).
    ActivityLogDialog *showActivityLog(std::optional<domain::Id> debtorId = std::nullopt);
    // Work ▸ Discounts to approve: a supervisor decides the discounts
    // agreed above the office's limit (window-modal, returns at once).
    DiscountApprovalsDialog *showDiscountApprovals();
    // Debtor ▸ Assign debtors: to the agents, those selected in the
    // portfolio or all it shows (window-modal, returns at once).
    AssignDialog *showAssignDebtors();
    // Debtor ▸ Documents for several debtors: those selected in the
    // portfolio or all it shows (window-modal, returns at once).
    DocumentBatchDialog *showBatchDocuments();
    // Both reminders below, as the file opens (before its first paint) and
    // when someone else sits down.
    void remindWhatWaits();
    // A supervisor at the desk hears of the discounts waiting for a
    // decision, in the notice band (unless a call-back holds it).
    void remindDiscounts();
    // An agent's band: reviews of their calls they have not read yet.
    void remindReviews();
    // The agent opened their reviews: the band about them goes.
    void reviewsRead();
    // Who is working changed: the reviews' band and bold were the person's before.
    void deskUserReviewsChanged();
    // File ▸ New office file once its place, name and currency are chosen:
    // makes the file, sets it up and opens it. False (with the reason
    // shown, and no file left) when it cannot.
    bool startNewOffice(const QString &path, const services::OfficeSetup &setup);
    // File ▸ Who is working (window-modal, does not block); also opened at
    // start when the office lists users and none is at this desk yet.
    QDialog *askWhoIsWorking();
    // File ▸ Change my PIN: the desk's person sets their own; nullptr (and
    // a status message) when nobody is named at the desk.
    QDialog *changeOwnPin();
    ShortcutsWindow *showShortcuts();
    // Help ▸ User guide: one window, raised again when asked again.
    UserGuideWindow *showUserGuide();
    // File ▸ Import… (window-modal, returns at once) and File ▸ Export.
    ImportWizard *showImport();
    DataTransfer *dataTransfer() const { return m_transfer; }
    OfficeBackup *backup() const { return m_backup; }

    // The clock the desk dates things by (tests set a fixed one).
    void setClock(const domain::Clock &clock);
    // What the desk does once its window is on screen: the day roll-over
    // (on a thread of its own), the watch for the day changing, and the
    // log's checkpoints (the alarm for timed call-backs is already on, since
    // the window was made). app/main.cpp calls it after the first paint, so
    // none of it delays the window.
    void startBackgroundWork();
    // Work ▸ Next call (F6): asks the work queue for the next debtor, opens
    // their file for the call and says why it was chosen.
    void nextCall();
    // The call Next call started was saved, or its file closed: the band
    // stops describing it.
    void nextCallDone(domain::Id debtorId);
    NoticeBar *noticeBar() const { return m_notice; }

Q_SIGNALS:
    // Another file was opened or created: the app remembers it for next time.
    void databaseChanged(const QString &path);
    // Someone else said they are at the desk: views that depend on who is
    // working (their agenda, their queue) read again.
    void deskUserChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Back at the desk (from a terminal where a payment was posted or the
    // day rolled over): the agenda on screen is read again.
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void buildViews();
    void buildPanel();  // mainwindowpanel.cpp
    void fillFileMenus();
    void dropViews();
    void setDatabase(std::unique_ptr<store::Database> db);
    bool openFile(const QString &path, bool create);
    void chooseFileToOpen();
    void chooseNewFile();
    void fillRecentMenu();
    void refresh();
    void showAbout();
    void showStatusMessage(const QString &text);
    // The debtor's file, in the portfolio's page (from the agenda, Reviews
    // and the office's lists).
    void showDebtorFile(domain::Id debtorId);
    // The call-back alarm, before the first paint; the roll-over and the
    // log's checkpoints after it (startDeskWatchers).
    void startAlerts();
    void startDeskWatchers();
    void stopDeskWatchers();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    std::unique_ptr<store::Database> m_db;
    AgendaView *m_agenda = nullptr;
    ReviewsView *m_reviews = nullptr;
    PanelView *m_panel = nullptr;
    PortfolioView *m_portfolio = nullptr;  // owned by m_files
    DebtorFileTabs *m_files = nullptr;
    StatusFigures *m_figures = nullptr;
    QActionGroup *m_sectionActions = nullptr;
    QTimer m_figuresTimer;
    store::WalCheckpointer *m_checkpointer = nullptr;  // while the desk watchers run
    QPointer<ShortcutsWindow> m_shortcuts;
    QPointer<UserGuideWindow> m_guide;
    NoticeBar *m_notice = nullptr;
    QString m_discountNotice;  // the band's text while it tells of discounts waiting
    QString m_reviewsNotice;   // ... or of reviews the agent has not read
    QString m_nextCallNotice;  // ... or of the call Next call started
    std::optional<domain::Id> m_nextCallDebtor;
    bool m_settlingSection = false;  // the first section of a file is being chosen
    domain::SystemClock m_systemClock;
    const domain::Clock *m_clock = &m_systemClock;
    bool m_backgroundWork = false;
    DeskAlerts *m_alerts = nullptr;
    DataTransfer *m_transfer = nullptr;
    OfficeBackup *m_backup = nullptr;
};

} // namespace libreta::ui
