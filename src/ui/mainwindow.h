#pragma once

#include "domain/clock.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QDialog;

namespace Ui {
class MainWindow;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class AgendaView;
class DataTransfer;
class ImportWizard;
class DebtorFileTabs;
class PortfolioView;
class ShortcutsWindow;
class StatusFigures;

// The desk: a side bar of sections (agenda, portfolio, and the two that
// arrive later), the menus and toolbar, and a status bar with the day's
// figures. It owns the open database file and swaps it on File ▸ Open.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    enum Section { AgendaSection, PortfolioSection, ReviewsSection, DashboardSection, SectionCount };

    explicit MainWindow(std::unique_ptr<store::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(int section);
    int currentSection() const;
    store::Database &database() { return *m_db; }
    AgendaView *agendaView() const { return m_agenda; }
    PortfolioView *portfolioView() const { return m_portfolio; }
    // The portfolio's page: the portfolio and the debtor files open beside it.
    DebtorFileTabs *debtorFiles() const { return m_files; }
    // Edit ▸ Preferences and Help ▸ Keyboard shortcuts; neither blocks the
    // caller (the preferences are window-modal), so tests and screenshots
    // can look at them.
    QDialog *showPreferences();
    ShortcutsWindow *showShortcuts();
    // File ▸ Import… (window-modal, returns at once) and File ▸ Export.
    ImportWizard *showImport();
    DataTransfer *dataTransfer() const { return m_transfer; }

Q_SIGNALS:
    // Another file was opened or created: the app remembers it for next time.
    void databaseChanged(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void buildViews();
    void dropViews();
    void setDatabase(std::unique_ptr<store::Database> db);
    bool openFile(const QString &path, bool create);
    void chooseFileToOpen();
    void chooseNewFile();
    void fillRecentMenu();
    void refresh();
    void showAbout();
    void showStatusMessage(const QString &text);

    std::unique_ptr<::Ui::MainWindow> m_ui;
    std::unique_ptr<store::Database> m_db;
    AgendaView *m_agenda = nullptr;
    PortfolioView *m_portfolio = nullptr;  // owned by m_files
    DebtorFileTabs *m_files = nullptr;
    StatusFigures *m_figures = nullptr;
    QActionGroup *m_sectionActions = nullptr;
    QTimer m_figuresTimer;
    QPointer<ShortcutsWindow> m_shortcuts;
    DataTransfer *m_transfer = nullptr;
    domain::SystemClock m_clock;
};

} // namespace libreta::ui
