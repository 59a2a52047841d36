#include "ui/activitylogmodel.h"

#include "store/storeerror.h"
#include "store/userrepository.h"
#include "ui/officecurrency.h"

#include <QLocale>

namespace libreta::ui {

namespace {

QHash<domain::Id, QString> peopleOf(store::Database &db)
{
    QHash<domain::Id, QString> names;
    try {
        for (const domain::User &u : store::UserRepository(db).all())
            names.insert(u.id, u.displayName);
    } catch (const store::StoreError &) {
        // The details then name people by their number.
    }
    return names;
}

} // namespace

ActivityLogModel::ActivityLogModel(store::Database &db, std::optional<domain::Id> deskUserId, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_access(db, deskUserId), m_texts(peopleOf(db)),
      m_money(officeCurrency(db))
{
}

void ActivityLogModel::setQuery(const store::AuditQuery &query)
{
    m_query = query;
    reload();
}

void ActivityLogModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_atEnd = false;
    m_lines = nextPage();
    endResetModel();
}

QList<store::AuditLine> ActivityLogModel::nextPage()
{
    std::optional<store::AuditKey> after;
    if (!m_lines.isEmpty())
        after = m_lines.last().key();
    try {
        // One row more than a page says whether another page exists.
        QList<store::AuditLine> rows = m_access.page(m_query, after, kPageSize + 1);
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

const store::AuditLine *ActivityLogModel::line(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int ActivityLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    const store::AuditLine *l = line(index.row());
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return QLocale().toString(l->entry.at.toLocalTime(), QLocale::ShortFormat);
        case Person: return l->userName.isEmpty() ? tr("Libreta") : l->userName;
        case Action: return ActivityTexts::action(l->entry.action);
        case Debtor: return l->debtorName;
        case Amount: return l->amount ? m_money.format(*l->amount) : QString();
        case Details: return m_texts.details(l->entry);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Person:
            return l->userName.isEmpty() ? tr("Written by Libreta itself, when it closed the day") : l->userLogin;
        case Debtor: return l->debtorName.isEmpty() ? QVariant() : QVariant(tr("%1 (%2)").arg(l->debtorName, l->debtorRef));
        case Action: return ActivityTexts::action(l->entry.action);
        case Details: return m_texts.details(l->entry);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Person: return tr("Who");
    case Action: return tr("What");
    case Debtor: return tr("Debtor");
    case Amount: return tr("Amount");
    case Details: return tr("Details");
    default: return {};
    }
}

bool ActivityLogModel::canFetchMore(const QModelIndex &parent) const { return !parent.isValid() && !m_atEnd; }

void ActivityLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<store::AuditLine> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines.append(page);
    endInsertRows();
}

} // namespace libreta::ui
