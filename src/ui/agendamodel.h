#pragma once

#include "store/followuprepository.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// The day's open follow-ups (and those left open from earlier days), in the
// order they are due. A day's agenda is a few hundred items at most, so it
// is read whole; the portfolio is the list that pages.
class AgendaModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Kind, Debtor, Amount, Method, ColumnCount };

    explicit AgendaModel(store::Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    void reload();
    int overdueCount() const;

Q_SIGNALS:
    void reloaded();
    void failed(const QString &message);

private:
    QVariant display(const store::AgendaItem &item, int column) const;
    bool isOverdue(const store::AgendaItem &item) const { return item.followUp.dueDate < m_day; }

    store::FollowUpRepository m_repository;
    MoneyFormatter m_money;
    QDate m_day;
    QList<store::AgendaItem> m_items;
};

} // namespace libreta::ui
