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
    static constexpr int kPageSize = 200;
    // Up to this many debtors the search also looks inside names ("perez"
    // finds "Juan Pérez"); beyond it that scan would make typing lag (see
    // store/portfoliorepository.cpp), so only name starts, references and
    // phones are searched.
    static constexpr qint64 kInsideNameSearchLimit = 100000;

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
    bool searchesInsideNames() const { return m_query.searchInsideNames; }
    void setSearchInsideNames(bool inside);
    void setFilters(const store::PortfolioFilters &filters);
    // The day days-past-due and aging are counted to (today by default).
    void setToday(const QDate &today);

    // Reads the first page and the summary again (after a change, or F5).
    void reload();
    store::PortfolioSummary summary() const { return m_summary; }
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

    store::PortfolioRepository m_repository;
    store::PortfolioQuery m_query;
    MoneyFormatter m_money;
    QList<Line> m_lines;
    bool m_atEnd = true;
    bool m_changing = false;  // inside a reset or an insertion
    store::PortfolioSummary m_summary;
    QDate m_today;
    QDateTime m_now;  // UTC, for how recent the last contact was
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace libreta::ui
