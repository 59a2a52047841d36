#include "ui/agendamodel.h"

#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/agendastyle.h"
#include "ui/itemroles.h"
#include "ui/officecurrency.h"

#include <QFont>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace libreta::ui {
namespace {

// Group rows have no parent; an item's internal id is its group's row + 1.
constexpr quintptr kGroupRow = 0;

} // namespace

AgendaModel::AgendaModel(store::Database &db, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_repository(db), m_money(officeCurrency(db)), m_texts(m_money),
      m_day(QDate::currentDate())
{
    // Nothing is read until a range is set: whoever makes the model says
    // whose agenda first, and the first read is the one shown.
    m_scope.from = m_scope.to = m_day;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (!isGroup(parent) || parent.column() != 0 || row >= m_groups.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (isGroup(parent) && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool AgendaModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return isGroup(parent) && parent.column() == 0 && !m_groups.at(parent.row()).items.isEmpty();
}

bool AgendaModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == kGroupRow;
}

QModelIndex AgendaModel::groupIndex(domain::AgendaGroup group) const
{
    for (int row = 0; row < m_groups.size(); ++row)
        if (m_groups.at(row).group == group)
            return index(row, 0);
    return {};
}

const store::AgendaItem *AgendaModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupRow)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId() - 1));
    return index.row() < g.items.size() ? &g.items.at(index.row()) : nullptr;
}

int AgendaModel::loadedItems() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.items.size());
    return n;
}

qint64 AgendaModel::total() const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        n += g.count;
    return n;
}

qint64 AgendaModel::count(domain::AgendaGroup group) const
{
    for (const Group &g : m_groups)
        if (g.group == group)
            return g.count;
    return 0;
}

void AgendaModel::setDay(const QDate &day) { setRange(Range::Day, day); }

void AgendaModel::setRange(Range range, const QDate &day)
{
    m_range = range;
    m_day = day;
    switch (range) {
    case Range::Day: m_scope.from = m_scope.to = day; break;
    case Range::Overdue:
        m_scope.from = QDate();
        m_scope.to = day.addDays(-1);
        break;
    case Range::NextDays:
        m_scope.from = day.addDays(1);
        m_scope.to = day.addDays(kNextDays);
        break;
    }
    reload();
}

void AgendaModel::setWho(store::AgendaScope::Who who, domain::Id agentId)
{
    m_scope.who = who;
    m_scope.agentId = who == store::AgendaScope::Who::Agent ? agentId : 0;
    if (m_loaded)
        reload();
}

void AgendaModel::setGroupFilter(std::optional<domain::AgendaGroup> group)
{
    m_groupFilter = group;
    m_scope.putOffOnly = false;
    if (m_loaded)
        reload();
}

void AgendaModel::setPutOffOnly()
{
    m_groupFilter.reset();
    m_scope.putOffOnly = true;
    if (m_loaded)
        reload();
}

QList<store::AgendaItem> AgendaModel::nextPage(Group &group, int size)
{
    std::optional<store::AgendaKey> after;
    if (!group.items.isEmpty())
        after = group.items.last().key();
    QList<store::AgendaItem> page;
    try {
        page = m_repository.page(m_scope, group.group, newestFirst(), after, size);
    } catch (const store::StoreError &e) {
        spdlog::error("ui: agenda page failed");
        Q_EMIT failed(e.message());
    }
    group.atEnd = page.size() < size;
    return page;
}

void AgendaModel::reload()
{
    m_loaded = true;
    m_changing = true;
    beginResetModel();
    m_groups.clear();
    m_earlier = 0;
    try {
        // The counts first (index only), then the first page of each group
        // that has something: the first screenful, not the day.
        // The groups in the office's order, read each time: a supervisor
        // may have changed it (Edit ▸ Office rules) since.
        const QMap<domain::AgendaGroup, qint64> counts = m_repository.counts(m_scope);
        for (const domain::AgendaGroup group :
             domain::agendaGroupsIn(store::SettingsRepository(m_db).queueOrder())) {
            if (m_groupFilter && *m_groupFilter != group)
                continue;
            Group g{group};
            g.count = counts.value(group);
            if (g.count > 0)
                m_groups.append(g);
        }
        for (Group &g : m_groups)
            g.items = nextPage(g, kFirstPageSize);
        if (m_range == Range::Day) {
            store::AgendaScope earlier = m_scope;
            earlier.from = QDate();
            earlier.to = m_day.addDays(-1);
            m_earlier = m_repository.countAll(earlier);
        }
    } catch (const store::StoreError &e) {
        spdlog::error("ui: agenda failed");
        m_groups.clear();
        Q_EMIT failed(e.message());
    }
    endResetModel();
    m_changing = false;
    Q_EMIT reloaded();
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    if (!isGroup(parent) || parent.column() != 0)
        return false;
    const Group &g = m_groups.at(parent.row());
    return !g.atEnd && g.items.size() < g.count;
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    // A listener of a change signal may ask for more before every listener
    // has seen the change (QAbstractItemModelTester does); rows inserted then
    // would nest one change inside another. Views ask again afterwards.
    if (m_changing || !canFetchMore(parent))
        return;
    Group &g = m_groups[parent.row()];
    const QList<store::AgendaItem> page = nextPage(g, kPageSize);
    if (page.isEmpty())
        return;
    m_changing = true;
    beginInsertRows(parent, int(g.items.size()), int(g.items.size() + page.size() - 1));
    g.items.append(page);
    endInsertRows();
    m_changing = false;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isGroup(index))
        return groupData(m_groups.at(index.row()), index.column(), role);
    if (const store::AgendaItem *item = itemAt(index))
        return itemData(*item, index.column(), role);
    return {};
}

QVariant AgendaModel::groupData(const Group &g, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column != Due)
            return {};
        return tr("%1 (%2)").arg(domain::agendaGroupLabel(g.group), QLocale().toString(g.count));
    case Qt::ForegroundRole: return agendaGroupColour(g.group);
    case Qt::BackgroundRole: return agendaGroupTint(g.group);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::DecorationRole: return column == Due ? QVariant(agendaGroupColour(g.group)) : QVariant();
    case Qt::ToolTipRole:
        if (g.items.size() < g.count)
            return tr("%1 of %2 shown: scroll down for more.")
                .arg(QLocale().toString(g.items.size()), QLocale().toString(g.count));
        return {};
    case KindRole: return int(g.group);
    case RawValueRole: return column == Due ? QVariant::fromValue<qint64>(g.count) : QVariant();
    default: return {};
    }
}

QVariant AgendaModel::itemData(const store::AgendaItem &item, int column, int role) const
{
    const domain::FollowUp &f = item.followUp;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Due: return m_texts.due(item, m_range != Range::Day);
        case Debtor: return item.debtorName;
        case Amount: return m_texts.amount(item);
        case Method: return m_texts.method(item);
        case Details: return m_texts.details(item);
        case AssignedTo: return m_texts.assignedTo(item);
        case RecordedBy: return m_texts.recordedBy(item);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Debtor: return tr("%1 (%2)").arg(item.debtorName, item.debtorRef);
        case Amount: return m_texts.amountToolTip(item);
        case Details: return m_texts.details(item);
        case RecordedBy:
            return item.recordedBy.isEmpty() ? QVariant() : tr("Recorded by %1 in a call").arg(item.recordedBy);
        default: return {};
        }
    case Qt::DecorationRole: return column == Due ? QVariant(agendaGroupColour(item.group())) : QVariant();
    case Qt::ForegroundRole:
        if (column == Due && f.dueDate < m_day)
            return QColor(0xb0, 0x1c, 0x1c);  // overdue reads red, as in the portfolio
        if (column == AssignedTo && item.assignedName.isEmpty())
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::TextAlignmentRole:
        return column == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return QVariant::fromValue<qint64>(f.id);
    case DebtorIdRole: return QVariant::fromValue<qint64>(f.debtorId);
    case KindRole: return int(item.group());
    case RawValueRole:
        switch (column) {
        case Due: return f.dueTime ? QVariant(QDateTime(f.dueDate, *f.dueTime)) : QVariant(f.dueDate);
        case Amount:
            return QVariant::fromValue<qint64>(item.promise ? item.promise->amount.minor() : item.outstanding.minor());
        default: return itemData(item, column, Qt::DisplayRole);
        }
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Due: return m_range == Range::Day ? tr("Time") : tr("When");
        case Debtor: return tr("Debtor");
        case Amount: return tr("Amount");
        case Method: return tr("Method");
        case Details: return tr("Promised or asked");
        case AssignedTo: return tr("Assigned to");
        case RecordedBy: return tr("Recorded by");
        default: break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace libreta::ui
