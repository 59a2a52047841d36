#include "ui/activitylogmodel.h"

#include "domain/shortdate.h"
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

// Libreta writes two entries on its own: the day's close, and a discount
// taken off or withdrawn when an agreement was paid or a payment reversed.
// Any other entry without a person was written where nobody was named.
bool byLibreta(const store::AuditLine &l)
{
    return l.entry.action == QLatin1String("day.rollover") || l.entry.action == QLatin1String("balance.discount") ||
           l.entry.action == QLatin1String("balance.discount_withdraw");
}

} // namespace

ActivityLogModel::ActivityLogModel(store::Database &db, std::optional<domain::Id> deskUserId, QObject *parent)
    : PagedTableModel(kPageSize, parent), m_db(db), m_access(db, deskUserId), m_texts(peopleOf(db)),
      m_money(officeCurrency(db))
{
}

void ActivityLogModel::setQuery(const store::AuditQuery &query)
{
    m_query = query;
    reload();
}

QList<store::AuditLine> ActivityLogModel::readPage(const std::optional<store::AuditKey> &after, int limit)
{
    return m_access.page(m_query, after, limit);
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    const store::AuditLine *l = line(index.row());
    if (!l)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return domain::shortDateTime(l->entry.at.toLocalTime());
        case Person: return !l->userName.isEmpty() ? l->userName : byLibreta(*l) ? tr("Libreta") : QStringLiteral("—");
        case Action: return ActivityTexts::action(l->entry.action);
        case Debtor: return l->debtorName;
        case Amount: return l->amount ? m_money.format(*l->amount) : QString();
        case Details: return detailsOf(*l);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Person:
            return !l->userName.isEmpty() ? l->userLogin
                   : byLibreta(*l)
                       ? (l->entry.action == QLatin1String("day.rollover")
                              ? tr("Written by Libreta itself, when it closed the day")
                              : tr("Written by Libreta itself, when the agreement the discount rests on was paid or "
                                   "a payment it rested on was reversed"))
                       : tr("Nobody was named at the desk (an office that lists no users, or the command line)");
        case Debtor: return l->debtorName.isEmpty() ? QVariant() : QVariant(tr("%1 (%2)").arg(l->debtorName, l->debtorRef));
        case Action: return ActivityTexts::action(l->entry.action);
        case Details: return detailsOf(*l);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString ActivityLogModel::detailsOf(const store::AuditLine &l) const
{
    // The note or the call's notes themselves: a supervisor reads the day's
    // work here without opening each file.
    const QString details = m_texts.details(l.entry);
    if (l.written.isEmpty())
        return details;
    const QString words = tr("“%1”").arg(l.written);
    return details.isEmpty() ? words : tr("%1 — %2").arg(details, words);
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

} // namespace libreta::ui
