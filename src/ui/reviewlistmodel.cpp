#include "ui/reviewlistmodel.h"

#include "domain/labels.h"
#include "store/storeerror.h"

#include <QLocale>

namespace libreta::ui {

ReviewListModel::ReviewListModel(store::Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void ReviewListModel::setQuery(const store::ReviewQuery &query)
{
    m_query = query;
    reload();
}

void ReviewListModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_atEnd = false;
    m_items = nextPage();
    endResetModel();
}

QList<store::ReviewListItem> ReviewListModel::nextPage()
{
    std::optional<store::ReviewKey> after;
    if (!m_items.isEmpty())
        after = m_items.last().key();
    try {
        // One row more than a page says whether another page exists.
        QList<store::ReviewListItem> rows = store::ReviewRepository(m_db).page(m_query, after, kPageSize + 1);
        m_atEnd = rows.size() <= kPageSize;
        if (!m_atEnd)
            rows.removeLast();
        return rows;
    } catch (const store::StoreError &e) {
        m_atEnd = true;
        Q_EMIT failed(e.message());
        return {};
    }
}

const store::ReviewListItem *ReviewListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ReviewListModel::rowOf(domain::Id callId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).callId == callId)
            return row;
    return -1;
}

int ReviewListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int ReviewListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    const store::ReviewListItem *it = item(index.row());
    if (!it)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return locale.toString(it->startedAt.toLocalTime(), QLocale::ShortFormat);
        case Agent: return it->agentName.isEmpty() ? QStringLiteral("—") : it->agentName;
        case Debtor: return it->debtorName;
        case Outcome: return domain::label(it->outcome);
        case Score:
            if (!it->averageScore)
                return it->reviews > 0 ? tr("comments only") : tr("not scored");
            return locale.toString(*it->averageScore, 'f', 1);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Debtor)
        return it->debtorRef;
    return {};
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Agent: return tr("Agent");
    case Debtor: return tr("Debtor");
    case Outcome: return tr("Outcome");
    case Score: return tr("Score");
    default: return {};
    }
}

bool ReviewListModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void ReviewListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<store::ReviewListItem> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.size() - 1));
    m_items.append(page);
    endInsertRows();
}

} // namespace libreta::ui
