#pragma once

#include "services/activitylog.h"
#include "ui/activitytexts.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The activity log's entries, a page at a time from the store (newest
// first) as the view scrolls: the log grows with every call, and nothing
// here holds the whole of it. What each person may read is the service's
// to say (services::ActivityLog).
class ActivityLogModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Person, Action, Debtor, Amount, Details, ColumnCount };
    static constexpr int kPageSize = 100;

    ActivityLogModel(store::Database &db, std::optional<domain::Id> deskUserId, QObject *parent = nullptr);

    services::ActivityLog &access() { return m_access; }
    void setQuery(const store::AuditQuery &query);
    const store::AuditQuery &query() const { return m_query; }
    void reload();
    const store::AuditLine *line(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void failed(const QString &message);

private:
    QList<store::AuditLine> nextPage();

    store::Database &m_db;
    services::ActivityLog m_access;
    ActivityTexts m_texts;
    MoneyFormatter m_money;
    store::AuditQuery m_query;
    QList<store::AuditLine> m_lines;
    bool m_atEnd = true;
};

} // namespace libreta::ui
