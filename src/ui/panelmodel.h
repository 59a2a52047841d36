#pragma once

#include "services/panelservice.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// One of the Panel's tables: its lines by agent or by segment (calls,
// contacts, promises made and kept, money recovered; by agent also how many
// of their calls were reviewed and the average score), or by technique
// (calls that used it, and how many ended in a promise or a payment).
class PanelModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Agents, Segments, Techniques };
    enum LineColumn {
        Name,
        Calls,
        Contacts,
        ContactRate,
        PromisesMade,
        Promised,
        Kept,
        Partial,
        Broken,
        KeptRate,
        Recovered,
        Adjusted,
        // The table by agent only: reviews are of an agent's calls.
        Reviewed,
        Score,
        LineColumnCount
    };
    enum TechniqueColumn { Technique, TechniqueCalls, Won, WonRate, TechniqueColumnCount };

    PanelModel(Kind kind, QObject *parent = nullptr);

    void setMoney(const MoneyFormatter &money) { m_money = money; }
    void setLines(const QList<services::PanelNamedLine> &lines);
    void setTechniques(const QList<services::PanelTechniqueLine> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The agent of a line of the table by agent; nullopt elsewhere.
    std::optional<domain::Id> agentAt(int row) const;
    // "42 %", or a dash when nothing was counted to take a share of.
    static QString percent(qint64 part, qint64 whole);
    // The average of the stages scored, "3.8" (0 to 5), or a dash.
    static QString score(qint64 points, qint64 stages);

private:
    QVariant lineText(const services::PanelNamedLine &line, int column) const;
    QVariant techniqueText(const services::PanelTechniqueLine &line, int column) const;

    Kind m_kind;
    MoneyFormatter m_money;
    QList<services::PanelNamedLine> m_lines;
    QList<services::PanelTechniqueLine> m_techniques;
};

} // namespace libreta::ui
