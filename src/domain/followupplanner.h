#pragma once

#include "domain/entities.h"

namespace libreta::domain {

struct PlannedFollowUp {
    FollowUpKind kind = FollowUpKind::Callback;
    QDate dueDate;
    std::optional<QTime> dueTime;
};

// A promise becomes two follow-ups: a reminder on the morning of its date (at
// the office's reminder time) and a check on the day its grace ends. Made
// (`madeAtLocal`) on its own date after the reminder's hour, only the check.
QList<PlannedFollowUp> followUpsForPromise(const QDate &dueDate, int graceDays, const QTime &reminderTime,
                                           const QDateTime &madeAtLocal = {});

// A broken promise goes back to the top of the queue: a call-back on the day
// it was found broken.
PlannedFollowUp callbackForBrokenPromise(const QDate &brokenOn);

// An argument becomes the task that removes it: invoice not received -> send
// a copy; amount disputed, says already paid or does not recognise the debt
// -> send the statement; any other reason the agent judged verifiable -> a
// written task to check what the debtor said. Excuses get no task: the
// callers ask only for arguments.
FollowUpKind taskForArgument(ExcuseCategory category);

} // namespace libreta::domain
