#include "ui/debtorcontactsmodel.h"

#include "domain/labels.h"
#include "ui/debtorfiletexts.h"
#include "ui/itemroles.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace libreta::ui {

DebtorContactsModel::DebtorContactsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DebtorContactsModel::setContacts(const QList<domain::Contact> &contacts, const QHash<QString, QDate> &wrongNumbers)
{
    beginResetModel();
    m_contacts = contacts;
    m_wrongNumbers = wrongNumbers;
    endResetModel();
}

const domain::Contact *DebtorContactsModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? &m_contacts.at(row) : nullptr;
}

int DebtorContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int DebtorContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebtorContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return c.name;
        case Role: return domain::label(c.role);
        case Phones: return DebtorFileTexts::phones(c, m_wrongNumbers);
        case Emails: return DebtorFileTexts::emails(c);
        case BestTime: return c.bestTime;
        case DoNotContact: return c.doNotContact ? tr("Do not contact") : QString();
        default: return {};
        }
    case Qt::ForegroundRole:
        if (c.doNotContact)
            return QColor(0xb0, 0x1c, 0x1c);
        // A number that reached a stranger, in the warning's brown.
        if (index.column() == Phones && std::any_of(c.phones.cbegin(), c.phones.cend(), [this](const domain::Phone &p) {
                return m_wrongNumbers.contains(p.number);
            }))
            return QColor(0x8a, 0x53, 0x00);
        return {};
    case Qt::FontRole:
        // Who may hear about the debt stands out from references.
        if (index.column() == Name && (c.role == domain::ContactRole::Debtor || c.role == domain::ContactRole::DecisionMaker)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole: return QVariant::fromValue<qint64>(c.id);
    case RawValueRole:
        if (index.column() == Role)
            return int(c.role);
        if (index.column() == DoNotContact)
            return c.doNotContact;
        return data(index, Qt::DisplayRole);
    default: return {};
    }
}

QVariant DebtorContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Phones: return tr("Phones");
    case Emails: return tr("E-mails");
    case BestTime: return tr("Best time");
    case DoNotContact: return tr("Do not contact");
    default: return {};
    }
}

} // namespace libreta::ui
