#include "ui/instalmentsmodel.h"

#include "ui/debtorfiletexts.h"
#include "ui/itemroles.h"

namespace libreta::ui {

InstalmentsModel::InstalmentsModel(QObject *parent) : QAbstractTableModel(parent) {}

void InstalmentsModel::setInstalments(const QList<domain::InstalmentTerms> &instalments, const MoneyFormatter &money)
{
    beginResetModel();
    m_rows = instalments;
    m_money = money;
    endResetModel();
}

int InstalmentsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int InstalmentsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant InstalmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::InstalmentTerms &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return QString::number(index.row() + 1);
        case Date:
            return DebtorFileTexts::date(row.dueDate);
        case Amount:
            return m_money.format(row.amount);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Date:
            return row.dueDate;
        case Amount:
            return row.amount.minor();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Date ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        break;
    }
    return {};
}

QVariant InstalmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    }
    return {};
}

} // namespace libreta::ui
