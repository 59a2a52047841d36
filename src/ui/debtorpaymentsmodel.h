#pragma once

#include "services/debtorfile.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// A debtor's payments, newest first, each with the invoices it was applied
// to and the promises it paid (and how those promises ended). A reversed
// payment is greyed and says when, by whom and why where its invoices were.
class DebtorPaymentsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Amount, Method, Reference, AppliedTo, Promises, Credit, ColumnCount };

    explicit DebtorPaymentsModel(QObject *parent = nullptr);

    void setFile(const services::DebtorFile &file, const MoneyFormatter &money);
    const domain::Payment *paymentAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        domain::Payment payment;
        QString appliedTo;
        QString promises;
        bool keptAPromise = false;
    };
    QVariant display(const Line &line, int column) const;
    static QString reversalText(const services::DebtorFile &file, const domain::Payment::Reversal &reversal);

    QList<Line> m_lines;
    MoneyFormatter m_money;
};

} // namespace libreta::ui
