#pragma once

#include "domain/panelperiod.h"
#include "store/agingrepository.h"
#include "store/figuresrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace libreta::store {
class Database;
}

namespace libreta::services {

// One line of the Panel's tables, named for the person reading it.
struct PanelNamedLine {
    QString name;
    store::PanelFigures figures;
    std::optional<domain::Id> agentId;  // a line of the table by agent (0: nobody)
    // The agent's target of money recovered over the period (schema 35;
    // domain::targetOver): none for an agent without one, and on other tables.
    std::optional<domain::Money> target;
    // A line of the Panel over time (PanelReport::overTime): its days; the
    // money recovered by its agents who have a target, which is what the
    // target is read against when the line is several agents'; and whether
    // no promise dated in its days has ended its grace days yet.
    domain::DayRange days{};
    std::optional<domain::Money> towardsTarget{};
    bool resultsPending = false;
};

struct PanelResultLine {
    QString name;
    store::CallResultLine figures;
};

// What became of one agent's tasks and call-backs due in the period.
struct PanelFollowThroughLine {
    QString name;
    store::FollowThroughLine figures;
};

struct PanelReport {
    // The promises' results count for those dated up to here (the period's
    // last day when every one is final; before its first, none is yet).
    QDate resultsTo;
    store::PanelFigures totals;
    QList<PanelNamedLine> byAgent;
    QList<PanelNamedLine> bySegment;
    QList<PanelResultLine> byTechnique;
    // The reasons for not paying recorded in the period's calls (schema 36).
    QList<PanelResultLine> byReason;
    // The tasks and call-backs due in the period, by agent (schema 37).
    QList<PanelFollowThroughLine> followThrough;
    // The period step by step up to today (domain::periodSteps): its days,
    // or for a year its months, each with the figures of everyone read and
    // the targets of the agents among them.
    QList<PanelNamedLine> overTime;
    bool overTimeByMonth = false;
};

// The Panel: how the office's work went over some days. Supervisors and
// administrators (anyone, in an office that lists no users) read everyone's
// figures or one agent's; an agent reads their own.
class PanelService final {
    Q_DECLARE_TR_FUNCTIONS(Panel)

public:
    PanelService(store::Database &db, std::optional<domain::Id> userId) : m_db(db), m_userId(userId) {}

    bool seesEveryone();
    // The figures of the days `from`–`to` (both included), of `agentId`
    // or everyone's; an agent gets their own whatever is asked (nothing
    // when the desk names nobody). Techniques and reasons are named as the
    // script in `scriptLanguage` names them. How promises ended counts, on `today`,
    // only for those whose grace is over: a promise paid early, or one
    // still in its grace days, would otherwise make the period's first
    // weeks read every promise kept. The tasks and call-backs still open
    // and due before `today` are overdue.
    PanelReport read(const QDate &from, const QDate &to, std::optional<domain::Id> agentId,
                     const QString &scriptLanguage, const QDate &today);
    // What is owed on `today` by how late it is, by segment (segments
    // named; "No segment" for none), for `agentId`'s debtors or everyone's,
    // with the same rule: an agent reads their own debtors'. Not a figure
    // of the period: a picture of the portfolio now, read from every
    // debtor's totals (see store::AgingRepository).
    QList<store::AgingLine> aging(const QDate &today, std::optional<domain::Id> agentId);

private:
    // The table by agent: each agent's figures named, with their target of
    // the period (schema 35).
    QList<PanelNamedLine> agentLines(store::FiguresRepository &figures, const store::PanelScope &scope,
                                     const QHash<domain::Id, domain::User> &users,
                                     const QHash<domain::Id, domain::Money> &targets);
    // The period step by step, each step's agents added up, with the
    // targets of those the table by agent would list for its days.
    static QList<PanelNamedLine> stepLines(store::FiguresRepository &figures, const store::PanelScope &scope,
                                           const QDate &today, const QHash<domain::Id, domain::User> &users,
                                           const QHash<domain::Id, domain::Money> &targets);
    static QString agentName(const QHash<domain::Id, domain::User> &users, domain::Id agent);

    store::Database &m_db;
    std::optional<domain::Id> m_userId;
};

} // namespace libreta::services
