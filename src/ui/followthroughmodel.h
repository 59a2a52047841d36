#pragma once

#include "services/panelservice.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// The Panel's Follow-through tab: by agent, the tasks and call-backs due in
// the period (schema 37), how many were done by their day, done later,
// called off, overdue or not due yet, the share done on time, and how often
// they were put off to a later day once their day had come (schema 38).
class FollowThroughModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Agent, Due, OnTime, Late, Cancelled, Overdue, NotYetDue, OnTimeRate, PutOff, ColumnCount };

    explicit FollowThroughModel(QObject *parent = nullptr);

    void setLines(const QList<services::PanelFollowThroughLine> &lines);
    // The agent of a row (0: the items nobody is assigned to).
    domain::Id agentAt(int row) const { return m_lines.value(row).figures.agentId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::PanelFollowThroughLine> m_lines;
};

} // namespace libreta::ui
