#include "ui/mainwindow.h"

#include "services/useofficecurrency.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "store/walcheckpointer.h"
#include "ui/agendaview.h"
#include "ui/datatransfer.h"
#include "ui/callpanel.h"
#include "ui/debtorfileactions.h"
#include "ui/deskuser.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/deskalerts.h"
#include "ui/firstwindowplacement.h"
#include "ui/nextcalldesk.h"
#include "ui/noticebar.h"
#include "ui/officebackup.h"
#include "ui/officecurrency.h"
#include "ui/panelview.h"
#include "ui/portfoliofilterbar.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"
#include "ui/preferencesdialog.h"
#include "ui/reviewsview.h"
#include "ui/shortcutswindow.h"
#include "ui/statusfigures.h"
#include "ui/uisettings.h"
#include "ui/userguidewindow.h"
#include "ui/whoisworkingdialog.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolBar>

namespace libreta::ui {
namespace {

constexpr int kFiguresRefreshMs = 60 * 1000;
constexpr int kStatusMessageMs = 8000;

QIcon themedIcon(const QWidget *w, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName), w->style()->standardIcon(fallback));
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Database> db, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<::Ui::MainWindow>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    services::useOfficeCurrency(*m_db);
    // Every section comes with the file (buildViews).
    m_figures = new StatusFigures(m_ui->statusBar);
    m_notice = new NoticeBar(this);
    m_ui->sectionsLayout->insertWidget(0, m_notice);
    setUpActions();
    buildViews();

    UiSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        placeOnFirstStart(this);
    restoreState(settings.windowState());
    m_ui->sideBar->setVisible(settings.sideBarShown());
    // Not shown yet, so isVisible() is false for every child: what counts
    // is whether a bar was hidden on purpose.
    m_ui->actionShowToolBar->setChecked(!m_ui->mainToolBar->isHidden());
    m_ui->actionShowSideBar->setChecked(!m_ui->sideBar->isHidden());
    // A call typed and never saved (the program or the machine died) comes
    // back, on the portfolio; only then is the section known for sure.
    m_settlingSection = true;
    showSection(settings.section());
    if (m_files->reopenCallDrafts() > 0)
        showSection(PortfolioSection);
    m_settlingSection = false;

    m_figures->refresh(*m_db);
    // Before the first paint: a band that came after it would push the
    // table down under the agent's eyes (about 50 ms later at a million).
    remindWhatWaits();
    startAlerts();
    m_figuresTimer.setInterval(kFiguresRefreshMs);
    connect(&m_figuresTimer, &QTimer::timeout, this, [this] { m_figures->refresh(*m_db); });
    m_figuresTimer.start();
}

MainWindow::~MainWindow()
{
    // The views read from the database: they go before it does.
    dropViews();
}

void MainWindow::setUpActions()
{
    const std::pair<QAction *, QIcon> icons[] = {
        {m_ui->actionNew, themedIcon(this, "document-new", QStyle::SP_FileIcon)},
        {m_ui->actionOpen, themedIcon(this, "document-open", QStyle::SP_DialogOpenButton)},
        {m_ui->actionQuit, themedIcon(this, "application-exit", QStyle::SP_DialogCloseButton)},
        {m_ui->actionAgenda, themedIcon(this, "x-office-calendar", QStyle::SP_FileDialogDetailedView)},
        {m_ui->actionPortfolio, themedIcon(this, "x-office-address-book", QStyle::SP_DirIcon)},
        {m_ui->actionReviews, themedIcon(this, "mail-mark-read", QStyle::SP_DialogApplyButton)},
        {m_ui->actionDashboard, themedIcon(this, "x-office-spreadsheet", QStyle::SP_ComputerIcon)},
        {m_ui->actionRefresh, themedIcon(this, "view-refresh", QStyle::SP_BrowserReload)},
        {m_ui->actionFind, themedIcon(this, "edit-find", QStyle::SP_FileDialogContentsView)},
        {m_ui->actionNextCall, themedIcon(this, "call-start", QStyle::SP_MediaSeekForward)},
        {m_ui->actionUserGuide, themedIcon(this, "help-contents", QStyle::SP_DialogHelpButton)},
        {m_ui->actionAbout, themedIcon(this, "help-about", QStyle::SP_MessageBoxInformation)},
    };
    for (const auto &[action, icon] : icons)
        action->setIcon(icon);

    QAction *sectionActions[] = {m_ui->actionAgenda, m_ui->actionPortfolio, m_ui->actionReviews,
                                 m_ui->actionDashboard};
    m_sectionActions = new QActionGroup(this);
    for (int i = 0; i < SectionCount; ++i) {
        m_sectionActions->addAction(sectionActions[i]);
        m_ui->sideBar->item(i)->setIcon(sectionActions[i]->icon());
        m_ui->sideBar->item(i)->setToolTip(sectionActions[i]->toolTip());
        connect(sectionActions[i], &QAction::triggered, this, [this, i] { chooseSection(i); });
    }
    connect(m_ui->sideBar, &QListWidget::currentRowChanged, this, &MainWindow::showSection);
    connect(m_ui->sideBar, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { chooseSection(m_ui->sideBar->row(item)); });

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::chooseNewFile);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseFileToOpen);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionNextCall, &QAction::triggered, this, &MainWindow::nextCall);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        showSection(PortfolioSection);
        m_files->setCurrentWidget(m_portfolio);
        m_portfolio->focusSearch();
    });
    connect(m_ui->actionShowToolBar, &QAction::toggled, m_ui->mainToolBar, &QWidget::setVisible);
    // The toolbar can also be hidden from the bars' own context menu.
    connect(m_ui->mainToolBar, &QToolBar::visibilityChanged, m_ui->actionShowToolBar, &QAction::setChecked);
    connect(m_ui->actionShowSideBar, &QAction::toggled, m_ui->sideBar, &QWidget::setVisible);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    // What these menus do happens in a debtor's file, beside the portfolio;
    // the next call picks its own place, and the discounts to approve are a
    // supervisor's form over whatever was open (the Panel, most often).
    for (QMenu *menu : {m_ui->menuDebtor, m_ui->menuWork})
        connect(menu, &QMenu::triggered, this, [this](QAction *action) {
            if (action != m_ui->actionNextCall && action != m_ui->actionDiscountApprovals)
                showSection(PortfolioSection);
        });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionOfficeRules, &QAction::triggered, this, &MainWindow::showOfficeRules);
    connect(m_ui->actionOfficeDetails, &QAction::triggered, this, &MainWindow::showOfficeDetails);
    connect(m_ui->actionOfficeUsers, &QAction::triggered, this, &MainWindow::showOfficeUsers);
    connect(m_ui->actionActivityLog, &QAction::triggered, this, [this] { showActivityLog(); });
    connect(m_ui->actionDiscountApprovals, &QAction::triggered, this, &MainWindow::showDiscountApprovals);
    connect(m_ui->actionAssignDebtors, &QAction::triggered, this, &MainWindow::showAssignDebtors);
    connect(m_ui->actionBatchDocuments, &QAction::triggered, this, &MainWindow::showBatchDocuments);
    connect(m_ui->actionCallScript, &QAction::triggered, this, &MainWindow::showCallScript);
    connect(m_ui->actionWhoIsWorking, &QAction::triggered, this, &MainWindow::askWhoIsWorking);
    connect(m_ui->actionChangePin, &QAction::triggered, this, &MainWindow::changeOwnPin);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_transfer = new DataTransfer(this, *m_clock);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::showImport);
    connect(m_transfer, &DataTransfer::imported, this, &MainWindow::refresh);
    connect(m_transfer, &DataTransfer::statusMessage, this, &MainWindow::showStatusMessage);
    const std::pair<QAction *, services::ExportKind> exports[] = {
        {m_ui->actionExportPortfolio, services::ExportKind::Portfolio},
        {m_ui->actionExportAgenda, services::ExportKind::Agenda},
        {m_ui->actionExportCalls, services::ExportKind::Calls},
        {m_ui->actionExportPromises, services::ExportKind::Promises},
        {m_ui->actionExportPayments, services::ExportKind::Payments},
        {m_ui->actionExportAdjustments, services::ExportKind::Adjustments},
    };
    for (const auto &[action, kind] : exports)
        connect(action, &QAction::triggered, this, [this, kind = kind] {
            m_transfer->chooseAndExport(kind, *m_db, m_portfolio->model()->query());
        });

    m_backup = new OfficeBackup(this, *m_clock);
    connect(m_ui->actionBackup, &QAction::triggered, this, [this] { m_backup->chooseAndSave(m_db->path()); });
    connect(m_backup, &OfficeBackup::statusMessage, this, &MainWindow::showStatusMessage);
    // The status bar's "last copy" follows at once.
    connect(m_backup, &OfficeBackup::saved, this, [this] { m_figures->refresh(*m_db); });
}

ImportWizard *MainWindow::showImport() { return m_transfer->showImport(*m_db, DeskUser::id(*m_db)); }

void MainWindow::buildViews()
{
    m_agenda = new AgendaView(*m_db, this);
    m_portfolio = new PortfolioView(*m_db, this);
    m_portfolio->deskUserChanged(DeskUser::current(*m_db));
    m_files = new DebtorFileTabs(*m_db, m_portfolio, this);
    m_portfolio->setStartActions(m_files->actions()->newDebtor, m_ui->actionImport);
    fillFileMenus();
    m_reviews = new ReviewsView(*m_db, *m_clock, this);
    m_ui->sections->insertWidget(AgendaSection, m_agenda);
    m_ui->sections->insertWidget(PortfolioSection, m_files);
    m_ui->sections->insertWidget(ReviewsSection, m_reviews);
    buildPanel();
    connect(m_reviews, &ReviewsView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_reviews, &ReviewsView::debtorActivated, this, &MainWindow::showDebtorFile);
    connect(m_files->actions()->activity, &QAction::triggered, this, [this] {
        if (const DebtorFileView *file = m_files->currentFile())
            showActivityLog(file->debtorId());
    });
    connect(m_agenda, &AgendaView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_portfolio, &PortfolioView::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_files, &DebtorFileTabs::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_files, &DebtorFileTabs::debtorChanged, this, [this](domain::Id debtorId) {
        m_agenda->reload();
        m_figures->refresh(*m_db);
        if (m_alerts)
            m_alerts->check();
        nextCallDone(debtorId);
    });
    connect(m_files, &DebtorFileTabs::fileClosed, this, &MainWindow::nextCallDone);
    connect(m_agenda, &AgendaView::debtorActivated, this, &MainWindow::showDebtorFile);
    connect(m_agenda, &AgendaView::startCallRequested, this, [this](domain::Id debtorId) {
        showSection(PortfolioSection);
        m_files->startCall(debtorId);
    });
    connect(m_agenda, &AgendaView::debtorChanged, this, [this](domain::Id debtorId) {
        if (DebtorFileView *file = m_files->fileFor(debtorId))
            file->reload();
        m_figures->refresh(*m_db);
        if (m_alerts)
            m_alerts->check();
    });
    m_files->setClock(*m_clock);
    m_agenda->setClock(*m_clock);
    setWindowTitle(QStringLiteral("%1 — Libreta").arg(QFileInfo(m_db->path()).fileName()));
}

void MainWindow::fillFileMenus()
{
    // The debtor files' actions, listed with their keys: the menus teach
    // the shortcuts an agent then uses all day. They act on the file in
    // the current tab, which comes into view when chosen from a menu.
    const DebtorFileActions *a = m_files->actions();
    QMenu *debtor = m_ui->menuDebtor;
    debtor->clear();
    debtor->addActions({a->newDebtor, a->editDebtor, a->addContact, a->addInvoice, a->recordPayment, a->reversePayment, a->adjustBalance, a->addNote,
                        a->scheduleFollowUp, a->doNotContact, a->activity});
    debtor->addAction(m_ui->actionAssignDebtors);
    debtor->addSeparator();
    debtor->addActions({a->statement, a->paymentReminder, a->confirmationLetter, a->paidInFullLetter});
    debtor->addAction(m_ui->actionBatchDocuments);
    debtor->addSeparator();
    debtor->addAction(a->closeFile);
    QMenu *work = m_ui->menuWork;
    work->clear();
    work->addAction(m_ui->actionNextCall);
    work->addAction(m_ui->actionDiscountApprovals);
    work->addSeparator();
    work->addActions({a->startCall, a->previousStage, a->nextStage, a->saveCall, a->discardCall});
    work->addSeparator();
    work->addAction(a->correctCall);
}

void MainWindow::dropViews()
{
    stopDeskWatchers();
    for (QWidget *view : std::initializer_list<QWidget *>{m_agenda, m_files, m_reviews, m_panel}) {
        if (!view)
            continue;
        m_ui->sections->removeWidget(view);
        delete view;
    }
    m_agenda = nullptr;
    m_reviews = nullptr;
    m_panel = nullptr;
    m_portfolio = nullptr;
    m_files = nullptr;
}

void MainWindow::setDatabase(std::unique_ptr<store::Database> db)
{
    const int section = currentSection();
    dropViews();
    // What the band said (a call-back, the discounts waiting, the next call's
    // reason) was about the file being left; its buttons would act on the new one.
    m_notice->dismiss();
    m_db = std::move(db);
    services::useOfficeCurrency(*m_db);
    buildViews();
    m_settlingSection = true;
    showSection(section);
    if (m_files->reopenCallDrafts() > 0)
        showSection(PortfolioSection);
    m_settlingSection = false;
    m_figures->refresh(*m_db);
    remindWhatWaits();
    startAlerts();
    if (m_backgroundWork)
        startDeskWatchers();
    UiSettings().addRecentFile(m_db->path());
    Q_EMIT databaseChanged(m_db->path());
    Q_EMIT deskUserChanged();
    if (DeskUser::needsChoice(*m_db))
        askWhoIsWorking();
}

void MainWindow::showSection(int section)
{
    if (section < 0 || section >= SectionCount)
        section = PortfolioSection;
    // The side bar's own signal brings us back here: what happens on
    // arriving at a section happens once.
    const bool arriving = m_ui->sections->currentIndex() != section;
    m_ui->sections->setCurrentIndex(section);
    m_sectionActions->actions().at(section)->setChecked(true);
    if (m_ui->sideBar->currentRow() != section)
        m_ui->sideBar->setCurrentRow(section);
    if (arriving && section == ReviewsSection && m_db && !m_settlingSection)
        reviewsRead();
}

void MainWindow::chooseSection(int section)
{
    showSection(section);
    // Portfolio, chosen by the person, is the list: with a dozen files open
    // its own tab may have scrolled out of the tab bar. The files stay open.
    if (section == PortfolioSection)
        m_files->setCurrentWidget(m_portfolio);
    // The agenda chosen is worked by keyboard at once (↓, Enter, Ctrl+D):
    // the keys would otherwise stay wherever they were, in a file now hidden.
    if (section == AgendaSection)
        m_agenda->focusList();
}

int MainWindow::currentSection() const { return m_ui->sections->currentIndex(); }

void MainWindow::refresh()
{
    m_agenda->reload();
    m_files->reloadAll();
    m_reviews->reload();
    m_panel->reload();
    m_figures->refresh(*m_db);
}

QDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(officeCurrency(*m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->changedSettings())
            showStatusMessage(tr("Preferences saved: Libreta uses them the next time it starts."));
    });
    dialog->open();
    return dialog;
}

QDialog *MainWindow::askWhoIsWorking()
{
    auto *dialog = new WhoIsWorkingDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_figures->refresh(*m_db);
        m_agenda->deskUserChanged();
        m_files->deskUserChanged();
        m_portfolio->deskUserChanged(DeskUser::current(*m_db));
        m_reviews->reload();
        m_panel->reload();  // whose figures the desk may read
        Q_EMIT deskUserChanged();
        deskUserReviewsChanged();
        // The discounts were the last person's to decide, or not theirs.
        if (!m_notice->isHidden() && m_notice->text() == m_discountNotice)
            m_notice->dismiss();
        // ... and so was the call Next call found for them.
        if (!m_notice->isHidden() && m_notice->text() == m_nextCallNotice) {
            m_notice->dismiss();
            m_nextCallDebtor.reset();
        }
        m_alerts->deskUserChanged();  // first: their call-back keeps the band
        remindWhatWaits();
        showStatusMessage(tr("Working as %1.").arg(DeskUser::describe(*m_db)));
    });
    dialog->open();
    return dialog;
}

ShortcutsWindow *MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsWindow(this, this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

UserGuideWindow *MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuideWindow(QLocale(), this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Libreta"),
                       tr("<h3>Libreta %1</h3><p>A desk for collecting overdue accounts by phone: know the "
                          "debtor before dialling, follow the call through its stages, and act on every "
                          "promise.</p><p>Your data stays in the file you open; nothing is sent anywhere.</p>")
                           .arg(QStringLiteral(LIBRETA_VERSION)));
}

void MainWindow::showDebtorFile(domain::Id debtorId)
{
    showSection(PortfolioSection);
    m_files->openDebtor(debtorId);
}

void MainWindow::showStatusMessage(const QString &text)
{
    m_ui->statusBar->showMessage(text, kStatusMessageMs);
}

void MainWindow::setClock(const domain::Clock &clock)
{
    m_clock = &clock;
    m_files->setClock(clock);
    m_agenda->setClock(clock);
    // The alarm reads the time from the clock it was made with.
    delete m_alerts;
    startAlerts();
    if (m_backgroundWork)
        m_alerts->startDayWatcher();
}

void MainWindow::startBackgroundWork()
{
    if (m_backgroundWork)
        return;
    m_backgroundWork = true;
    // The agenda is read now if the window opened on another section, so it
    // is ready when the agent goes to it.
    m_agenda->ensureLoaded();
    startDeskWatchers();
}

void MainWindow::startAlerts()
{
    m_alerts = new DeskAlerts(*m_db, *m_clock, m_notice, this);
    connect(m_alerts, &DeskAlerts::dayChanged, this, [this](const QDate &today) {
        m_agenda->setToday(today);
        m_figures->refresh(*m_db);
    });
    connect(m_alerts, &DeskAlerts::rolledOver, this, [this] {
        m_agenda->reload();
        m_files->reloadAll();
        m_figures->refresh(*m_db);
    });
    connect(m_alerts, &DeskAlerts::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_alerts, &DeskAlerts::startCallRequested, this, [this](domain::Id debtorId) {
        showSection(PortfolioSection);
        m_files->startCall(debtorId);
    });
    connect(m_alerts, &DeskAlerts::agendaRequested, this, [this] {
        showSection(AgendaSection);
        m_agenda->showDay(m_agenda->today());
    });
    m_alerts->startAlarm();
}

void MainWindow::startDeskWatchers()
{
    // Commits no longer copy the log back into the file themselves.
    m_checkpointer = new store::WalCheckpointer(*m_db, store::WalCheckpointer::kDefaultIntervalMs, this);
    m_alerts->startDayWatcher();
}

void MainWindow::stopDeskWatchers()
{
    delete m_alerts;  // they read the database being left
    m_alerts = nullptr;
    delete m_checkpointer;
    m_checkpointer = nullptr;
}

void MainWindow::nextCall()
{
    // One call at a time: a call with something recorded in it, left open
    // when the next one starts, ends with nothing saved, not even the
    // attempt. Its draft would survive, but the queue would offer the
    // debtor again and the tabs pile up. A call offered and not begun is
    // passed over by asking again, as before.
    for (DebtorFileView *file : m_files->files()) {
        if (file->callPanel() && !file->callPanel()->isClosed() && file->callPanel()->isTouched()) {
            showSection(PortfolioSection);
            m_files->openDebtor(file->debtorId());
            m_notice->showNotice(tr("The call with %1 is still open: save it (Ctrl+S) or discard it, then ask for "
                                    "the next call.")
                                     .arg(file->file().debtor.name.toHtmlEscaped()),
                                 NoticeBar::Tone::Alert, {});
            return;
        }
    }
    const NextCallDesk::Answer answer = NextCallDesk(*m_db, *m_clock).ask();
    if (!answer.error.isEmpty()) {
        showStatusMessage(answer.error);
        return;
    }
    QList<NoticeBar::Button> buttons;
    if (answer.debtorId) {
        showSection(PortfolioSection);
        m_files->startQueuedCall(*answer.debtorId);
        buttons.append({tr("Next call"), [this] { nextCall(); }});
    }
    m_notice->showNotice(answer.notice, answer.tone, buttons);
    m_nextCallDebtor = answer.debtorId;
    m_nextCallNotice = m_notice->text();
}

void MainWindow::nextCallDone(domain::Id debtorId)
{
    if (m_nextCallDebtor != debtorId || m_notice->isHidden() || m_notice->text() != m_nextCallNotice)
        return;
    // Saved in the middle of the call (a note, a contact): the band still
    // says what the call is for.
    if (const DebtorFileView *file = m_files->fileFor(debtorId); file && file->callPanel() && !file->callPanel()->isClosed())
        return;
    // What it said (a promise due, a call-back) is done or no longer on
    // screen; its button stays, for the next one.
    m_nextCallDebtor.reset();
    m_notice->showNotice(tr("Ready for the next call."), NoticeBar::Tone::Info, {{tr("Next call"), [this] { nextCall(); }}});
    m_nextCallNotice = m_notice->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_agenda && m_agenda->isVisible()) {
        m_agenda->reload();
        if (m_alerts)
            m_alerts->check();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->closeAllFiles()) {
        event->ignore();
        return;
    }
    UiSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSection(currentSection());
    settings.setSideBarShown(!m_ui->sideBar->isHidden());
    m_agenda->saveLayout();
    m_portfolio->saveLayout();
    event->accept();
}

} // namespace libreta::ui
