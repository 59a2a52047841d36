#include "ui/techniquesmodel.h"

namespace libreta::ui {

TechniquesModel::TechniquesModel(QObject *parent) : QAbstractListModel(parent) {}

void TechniquesModel::setTechniques(const QList<store::ScriptTechnique> &techniques)
{
    beginResetModel();
    m_techniques = techniques;
    endResetModel();
}

QStringList TechniquesModel::checkedCodes() const { return m_checked; }

void TechniquesModel::setCheckedCodes(const QStringList &codes)
{
    m_checked = codes;
    if (!m_techniques.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_techniques.size()) - 1), {Qt::CheckStateRole});
}

int TechniquesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_techniques.size()); }

QVariant TechniquesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ScriptTechnique &t = m_techniques.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.label;
    case Qt::ToolTipRole:
        return t.description;
    case Qt::CheckStateRole:
        return m_checked.contains(t.code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return t.code;
    default:
        return {};
    }
}

bool TechniquesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString code = m_techniques.at(index.row()).code;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(code))
        return true;
    if (checked)
        m_checked.append(code);
    else
        m_checked.removeAll(code);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags TechniquesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace libreta::ui
