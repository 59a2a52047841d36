#pragma once

#include "store/reviewrepository.h"

#include <QAbstractTableModel>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The calls to review, a page at a time from the store (newest first), as
// the view scrolls: nothing here holds every call of the office.
class ReviewListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Agent, Debtor, Outcome, Score, ColumnCount };
    static constexpr int kPageSize = 60;

    explicit ReviewListModel(store::Database &db, QObject *parent = nullptr);

    void setQuery(const store::ReviewQuery &query);
    const store::ReviewQuery &query() const { return m_query; }
    void reload();
    const store::ReviewListItem *item(int row) const;
    int rowOf(domain::Id callId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    QList<store::ReviewListItem> nextPage();

    store::Database &m_db;
    store::ReviewQuery m_query;
    QList<store::ReviewListItem> m_items;
    bool m_atEnd = true;
};

} // namespace libreta::ui
