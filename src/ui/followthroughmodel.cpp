#include "ui/followthroughmodel.h"

#include "ui/panelmodel.h"

#include <QLocale>

namespace libreta::ui {

FollowThroughModel::FollowThroughModel(QObject *parent) : QAbstractTableModel(parent) {}

void FollowThroughModel::setLines(const QList<services::PanelFollowThroughLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int FollowThroughModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int FollowThroughModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant FollowThroughModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Agent ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                       : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    const services::PanelFollowThroughLine &line = m_lines.at(index.row());
    const store::FollowThroughLine &f = line.figures;
    const QLocale locale;
    switch (index.column()) {
    case Agent: return line.name;
    case Due: return locale.toString(f.due);
    case OnTime: return locale.toString(f.doneOnTime);
    case Late: return locale.toString(f.doneLate);
    case Cancelled: return locale.toString(f.cancelled);
    case Overdue: return locale.toString(f.overdue);
    case NotYetDue: return locale.toString(f.open() - f.overdue);
    case OnTimeRate: return PanelModel::percent(f.doneOnTime, f.owed());
    case PutOff: return locale.toString(f.putOff);
    default: return {};
    }
}

QVariant FollowThroughModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Agent ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Due:
            return tr("Tasks (an invoice copy, a statement, a note's follow-up) and call-backs due in the period, "
                      "assigned to the agent; a promise's reminder and check are not among them");
        case OnTime: return tr("Done on or before the day they were due (a call-back is done by the call made to the debtor)");
        case Late: return tr("Done after the day they were due");
        case Cancelled: return tr("Called off: the debt was settled, the call was corrected, or nothing is owed");
        case Overdue: return tr("Still open, and due before today");
        case NotYetDue: return tr("Still open, due today or later in the period");
        case OnTimeRate: return tr("Done on time, of those that should be done by now: on time, late or overdue");
        case PutOff:
            return tr("Times one of them was moved to a later day once its day had come, counted on the day it "
                      "left: on its new day it is due again, and may be done \"on time\" there. Moves made "
                      "days ahead are planning and do not count");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Agent: return tr("Agent");
    case Due: return tr("Due");
    case OnTime: return tr("Done on time");
    case Late: return tr("Done late");
    case Cancelled: return tr("Called off");
    case Overdue: return tr("Overdue");
    case NotYetDue: return tr("Not yet due");
    case OnTimeRate: return tr("% on time");
    case PutOff: return tr("Put off");
    default: return {};
    }
}

} // namespace libreta::ui
