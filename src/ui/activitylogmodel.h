#pragma once

#include "services/activitylog.h"
#include "ui/activitytexts.h"
#include "ui/moneyformatter.h"
#include "ui/pagedtablemodel.h"

namespace libreta::store {
class Database;
}

namespace libreta::ui {

// The activity log's entries, a page at a time from the store (newest
// first) as the view scrolls: the log grows with every call, and nothing
// here holds the whole of it. What each person may read is the service's
// to say (services::ActivityLog).
class ActivityLogModel final : public PagedTableModel<store::AuditLine> {
    Q_OBJECT

public:
    enum Column { When, Person, Action, Debtor, Amount, Details, ColumnCount };
    static constexpr int kPageSize = 100;

    ActivityLogModel(store::Database &db, std::optional<domain::Id> deskUserId, QObject *parent = nullptr);

    services::ActivityLog &access() { return m_access; }
    void setQuery(const store::AuditQuery &query);
    const store::AuditQuery &query() const { return m_query; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const QString &message);

protected:
    QList<store::AuditLine> readPage(const std::optional<store::AuditKey> &after, int limit) override;
    void pageFailed(const QString &message) override { Q_EMIT failed(message); }

private:
    // The structured details, then what was written in its own words.
    QString detailsOf(const store::AuditLine &l) const;

    store::Database &m_db;
    services::ActivityLog m_access;
    ActivityTexts m_texts;
    MoneyFormatter m_money;
    store::AuditQuery m_query;
};

} // namespace libreta::ui
