#pragma once

#include "domain/entities.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;

#include <memory>
#include <optional>

namespace Ui {
class PortfolioView;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class PortfolioFilterBar;
class PortfolioModel;

// The portfolio section: a search box that searches as you type, a row of
// filters, the debtor table (sorted by the store, fetched page by page) and
// a line with how many debtors are shown and what they owe. When the table
// would be empty it says why instead, with the way out: the first debtor
// or an import for a new office, clearing the search or the filters.
class PortfolioView final : public QWidget {
    Q_OBJECT

public:
    explicit PortfolioView(store::Database &db, QWidget *parent = nullptr);
    ~PortfolioView() override;

    PortfolioModel *model() const { return m_model; }
    PortfolioFilterBar *filterBar() const { return m_filterBar; }
    void focusSearch();
    // Types `text` in the search box, as an agent would.
    void search(const QString &text);
    // Moves the keyboard to the table, on the first row when none is current.
    void focusResults();
    // The debtors selected in the table (Ctrl and Shift pick several), in
    // the table's order.
    QList<domain::Id> selectedDebtorIds() const;
    void reload();
    // The segments and agents the filters offer, read again (after the
    // office's users changed).
    void reloadFilterChoices();
    // Someone sat down at the desk: an agent's portfolio shows their own
    // debtors, as their agenda shows their own day; anyone else, or nobody
    // yet, sees every agent's (unless they chose an agent themselves).
    void deskUserChanged(const std::optional<domain::User> &user);
    // Column widths, order and sort, kept between sessions.
    void saveLayout() const;
    // What an office with no debtors yet offers (the window's actions).
    void setStartActions(QAction *newDebtor, QAction *import);

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreLayout();
    void fitColumns();
    void applySearch();
    // An agent's own debtors, shown for them, widened to everyone's while a
    // search finds none of theirs, and theirs again when it is cleared.
    void widenForSearch(const QString &text);
    void applyFilters();
    void loadFilterChoices(store::Database &db);
    void updateSummary();
    void updateEmptyState();
    void keepSortIndicatorOnSortableColumn(int section);

    std::unique_ptr<::Ui::PortfolioView> m_ui;
    PortfolioModel *m_model = nullptr;
    PortfolioFilterBar *m_filterBar = nullptr;
    QTimer m_pendingSearch;  // the typed text not searched yet
    QTimer m_figuresCheck;  // figure columns widened once new rows are in
    bool m_fitWhenRowsCome = false;  // fitted to no rows: fit again to the first
    store::Database &m_db;
    QPointer<QAction> m_newDebtor;
    QPointer<QAction> m_import;
    std::optional<domain::Id> m_deskAgentShown;  // the agent filter set for whoever sat down
    std::optional<domain::Id> m_widenedFrom;     // that agent, while a search shows everyone's
};

} // namespace libreta::ui
