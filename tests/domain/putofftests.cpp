#include "domain/putoff.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

TEST_CASE("A move puts a task off when it goes to a later day once its day had come", "[domain][putoff]")
{
    const QDate due(2026, 11, 10);
    CHECK(putsOff(FollowUpKind::SendStatement, due, due.addDays(1), due));            // on its day
    CHECK(putsOff(FollowUpKind::Callback, due, due.addDays(3), due.addDays(2)));      // once overdue
    CHECK_FALSE(putsOff(FollowUpKind::SendStatement, due, due.addDays(2), due.addDays(-1)));  // planned ahead
    CHECK_FALSE(putsOff(FollowUpKind::SendStatement, due, due, due));                 // the hour only
    CHECK_FALSE(putsOff(FollowUpKind::NoteFollowUp, due, due.addDays(-1), due.addDays(-3)));  // brought forward
    CHECK_FALSE(putsOff(FollowUpKind::PromiseReminder, due, due.addDays(1), due));    // the promise's own
    CHECK_FALSE(inFollowThrough(FollowUpKind::PromiseCheck));
    CHECK(inFollowThrough(FollowUpKind::SendInvoiceCopy));
}
