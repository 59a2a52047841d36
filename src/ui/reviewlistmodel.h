#pragma once

#include "store/reviewrepository.h"
#include "ui/pagedtablemodel.h"

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The calls to review, a page at a time from the store (newest first), as
// the view scrolls: nothing here holds every call of the office.
class ReviewListModel final : public PagedTableModel<store::ReviewListItem> {
    Q_OBJECT

public:
    enum Column { When, Agent, Debtor, Outcome, Score, ColumnCount };
    static constexpr int kPageSize = 60;

    explicit ReviewListModel(store::Database &db, QObject *parent = nullptr);

    void setQuery(const store::ReviewQuery &query);
    const store::ReviewQuery &query() const { return m_query; }
    const store::ReviewListItem *item(int row) const { return line(row); }
    int rowOf(domain::Id callId) const;
    // Calls reviewed after `utc` show in bold: news to the agent reading
    // them (invalid: none).
    void setNewSince(const QDateTime &utc);
    bool isNew(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    QList<store::ReviewListItem> readPage(const std::optional<store::ReviewKey> &after, int limit) override;
    void pageFailed(const QString &message) override { Q_EMIT failed(message); }

private:
    store::Database &m_db;
    store::ReviewQuery m_query;
    QDateTime m_newSince;
};

} // namespace libreta::ui
