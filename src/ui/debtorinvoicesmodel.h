#pragma once

#include "domain/entities.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// A debtor's invoices with what is left of each, oldest due first.
class DebtorInvoicesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Issued, Due, Amount, Outstanding, DaysPastDue, Disputed, ColumnCount };

    explicit DebtorInvoicesModel(QObject *parent = nullptr);

    void setInvoices(const QList<domain::Invoice> &invoices, const QDate &today, const MoneyFormatter &money);
    const domain::Invoice *invoiceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int daysPastDue(const domain::Invoice &invoice) const;
    QString outstandingText(const domain::Invoice &invoice) const;
    QVariant display(const domain::Invoice &invoice, int column) const;

    QList<domain::Invoice> m_invoices;
    QDate m_today;
    MoneyFormatter m_money;
};

} // namespace libreta::ui
