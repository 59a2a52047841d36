#pragma once

#include "store/agingrepository.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// The Panel's aging table: a row per age (current, 1–30 days, … over 180)
// and the total, with how many debtors owe, what they owe, its share of
// the whole, and what each segment owes.
class AgingModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Age, Debtors, Outstanding, Share, FirstSegment };

    explicit AgingModel(QObject *parent = nullptr);

    void setLines(const QList<store::AgingLine> &lines, const MoneyFormatter &money);
    // The age of a row; none for the total.
    std::optional<domain::AgingBucket> bucketAt(int row) const;
    domain::Money total() const { return m_total.outstanding; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        qint64 debtors = 0;
        domain::Money outstanding;
    };
    struct Row {
        std::optional<domain::AgingBucket> bucket;
        Cell all;
        QList<Cell> bySegment;  // in m_segments' order
    };
    QVariant display(const Row &row, int column) const;

    QStringList m_segments;
    QList<Row> m_rows;  // the six ages, then the total
    Cell m_total;
    QList<int> m_shares;  // each age's whole percent of the total, adding up to 100
    MoneyFormatter m_money;
};

} // namespace libreta::ui
