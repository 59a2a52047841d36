#include "services/dayfigures.h"

#include "services/supervision.h"
#include "store/agendarepository.h"
#include "store/figuresrepository.h"
#include "store/portfoliorepository.h"
#include "store/targetrepository.h"

namespace libreta::services {

DayFigures dayFigures(store::Database &db, std::optional<domain::Id> deskUser, const QDate &today)
{
    DayFigures f;
    f.own = deskUser.has_value() && !maySupervise(db, deskUser);
    if (f.own) {
        store::AgendaScope mine;
        mine.who = store::AgendaScope::Who::Agent;
        mine.agentId = *deskUser;
        mine.from = mine.to = today;
        f.promisesDue = store::AgendaRepository(db).count(mine, domain::AgendaGroup::PromiseDue);
        f.calls = store::FiguresRepository(db).totals({today, today, *deskUser}).calls;
        f.monthTarget = store::TargetRepository(db).monthlyRecovery(*deskUser);
        if (f.monthTarget)
            f.recoveredThisMonth = store::FiguresRepository(db)
                                       .totals({QDate(today.year(), today.month(), 1), today, *deskUser})
                                       .recovered;
    } else {
        f.promisesDue = store::PortfolioRepository(db).promisesDueOn(today);
        f.calls = store::FiguresRepository(db).totals({today, today, std::nullopt}).calls;
    }
    return f;
}

} // namespace libreta::services
