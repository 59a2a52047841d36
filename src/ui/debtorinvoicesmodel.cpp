#include "ui/debtorinvoicesmodel.h"

#include "domain/aging.h"
#include "ui/debtorfiletexts.h"
#include "ui/itemroles.h"

#include <QColor>
#include <QLocale>

namespace libreta::ui {

DebtorInvoicesModel::DebtorInvoicesModel(QObject *parent) : QAbstractTableModel(parent) {}

void DebtorInvoicesModel::setInvoices(const QList<domain::Invoice> &invoices, const QDate &today,
                                      const MoneyFormatter &money)
{
    beginResetModel();
    m_invoices = invoices;
    m_today = today;
    m_money = money;
    endResetModel();
}

const domain::Invoice *DebtorInvoicesModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_invoices.size() ? &m_invoices.at(row) : nullptr;
}

int DebtorInvoicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invoices.size());
}

int DebtorInvoicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DebtorInvoicesModel::daysPastDue(const domain::Invoice &inv) const
{
    // A paid invoice is not late any more, however old.
    return inv.outstanding.isPositive() ? domain::daysPastDue(inv.dueDate, m_today) : 0;
}

QString DebtorInvoicesModel::outstandingText(const domain::Invoice &inv) const
{
    // What an adjustment took off is said beside it: it was not paid.
    if (!inv.adjusted.isPositive())
        return inv.outstanding.isPositive() ? m_money.format(inv.outstanding) : tr("Paid");
    return inv.outstanding.isPositive()
               ? tr("%1 (%2 adjusted)").arg(m_money.format(inv.outstanding), m_money.format(inv.adjusted))
               : tr("Settled (%1 adjusted)").arg(m_money.format(inv.adjusted));
}

QVariant DebtorInvoicesModel::display(const domain::Invoice &inv, int column) const
{
    switch (column) {
    case Number:
        // The debtor may still quote the number the invoice came with.
        return inv.formerNumbers.isEmpty()
                   ? inv.number
                   : tr("%1 (formerly %2)").arg(inv.number, inv.formerNumbers.join(QStringLiteral(", ")));
    case Issued: return DebtorFileTexts::date(inv.issueDate);
    case Due: return DebtorFileTexts::date(inv.dueDate);
    case Amount: return m_money.format(inv.amount);
    case Outstanding: return outstandingText(inv);
    case DaysPastDue: {
        const int days = daysPastDue(inv);
        return days > 0 ? QLocale().toString(days) : QString();
    }
    case Disputed: return inv.disputed ? tr("Disputed: %1").arg(inv.disputeReason) : QString();
    default: return {};
    }
}

QVariant DebtorInvoicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Invoice &inv = m_invoices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(inv, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Outstanding || index.column() == DaysPastDue)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Disputed && inv.disputed)
            return QColor(0xa8, 0x5a, 0x00);
        if (!inv.outstanding.isPositive())
            return QColor(0x60, 0x60, 0x60);
        if (index.column() == DaysPastDue && daysPastDue(inv) > 90)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case IdRole: return QVariant::fromValue<qint64>(inv.id);
    case RawValueRole:
        switch (index.column()) {
        case Issued: return inv.issueDate;
        case Due: return inv.dueDate;
        case Amount: return QVariant::fromValue<qint64>(inv.amount.minor());
        case Outstanding: return QVariant::fromValue<qint64>(inv.outstanding.minor());
        case DaysPastDue: return daysPastDue(inv);
        case Disputed: return inv.disputed;
        case Number: return inv.number;
        default: return display(inv, index.column());
        }
    default: return {};
    }
}

QVariant DebtorInvoicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole &&
        (section == Amount || section == Outstanding || section == DaysPastDue))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation == Qt::Horizontal && role == ReadWholeRole)
        return section == Number;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Issued: return tr("Issued");
    case Due: return tr("Due");
    case Amount: return tr("Amount");
    case Outstanding: return tr("Outstanding");
    case DaysPastDue: return tr("Days past due");
    case Disputed: return tr("Dispute");
    default: return {};
    }
}

} // namespace libreta::ui
