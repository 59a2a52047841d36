#pragma once

#include "store/scriptrepository.h"

#include <QAbstractListModel>

namespace libreta::ui {

// The office's negotiation techniques, each ticked when the agent used it
// (Space ticks the current one). Calls store the codes.
class TechniquesModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { CodeRole = Qt::UserRole + 100 };

    explicit TechniquesModel(QObject *parent = nullptr);

    void setTechniques(const QList<store::ScriptTechnique> &techniques);
    QStringList checkedCodes() const;
    // Codes not in the catalogue (an older script's) are kept, unseen.
    void setCheckedCodes(const QStringList &codes);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    QList<store::ScriptTechnique> m_techniques;
    QStringList m_checked;
};

} // namespace libreta::ui
