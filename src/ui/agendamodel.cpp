#include "ui/agendamodel.h"

#include "domain/labels.h"
#include "store/settingsrepository.h"
#include "store/storeerror.h"
#include "ui/itemroles.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace libreta::ui {
namespace {

QString currencyOf(store::Database &db)
{
    try {
        return store::SettingsRepository(db).load().currencyCode;
    } catch (const store::StoreError &) {
        return domain::OfficeSettings().currencyCode;
    }
}

} // namespace

AgendaModel::AgendaModel(store::Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_repository(db), m_money(currencyOf(db)), m_day(QDate::currentDate())
{
    reload();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AgendaModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    try {
        m_items = m_repository.agenda(m_day, true);
        // Today's items first: those with an hour in time order (they are
        // appointments), then the ones for any time. Then what is left from
        // earlier days, most recent first: yesterday's callback matters more
        // than one from months ago.
        const auto earlier = std::stable_partition(m_items.begin(), m_items.end(),
                                                   [this](const store::AgendaItem &item) { return !isOverdue(item); });
        std::stable_sort(m_items.begin(), earlier, [](const store::AgendaItem &a, const store::AgendaItem &b) {
            return a.followUp.dueTime.has_value() && !b.followUp.dueTime.has_value();
        });
        std::reverse(earlier, m_items.end());
    } catch (const store::StoreError &e) {
        m_items.clear();
        Q_EMIT failed(e.message());
    }
    endResetModel();
    Q_EMIT reloaded();
}

int AgendaModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [this](const store::AgendaItem &item) { return isOverdue(item); }));
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::AgendaItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Debtor)
            return tr("%1 (%2)").arg(item.debtorName, item.debtorRef);
        if (index.column() == Kind && !item.followUp.description.isEmpty())
            return item.followUp.description;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Time && isOverdue(item))
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return QVariant::fromValue<qint64>(item.followUp.id);
    case DebtorIdRole: return QVariant::fromValue<qint64>(item.followUp.debtorId);
    case RawValueRole:
        if (index.column() == Amount)
            return QVariant::fromValue<qint64>(item.promiseAmount.minor());
        if (index.column() == Time)
            return item.followUp.dueDate;
        return display(item, index.column());
    default: return {};
    }
}

QVariant AgendaModel::display(const store::AgendaItem &item, int column) const
{
    const QLocale locale;
    const domain::FollowUp &f = item.followUp;
    switch (column) {
    case Time:
        if (isOverdue(item))
            return tr("Overdue since %1").arg(locale.toString(f.dueDate, QLocale::ShortFormat));
        return f.dueTime ? locale.toString(*f.dueTime, QLocale::ShortFormat) : tr("Any time");
    case Kind: return domain::label(f.kind);
    case Debtor: return item.debtorName;
    case Amount: return item.promiseAmount.isPositive() ? m_money.format(item.promiseAmount) : QString();
    case Method: return item.promiseMethod ? domain::label(*item.promiseMethod) : QString();
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case Time: return tr("Time");
        case Kind: return tr("Kind");
        case Debtor: return tr("Debtor");
        case Amount: return tr("Amount");
        case Method: return tr("Method");
        default: break;
        }
    }
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace libreta::ui
