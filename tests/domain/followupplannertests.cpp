#include "domain/followupplanner.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

TEST_CASE("A promise gets a morning reminder on its date and a check when grace ends")
{
    const auto planned = followUpsForPromise(QDate(2026, 5, 15), 3, QTime(8, 30));
    REQUIRE(planned.size() == 2);
    CHECK(planned[0].kind == FollowUpKind::PromiseReminder);
    CHECK(planned[0].dueDate == QDate(2026, 5, 15));
    CHECK(planned[0].dueTime == QTime(8, 30));
    CHECK(planned[1].kind == FollowUpKind::PromiseCheck);
    CHECK(planned[1].dueDate == QDate(2026, 5, 18));
    CHECK_FALSE(planned[1].dueTime.has_value());
}

TEST_CASE("Without grace the promise check falls on the promise date")
{
    const auto planned = followUpsForPromise(QDate(2026, 5, 15), 0, QTime(9, 0));
    REQUIRE(planned.size() == 2);
    CHECK(planned[1].dueDate == QDate(2026, 5, 15));
}

TEST_CASE("The promise check crosses month and year ends")
{
    const auto planned = followUpsForPromise(QDate(2026, 12, 30), 2, QTime(9, 0));
    CHECK(planned[1].dueDate == QDate(2027, 1, 1));
}

TEST_CASE("A reminder without a valid office time is set for nine in the morning")
{
    const auto planned = followUpsForPromise(QDate(2026, 5, 15), 2, QTime());
    CHECK(planned[0].dueTime == QTime(9, 0));
}

TEST_CASE("A promise for today made after the reminder's hour gets only its check")
{
    const QDate today(2026, 12, 6);
    const auto evening = followUpsForPromise(today, 2, QTime(9, 0), QDateTime(today, QTime(21, 12)));
    REQUIRE(evening.size() == 1);
    CHECK(evening[0].kind == FollowUpKind::PromiseCheck);
    // Made before the hour, or for another day, it keeps its reminder.
    CHECK(followUpsForPromise(today, 2, QTime(9, 0), QDateTime(today, QTime(8, 15))).size() == 2);
    CHECK(followUpsForPromise(today.addDays(1), 2, QTime(9, 0), QDateTime(today, QTime(21, 12))).size() == 2);
}

TEST_CASE("A broken promise gets a call-back the day it was found broken")
{
    const PlannedFollowUp p = callbackForBrokenPromise(QDate(2026, 6, 2));
    CHECK(p.kind == FollowUpKind::Callback);
    CHECK(p.dueDate == QDate(2026, 6, 2));
    CHECK_FALSE(p.dueTime.has_value());
}

TEST_CASE("Arguments become the task that removes them: a copy, the statement, or checking what was said")
{
    CHECK(taskForArgument(ExcuseCategory::InvoiceNotReceived) == FollowUpKind::SendInvoiceCopy);
    CHECK(taskForArgument(ExcuseCategory::AmountDisputed) == FollowUpKind::SendStatement);
    CHECK(taskForArgument(ExcuseCategory::SaysAlreadyPaid) == FollowUpKind::SendStatement);
    CHECK(taskForArgument(ExcuseCategory::DoesNotRecogniseDebt) == FollowUpKind::SendStatement);
    // Reasons usually taken as excuses, which the agent judged verifiable.
    for (const ExcuseCategory c : {ExcuseCategory::NoFunds, ExcuseCategory::WaitingForCustomer,
                                   ExcuseCategory::WillPayOnDate, ExcuseCategory::IllnessOrJobLoss,
                                   ExcuseCategory::Other})
        CHECK(taskForArgument(c) == FollowUpKind::NoteFollowUp);
}
