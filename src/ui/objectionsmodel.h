#pragma once

#include <QAbstractListModel>

namespace libreta::ui {

// The office's answers to objections (argumentario), narrowed as the agent
// types: every word typed must appear in the objection or its answer,
// ignoring accents and case ("pague" finds "Ya pagué").
class ObjectionsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { AnswerRole = Qt::UserRole + 100 };

    explicit ObjectionsModel(QObject *parent = nullptr);

    void setObjections(const QList<QPair<QString, QString>> &objections);
    void setFilter(const QString &text);
    QString answerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void refilter();

    struct Entry {
        QString objection;
        QString answer;
        QString folded;
    };
    QList<Entry> m_all;
    QList<int> m_shown;  // indexes into m_all
    QStringList m_words;
};

} // namespace libreta::ui
