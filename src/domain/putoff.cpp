#include "domain/putoff.h"

namespace libreta::domain {

bool inFollowThrough(FollowUpKind kind)
{
    return kind != FollowUpKind::PromiseReminder && kind != FollowUpKind::PromiseCheck;
}

bool putsOff(FollowUpKind kind, const QDate &from, const QDate &to, const QDate &movedOn)
{
    return inFollowThrough(kind) && to > from && movedOn >= from;
}

} // namespace libreta::domain
