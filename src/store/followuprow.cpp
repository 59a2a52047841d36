#include "store/followuprow.h"

#include "domain/entitycodes.h"
#include "store/sqlquery.h"

namespace libreta::store {

QString followUpColumns()
{
    return QStringLiteral("f.id, f.debtor_id, f.kind, f.due_date, f.due_time, f.promise_id, f.call_id, "
                          "f.assigned_to, f.description, f.status, f.result");
}

domain::FollowUp readFollowUp(const SqlQuery &q)
{
    using namespace domain;
    FollowUp f;
    f.id = q.integer(0);
    f.debtorId = q.integer(1);
    f.kind = fromCode<FollowUpKind>(q.text(2)).value_or(FollowUpKind::Callback);
    f.dueDate = q.date(3);
    f.dueTime = q.optionalTime(4);
    f.promiseId = q.optionalInteger(5);
    f.callId = q.optionalInteger(6);
    f.assignedTo = q.optionalInteger(7);
    f.description = q.text(8);
    f.status = fromCode<FollowUpStatus>(q.text(9)).value_or(FollowUpStatus::Open);
    f.result = q.text(10);
    return f;
}

} // namespace libreta::store
