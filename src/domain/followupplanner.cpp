#include "domain/followupplanner.h"

#include "domain/promiseevaluation.h"

namespace libreta::domain {

QList<PlannedFollowUp> followUpsForPromise(const QDate &dueDate, int graceDays, const QTime &reminderTime,
                                           const QDateTime &madeAtLocal)
{
    // An office that never set a reminder time still gets a morning reminder.
    const QTime at = reminderTime.isValid() ? reminderTime : QTime(9, 0);
    QList<PlannedFollowUp> planned;
    // A promise for today made after the reminder's hour has just been
    // said aloud: a reminder due before it was made would only sit overdue.
    if (!(madeAtLocal.isValid() && madeAtLocal.date() == dueDate && madeAtLocal.time() >= at))
        planned << PlannedFollowUp{FollowUpKind::PromiseReminder, dueDate, at};
    // The check has no hour: the payment may be posted any time that day.
    planned << PlannedFollowUp{FollowUpKind::PromiseCheck, graceEnd(dueDate, graceDays), std::nullopt};
    return planned;
}

PlannedFollowUp callbackForBrokenPromise(const QDate &brokenOn)
{
    return PlannedFollowUp{FollowUpKind::Callback, brokenOn, std::nullopt};
}

FollowUpKind taskForArgument(ExcuseCategory category)
{
    switch (category) {
    case ExcuseCategory::InvoiceNotReceived:
        return FollowUpKind::SendInvoiceCopy;
    case ExcuseCategory::AmountDisputed:
    case ExcuseCategory::SaysAlreadyPaid:
    // Not recognising the debt is answered with the same proof: the statement
    // listing the invoices and payments.
    case ExcuseCategory::DoesNotRecogniseDebt:
        return FollowUpKind::SendStatement;
    case ExcuseCategory::NoFunds:
    case ExcuseCategory::WaitingForCustomer:
    case ExcuseCategory::WillPayOnDate:
    case ExcuseCategory::IllnessOrJobLoss:
    case ExcuseCategory::Other:
        // Usually an excuse, answered in the negotiation; when the agent
        // judged it verifiable, someone has to verify it.
        return FollowUpKind::NoteFollowUp;
    }
    return FollowUpKind::NoteFollowUp;
}

} // namespace libreta::domain
