-- Version 12: the work queue's walks read the agenda's indexes alone.
--
-- The queue walks a group of open follow-ups in the agenda's order and,
-- for each entry, tests the debtor's claim and reads the debtor. The
-- indexes of version 10 did not hold the debtor, so every entry walked
-- was also read from the table first, to learn whose it is: at a million
-- debtors a page of 2.5 million follow-ups nobody had read, for every
-- debtor offered and every claimed one passed over. The follow-up's id is
-- named before the debtor so the order stays the one the agenda and the
-- queue sort by (date, time, promise, id): SQLite still reads it from the
-- index, with no sort, and the agenda's pages keep their keys.

DROP INDEX IF EXISTS followups_open_group_due;
DROP INDEX IF EXISTS followups_open_agent_group_due;

-- Everyone's agenda (a supervisor) and the queue's walks.
CREATE INDEX followups_open_group_due
    ON followups (status, kind, promise_id IS NOT NULL, due_date, due_time, promise_id, id, debtor_id)
    WHERE status = 'open';

-- One agent's agenda (or the unassigned items).
CREATE INDEX followups_open_agent_group_due
    ON followups (status, assigned_to, kind, promise_id IS NOT NULL, due_date, due_time, promise_id, id, debtor_id)
    WHERE status = 'open';
