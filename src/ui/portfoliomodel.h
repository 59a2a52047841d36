#pragma once

#include "domain/aging.h"
#include "domain/strategy.h"
#include "store/portfoliorepository.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class SummaryCounter;

// The portfolio (cartera) as a table: a page of debtors at a time, fetched
// from the store with keyset queries as the view scrolls. Sorting and
// searching re-query the store; nothing here holds the whole table.
class PortfolioModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name, ExternalRef, Outstanding, DaysPastDue, Aging, Segment, Risk, Approach,
        LastContact, NextAction, Promise, Agent, Status, ColumnCount
    };
    // Two screenfuls of a maximized window: what a keystroke or a change of
    // sort reads. A taller window or a scroll to the end fetches the next
    // page (the view asks until its rows reach the bottom). At a million
    // debtors each row of a page costs a few microseconds of reads spread
    // over the file: 200 rows made half of a search keystroke's time.
    static constexpr int kPageSize = 60;
    // From this many debtors the count and total of what is shown are worked
    // out on another thread (SummaryCounter): counting everything "p"
    // matches takes longer than a keystroke may. Below it they are counted
    // at once, which is simpler to follow.
    static constexpr qint64 kBackgroundSummaryFrom = 20000;

    explicit PortfolioModel(store::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sortable columns re-query the store; the others are left as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString searchText() const { return m_query.search; }
    void setSearchText(const QString &text);
    // Any word of a name is searched, at any size (the full-text index of
    // schema 2); kept for the benchmark's report.
    bool searchesInsideNames() const { return true; }
    const store::PortfolioFilters &filters() const { return m_query.filters; }
    // Search, filters and order as the table shows them (File ▸ Export ▸ Portfolio).
    const store::PortfolioQuery &query() const { return m_query; }
    void setFilters(const store::PortfolioFilters &filters);
    // The day days-past-due and aging are counted to (today by default).
    void setToday(const QDate &today);

    // Reads the first page and the summary again (after a change, or F5).
    void reload();
    // The last page asked of the store failed (the table may look empty
    // for that reason alone); cleared by the next reload.
    bool pageFailed() const { return m_pageFailed; }
    // The count and total of what the search and filters match; while
    // summaryPending(), the figures of the previous query.
    store::PortfolioSummary summary() const { return m_summary; }
    bool summaryPending() const { return m_summaryPending; }
    // Whether the summary is counted on another thread (large files; tests).
    bool countsInBackground() const { return m_counter != nullptr; }
    void setCountInBackground(bool background);
    const MoneyFormatter &money() const { return m_money; }

Q_SIGNALS:
    void summaryChanged();
    // The store failed; the message is translated and safe to show.
    void failed(const QString &message);

private:
    // A fetched row with what is derived from it once, not on every paint.
    struct Line {
        store::PortfolioRow row;
        int daysPastDue = 0;
        domain::AgingBucket bucket = domain::AgingBucket::Current;
        domain::Suggestion suggestion;
    };

    Line lineFor(const store::PortfolioRow &row) const;
    // Fetches up to kPageSize lines after the last one held; sets m_atEnd.
    QList<Line> nextPage();
    QVariant display(const Line &line, int column) const;
    QVariant rawValue(const Line &line, int column) const;
    QVariant toolTip(const Line &line, int column) const;
    QVariant foreground(const Line &line, int column) const;

    void countSummary();
    void takeSummary(quint64 ticket, const store::PortfolioSummary &summary);

    store::Database &m_db;
    store::PortfolioRepository m_repository;
    SummaryCounter *m_counter = nullptr;
    quint64 m_summaryTicket = 0;
    bool m_summaryPending = false;
    store::PortfolioQuery m_query;
    MoneyFormatter m_money;
    QList<Line> m_lines;
    bool m_atEnd = true;
    bool m_pageFailed = false;
    bool m_changing = false;  // inside a reset or an insertion
    store::PortfolioSummary m_summary;
    QDate m_today;
    QDateTime m_now;  // UTC, for how recent the last contact was
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace libreta::ui
