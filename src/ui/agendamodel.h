#pragma once

#include "store/agendarepository.h"
#include "ui/agendatexts.h"
#include "ui/moneyformatter.h"

#include <QAbstractItemModel>

namespace libreta::ui {

// The agenda as a two-level list: one row per group (call-backs, promises
// due, broken promises, ...) with its count, and under it that group's
// items in the order they are due. Each group reads a page at a time from
// the store with keyset queries (fetchMore per group), and the counts come
// from the store's indexes: a day of 60,000 items for a large office costs
// the same first screenful as a day of 60. Groups with nothing in them are
// not shown.
class AgendaModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Due, Debtor, Amount, Method, Details, AssignedTo, RecordedBy, ColumnCount };
    // What is listed, counted from the model's day ("today" in the app):
    // that day; the items left open from the days before it (the most
    // recent first); or the seven days after it.
    enum class Range { Day, Overdue, NextDays };
    // A screen shows about 35 rows: each group's first 10 (and the group
    // rows) fill it; the view reads the next 50 of a group when it scrolls
    // to that group's end.
    static constexpr int kFirstPageSize = 10;
    static constexpr int kPageSize = 50;
    static constexpr int kNextDays = 7;

    explicit AgendaModel(store::Database &db, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QDate day() const { return m_day; }
    Range range() const { return m_range; }
    // Reads the day's agenda again (the Day range), even for the same day.
    void setDay(const QDate &day);
    void setRange(Range range, const QDate &day);
    const store::AgendaScope &scope() const { return m_scope; }
    // Whose items: everyone's, one agent's, or nobody's (keeps the days).
    // Like the kind filter, read at once only when something was read before.
    void setWho(store::AgendaScope::Who who, domain::Id agentId = 0);
    std::optional<domain::AgendaGroup> groupFilter() const { return m_groupFilter; }
    void setGroupFilter(std::optional<domain::AgendaGroup> group);
    // Only the items put off, of any kind (a supervisor's look at what
    // keeps moving); the kind filter is cleared.
    void setPutOffOnly();
    void reload();

    // What the range holds in all, per group, and (for a day) what is still
    // open from earlier days.
    qint64 total() const;
    qint64 count(domain::AgendaGroup group) const;
    qint64 earlierCount() const { return m_earlier; }
    bool isGroup(const QModelIndex &index) const;
    QModelIndex groupIndex(domain::AgendaGroup group) const;
    const store::AgendaItem *itemAt(const QModelIndex &index) const;
    // Rows of the groups held right now (for tests and the day sheet).
    int loadedItems() const;
    const MoneyFormatter &money() const { return m_money; }

Q_SIGNALS:
    void reloaded();
    void failed(const QString &message);

private:
    struct Group {
        domain::AgendaGroup group;
        qint64 count = 0;
        QList<store::AgendaItem> items {};
        bool atEnd = false;
    };

    bool newestFirst() const { return m_range == Range::Overdue; }
    QList<store::AgendaItem> nextPage(Group &group, int size);
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const store::AgendaItem &item, int column, int role) const;

    store::Database &m_db;
    store::AgendaRepository m_repository;
    MoneyFormatter m_money;
    AgendaTexts m_texts;
    QDate m_day;
    Range m_range = Range::Day;
    store::AgendaScope m_scope;
    std::optional<domain::AgendaGroup> m_groupFilter;
    QList<Group> m_groups;
    qint64 m_earlier = 0;
    bool m_changing = false;  // inside a reset or an insertion
    bool m_loaded = false;    // read once: later changes of whose or kind read again
};

} // namespace libreta::ui
