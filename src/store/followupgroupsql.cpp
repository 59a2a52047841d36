#include "store/followupgroupsql.h"

#include "domain/entitycodes.h"

namespace libreta::store {

QString followUpGroupCondition(domain::AgendaGroup group)
{
    // "promise_id IS NOT NULL" exactly as the indexes spell it: SQLite uses
    // an index on an expression only for the same expression.
    return QStringLiteral("f.kind = '%1' AND (f.promise_id IS NOT NULL) = %2")
        .arg(domain::toCode(domain::kindOf(group)))
        .arg(domain::isAboutPromise(group) ? 1 : 0);
}

QString followUpsByGroup(bool oneAssignee)
{
    return oneAssignee ? QStringLiteral("followups f INDEXED BY followups_open_agent_group_due")
                       : QStringLiteral("followups f INDEXED BY followups_open_group_due");
}

} // namespace libreta::store
