#pragma once

#include "domain/promiseevaluation.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// The instalments an option in the negotiation works out to, as the agent
// reads them out: number, date, amount.
class InstalmentsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Date, Amount, ColumnCount };

    explicit InstalmentsModel(QObject *parent = nullptr);

    void setInstalments(const QList<domain::InstalmentTerms> &instalments, const MoneyFormatter &money);
    const QList<domain::InstalmentTerms> &instalments() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<domain::InstalmentTerms> m_rows;
    MoneyFormatter m_money;
};

} // namespace libreta::ui
