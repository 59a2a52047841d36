-- Version 10: an agenda group is one range of its index.
--
-- The indexes of version 6 ran (kind, due date, time, promise): a group of
-- call-backs was the kind's range with the other group's rows mixed in. A
-- broken promise's call-back has no time, so it sorts before the day's
-- timed call-backs, and the page of call-backs agreed on the phone walked
-- past every one of them first: 6 index entries for the demo's agent at
-- 10,000 debtors, 586 at a million. Whether the follow-up carries a promise
-- now comes right after the kind, as agenda_counts keeps it
-- (about_promise), so each group (kind and promise-or-not) is one range, in
-- the order shown, whatever the other group holds. The same indexes serve
-- the work queue, which walks the agenda's groups.

DROP INDEX IF EXISTS followups_open_kind_due;
DROP INDEX IF EXISTS followups_open_agent_kind_due;

-- Everyone's agenda (a supervisor) and the queue's walks.
CREATE INDEX followups_open_group_due
    ON followups (status, kind, promise_id IS NOT NULL, due_date, due_time, promise_id)
    WHERE status = 'open';

-- One agent's agenda (or the unassigned items).
CREATE INDEX followups_open_agent_group_due
    ON followups (status, assigned_to, kind, promise_id IS NOT NULL, due_date, due_time, promise_id)
    WHERE status = 'open';
