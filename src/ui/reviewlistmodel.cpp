#include "ui/reviewlistmodel.h"

#include "domain/labels.h"
#include "domain/shortdate.h"

#include <QFont>
#include <QLocale>

namespace libreta::ui {

ReviewListModel::ReviewListModel(store::Database &db, QObject *parent) : PagedTableModel(kPageSize, parent), m_db(db) {}

void ReviewListModel::setQuery(const store::ReviewQuery &query)
{
    m_query = query;
    reload();
}

QList<store::ReviewListItem> ReviewListModel::readPage(const std::optional<store::ReviewKey> &after, int limit)
{
    return store::ReviewRepository(m_db).page(m_query, after, limit);
}

int ReviewListModel::rowOf(domain::Id callId) const
{
    for (int row = 0; row < lines().size(); ++row)
        if (lines().at(row).callId == callId)
            return row;
    return -1;
}

void ReviewListModel::setNewSince(const QDateTime &utc)
{
    m_newSince = utc;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

bool ReviewListModel::isNew(int row) const
{
    const store::ReviewListItem *it = item(row);
    return it && m_newSince.isValid() && it->lastReviewedAt.isValid() && it->lastReviewedAt > m_newSince;
}

int ReviewListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    const store::ReviewListItem *it = item(index.row());
    if (!it)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return domain::shortDateTime(it->startedAt.toLocalTime(), locale);
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
    if (role == Qt::FontRole && isNew(index.row())) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Score && isNew(index.row()))
        return tr("Reviewed since you last read your reviews");
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

} // namespace libreta::ui
