#include "ui/objectionsmodel.h"

#include "domain/textfold.h"

#include <algorithm>

namespace libreta::ui {

ObjectionsModel::ObjectionsModel(QObject *parent) : QAbstractListModel(parent) {}

void ObjectionsModel::setObjections(const QList<QPair<QString, QString>> &objections)
{
    m_all.clear();
    for (const auto &[objection, answer] : objections) {
        const QString both = objection + QLatin1Char(' ') + answer;
        m_all.append({objection, answer, domain::foldForSearch(both)});
    }
    refilter();
}

void ObjectionsModel::setFilter(const QString &text)
{
    const QStringList words = domain::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void ObjectionsModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const bool match = std::all_of(m_words.cbegin(), m_words.cend(),
                                       [&](const QString &w) { return m_all.at(i).folded.contains(w); });
        if (match)
            m_shown.append(i);
    }
    endResetModel();
}

QString ObjectionsModel::answerAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_all.at(m_shown.at(row)).answer : QString();
}

int ObjectionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }

QVariant ObjectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return e.objection;
    case Qt::ToolTipRole:
    case AnswerRole:
        return e.answer;
    default:
        return {};
    }
}

} // namespace libreta::ui
