#pragma once

#include "services/panelservice.h"
#include "ui/moneyformatter.h"

#include <QAbstractTableModel>

namespace libreta::ui {

// One of the Panel's tables: its lines by agent or by segment (calls,
// contacts, promises made and kept, money recovered), by technique (calls
// that used it, how many ended in a promise or a payment, and what the
// promises got with it came to), by reason for not paying (the same, for
// the calls that recorded it), or the
// agents' scores (how many of their calls were reviewed, and the averages).
class PanelModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Kind { Agents, Segments, Techniques, Reasons, Scores, OverTime };
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
        // By agent and over time: the period's target of money recovered
        // (schema 35) and the share of it recovered.
        Target,
        TargetRate,
        LineColumnCount
    };
    // The Scores tab: an agent's calls the supervisors reviewed, the
    // average of every stage scored, and each stage's own average.
    enum ScoreColumn {
        ScoreAgent,
        Reviewed,
        Score,
        PresentationScore,
        ListeningScore,
        NegotiationScore,
        PreCloseScore,
        CloseScore,
        ScoreColumnCount
    };
    // By technique and by reason.
    enum TechniqueColumn {
        Technique,
        TechniqueCalls,
        Won,
        WonRate,
        TechniquePromises,
        TechniquePromised,
        TechniqueKept,
        TechniquePartial,
        TechniqueBroken,
        TechniqueKeptRate,
        TechniquePaid,
        TechniqueColumnCount
    };

    PanelModel(Kind kind, QObject *parent = nullptr);

    void setMoney(const MoneyFormatter &money) { m_money = money; }
    // By agent or segment; the Scores tab keeps the agents who made calls
    // or were reviewed. By agent, two or more end with the whole office's.
    void setLines(const QList<services::PanelNamedLine> &lines);
    // Over time: whether the lines are months (a year's) or days.
    void setStepsByMonth(bool byMonth) { m_byMonth = byMonth; }
    // By technique or by reason.
    void setResults(const QList<services::PanelResultLine> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The agent of a line of the table by agent; nullopt elsewhere.
    std::optional<domain::Id> agentAt(int row) const;
    // The days of a line over time (a day, or the part of a month up to
    // today); nullopt elsewhere.
    std::optional<domain::DayRange> stepAt(int row) const;
    // "42 %", or a dash when nothing was counted to take a share of.
    static QString percent(qint64 part, qint64 whole);
    // How far a figure reached toward a goal: past it too ("201 %"), so an
    // agent at twice their target does not read as one who just made it.
    static QString percentReached(qint64 part, qint64 goal);
    // The average of the stages scored, "3.8" (0 to 5), or a dash.
    static QString score(qint64 points, qint64 stages);

private:
    QVariant lineText(const services::PanelNamedLine &line, int column) const;
    QString stepName(const services::PanelNamedLine &line) const;
    QString stepDays(const services::PanelNamedLine &line) const;
    bool showsResults() const { return m_kind == Kind::Techniques || m_kind == Kind::Reasons; }
    static services::PanelNamedLine totalOf(const QList<services::PanelNamedLine> &lines);
    QVariant techniqueText(const services::PanelResultLine &line, int column) const;
    QVariant scoreText(const services::PanelNamedLine &line, int column) const;
    QVariant lineHeader(int section) const;
    QVariant techniqueHeader(int section, int role) const;
    QVariant scoreHeader(int section, int role) const;

    Kind m_kind;
    bool m_byMonth = false;
    bool m_hasTotal = false;  // the last of m_lines is the office's (by agent)
    MoneyFormatter m_money;
    QList<services::PanelNamedLine> m_lines;
    QList<services::PanelResultLine> m_results;
};

} // namespace libreta::ui
