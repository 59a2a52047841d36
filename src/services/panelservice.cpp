#include "services/panelservice.h"

#include "domain/panelperiod.h"
#include "domain/promiseevaluation.h"
#include "services/scriptlibrary.h"
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

    QHash<QString, QString> agents;
    QSet<domain::Id> working;
    for (const domain::User &u : store::UserRepository(m_db).all()) {
        agents.insert(QString::number(u.id), u.displayName);
        if (u.active)
            working.insert(u.id);
    }
    const QHash<domain::Id, domain::Money> targets = store::TargetRepository(m_db).allMonthlyRecovery();
    for (const store::PanelLine &line : figures.byAgent(scope)) {
        const QString name = line.key == QLatin1String("0") ? tr("No agent") : agents.value(line.key, line.key);
        const domain::Id agent = line.key.toLongLong();
        std::optional<domain::Money> target;
        if (const auto monthly = targets.constFind(agent); monthly != targets.cend())
            target = domain::targetOver(*monthly, {from, to});
        report.byAgent.append({name, line.figures, agent, target});
    }
    // An agent with a target and nothing done in the period is a line too:
    // at 0 % of it, which is what the supervisor needs to see.
    for (auto t = targets.cbegin(); t != targets.cend(); ++t) {
        const bool shown = std::any_of(report.byAgent.cbegin(), report.byAgent.cend(),
                                       [&](const PanelNamedLine &l) { return l.agentId == t.key(); });
        if (!shown && (!agentId || *agentId == t.key()) && working.contains(t.key()))
            report.byAgent.append({agents.value(QString::number(t.key())), store::PanelFigures(), t.key(),
                                   domain::targetOver(t.value(), {from, to})});
    }
    for (const store::PanelLine &line : figures.bySegment(scope))
        report.bySegment.append(
            {line.key.isEmpty() ? tr("No segment") : line.key, line.figures, std::nullopt, std::nullopt});

    QHash<QString, QString> techniques;
    if (const auto script = ScriptLibrary(m_db).scriptFor(scriptLanguage))
        for (const store::ScriptTechnique &t : script->techniques)
            techniques.insert(t.code, t.label);
    for (const store::TechniqueLine &line : figures.byTechnique(scope))
        report.byTechnique.append({techniques.value(line.technique, line.technique), line});
    return report;
}

} // namespace libreta::services
