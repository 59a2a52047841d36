#include "ui/debtorpaymentsmodel.h"

#include "domain/labels.h"
#include "ui/debtorfiletexts.h"
#include "ui/itemroles.h"

#include <QColor>
#include <QFont>

namespace libreta::ui {

using namespace domain;

DebtorPaymentsModel::DebtorPaymentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DebtorPaymentsModel::setFile(const services::DebtorFile &file, const MoneyFormatter &money)
{
    beginResetModel();
    m_money = money;
    m_lines.clear();
    for (const Payment &p : file.payments) {
        Line line;
        line.payment = p;
        QStringList applied;
        for (const Allocation &a : p.allocations) {
            const Invoice *inv = file.invoice(a.invoiceId);
            applied << tr("%1: %2").arg(inv ? inv->number : QString::number(a.invoiceId), money.format(a.amount));
        }
        line.appliedTo = applied.join(QStringLiteral(" · "));
        if (p.reversal)
            line.appliedTo = reversalText(file, *p.reversal);
        QStringList promises;
        for (const services::PromiseSettlement &s : file.settlementsOfPayment(p.id)) {
            const Promise *promise = file.promise(s.promiseId);
            if (!promise)
                continue;
            promises << tr("%1 (%2 of it; %3)")
                            .arg(DebtorFileTexts::promise(*promise, money), money.format(s.amount), label(promise->status));
            line.keptAPromise = line.keptAPromise || promise->status == PromiseStatus::Kept;
        }
        line.promises = promises.join(QStringLiteral(" · "));
        m_lines.append(line);
    }
    endResetModel();
}

QString DebtorPaymentsModel::reversalText(const services::DebtorFile &file, const Payment::Reversal &r)
{
    const QString on = DebtorFileTexts::date(r.at.toLocalTime().date());
    const QString by = file.userName(r.by);
    const QString head = by.isEmpty() ? tr("Reversed on %1: %2").arg(on, label(r.reason))
                                      : tr("Reversed on %1 by %2: %3").arg(on, by, label(r.reason));
    return r.note.isEmpty() ? head : tr("%1 (%2)").arg(head, r.note.simplified());
}

const Payment *DebtorPaymentsModel::paymentAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row).payment : nullptr;
}

int DebtorPaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int DebtorPaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebtorPaymentsModel::display(const Line &line, int column) const
{
    const Payment &p = line.payment;
    switch (column) {
    case Date: return DebtorFileTexts::date(p.paidOn);
    case Amount: return m_money.format(p.amount);
    case Method: return label(p.method);
    case Reference: return p.reference;
    case AppliedTo: return line.appliedTo;
    case Promises: return line.promises;
    case Credit: return p.unallocated.isPositive() ? m_money.format(p.unallocated) : QString();
    default: return {};
    }
}

QVariant DebtorPaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(line, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Credit)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (line.payment.reversed())
            return QColor(Qt::gray);
        if (index.column() == Promises && line.keptAPromise)
            return QColor(0x1b, 0x6e, 0x2a);
        return {};
    case Qt::FontRole:
        if (line.payment.reversed() && index.column() == Amount) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case IdRole: return QVariant::fromValue<qint64>(line.payment.id);
    case RawValueRole:
        switch (index.column()) {
        case Date: return line.payment.paidOn;
        case Amount: return QVariant::fromValue<qint64>(line.payment.amount.minor());
        case Method: return int(line.payment.method);
        case Credit: return QVariant::fromValue<qint64>(line.payment.unallocated.minor());
        default: return display(line, index.column());
        }
    default: return {};
    }
}

QVariant DebtorPaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && (section == Amount || section == Credit))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Amount: return tr("Amount");
    case Method: return tr("Method");
    case Reference: return tr("Reference");
    case AppliedTo: return tr("Applied to");
    case Promises: return tr("Promises it paid");
    case Credit: return tr("Credit");
    default: return {};
    }
}

} // namespace libreta::ui
