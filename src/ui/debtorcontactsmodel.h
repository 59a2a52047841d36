#pragma once

#include "domain/entities.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace libreta::ui {

// The people reachable for one debtor, with their phones and e-mails. A
// debtor has a handful: the list is held whole.
class DebtorContactsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Role, Phones, Emails, BestTime, DoNotContact, ColumnCount };

    explicit DebtorContactsModel(QObject *parent = nullptr);

    // `wrongNumbers`: the numbers whose last call was a wrong number, with its day.
    void setContacts(const QList<domain::Contact> &contacts, const QHash<QString, QDate> &wrongNumbers = {});
    const domain::Contact *contactAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Contact> m_contacts;
    QHash<QString, QDate> m_wrongNumbers;
};

} // namespace libreta::ui
