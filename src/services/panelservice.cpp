#include "services/panelservice.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/panelperiod.h"
#include "domain/promiseevaluation.h"
#include "services/scriptlibrary.h"
#include "store/scriptrepository.h"
#include "services/supervision.h"
#include "store/settingsrepository.h"
#include "store/targetrepository.h"
#include "store/userrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace libreta::services {

bool PanelService::seesEveryone() { return maySupervise(m_db, m_userId); }

QList<store::AgingLine> PanelService::aging(const QDate &today, std::optional<domain::Id> agentId)
{
    if (!seesEveryone()) {
        if (!m_userId)
            return {};
        agentId = m_userId;
    }
    QList<store::AgingLine> lines = store::AgingRepository(m_db).lines({today, agentId});
    for (store::AgingLine &line : lines)
        if (line.segment.isEmpty())
            line.segment = tr("No segment");
    return lines;
}

QString PanelService::agentName(const QHash<domain::Id, domain::User> &users, domain::Id agent)
{
    if (agent == 0)
        return tr("No agent");
    const auto user = users.constFind(agent);
    return user != users.cend() ? user->displayName : QString::number(agent);
}

QList<PanelNamedLine> PanelService::agentLines(store::FiguresRepository &figures, const store::PanelScope &scope,
                                              const QHash<domain::Id, domain::User> &users,
                                              const QHash<domain::Id, domain::Money> &targets)
{
    const auto targetOf = [&](domain::Id agent) -> std::optional<domain::Money> {
        const auto monthly = targets.constFind(agent);
        if (monthly == targets.cend())
            return std::nullopt;
        return domain::targetOver(*monthly, {scope.from, scope.to});
    };
    QList<PanelNamedLine> lines;
    QSet<domain::Id> listed;
    for (const store::PanelLine &line : figures.byAgent(scope)) {
        const domain::Id agent = line.key.toLongLong();
        lines.append({agentName(users, agent), line.figures, agent, targetOf(agent)});
        listed.insert(agent);
    }
    // An agent with a target and nothing done in the period is a line too:
    // at 0 % of it, which is what the supervisor needs to see.
    for (auto t = targets.cbegin(); t != targets.cend(); ++t) {
        const auto user = users.constFind(t.key());
        if (!listed.contains(t.key()) && user != users.cend() && user->active &&
            (!scope.agentId || *scope.agentId == t.key()))
            lines.append({user->displayName, store::PanelFigures(), t.key(), targetOf(t.key())});
    }
    return lines;
}

QList<PanelNamedLine> PanelService::stepLines(store::FiguresRepository &figures, const store::PanelScope &scope,
                                             const QDate &today, const QHash<domain::Id, domain::User> &users,
                                             const QHash<domain::Id, domain::Money> &targets)
{
    const QList<domain::DayRange> steps = domain::periodSteps({scope.from, scope.to}, today);
    QList<PanelNamedLine> lines;
    for (const domain::DayRange &step : steps) {
        PanelNamedLine line;
        line.days = step;
        line.resultsPending = !scope.resultsTo || *scope.resultsTo < step.from;
        lines.append(line);
    }
    // Who a step's target is: as in the table by agent, the agents who did
    // something in its days and the active ones with a target who did not.
    QList<QSet<domain::Id>> agents(lines.size());
    qsizetype at = 0;
    for (const store::StepAgentLine &part : figures.bySteps(scope, steps)) {
        while (at < lines.size() && lines.at(at).days.from != part.from)
            ++at;
        if (at == lines.size())
            break;
        PanelNamedLine &line = lines[at];
        line.figures += part.figures;
        agents[at].insert(part.agentId);
        if (targets.contains(part.agentId))
            line.towardsTarget = line.towardsTarget.value_or(domain::Money()) + part.figures.recovered;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        PanelNamedLine &line = lines[i];
        // The listed agents' monthly targets added up, then their share of
        // the line's days taken once: nine shares each rounded to the cent
        // would read a day's target as 196,199.99 for 196,200.00.
        std::optional<domain::Money> monthly;
        for (auto t = targets.cbegin(); t != targets.cend(); ++t) {
            const auto user = users.constFind(t.key());
            const bool listed = agents.at(i).contains(t.key()) ||
                                (user != users.cend() && user->active && (!scope.agentId || *scope.agentId == t.key()));
            if (listed)
                monthly = monthly.value_or(domain::Money()) + *t;
        }
        if (monthly) {
            line.target = domain::targetOver(*monthly, line.days);
            if (!line.towardsTarget)
                line.towardsTarget = domain::Money();
        }
    }
    return lines;
}

PanelReport PanelService::read(const QDate &from, const QDate &to, std::optional<domain::Id> agentId,
                               const QString &scriptLanguage, const QDate &today)
{
    PanelReport report;
    if (!seesEveryone()) {
        if (!m_userId)
            return report;
        agentId = m_userId;
    }
    report.resultsTo =
        std::min(to, domain::lastFinalPromiseDate(today, store::SettingsRepository(m_db).graceDays()));
    const store::PanelScope scope{from, to, agentId, report.resultsTo};
    store::FiguresRepository figures(m_db);
    report.totals = figures.totals(scope);

    QHash<domain::Id, domain::User> users;
    for (const domain::User &u : store::UserRepository(m_db).all())
        users.insert(u.id, u);
    const QHash<domain::Id, domain::Money> targets = store::TargetRepository(m_db).allMonthlyRecovery();
    report.byAgent = agentLines(figures, scope, users, targets);
    report.overTime = stepLines(figures, scope, today, users, targets);
    report.overTimeByMonth = domain::stepsByMonth({from, to});
    for (const store::FollowThroughLine &line : figures.followThrough(scope, today))
        report.followThrough.append({agentName(users, line.agentId), line});
    for (const store::PanelLine &line : figures.bySegment(scope))
        report.bySegment.append(
            {line.key.isEmpty() ? tr("No segment") : line.key, line.figures, std::nullopt, std::nullopt});

    // A technique taken off the script since keeps the name it last had.
    QHash<QString, QString> techniques = store::ScriptRepository(m_db).techniqueNames(scriptLanguage);
    QHash<QString, QString> reasons;
    if (const auto script = ScriptLibrary(m_db).scriptFor(scriptLanguage)) {
        for (const store::ScriptTechnique &t : script->techniques)
            techniques.insert(t.code, t.label);
        for (const store::ScriptExcuse &e : script->excuses)
            reasons.insert(domain::toCode(e.category), e.label);
    }
    for (const store::CallResultLine &line : figures.byTechnique(scope))
        report.byTechnique.append({techniques.value(line.key, line.key), line});
    for (const store::CallResultLine &line : figures.byReason(scope)) {
        const auto category = domain::fromCode<domain::ExcuseCategory>(line.key);
        const QString fallback = category ? domain::label(*category) : line.key;
        report.byReason.append({reasons.value(line.key, fallback), line});
    }
    return report;
}

} // namespace libreta::services
