-- Version 6: the agenda and the "next call" queue at a million debtors.
-- The agenda shows a day's open follow-ups grouped by kind, a page at a
-- time, with a count per group; the queue takes the first debtor it may call
-- for each reason in turn. Both walk an index in the order they show, so
-- what they read does not grow with the file: only open follow-ups are in
-- these indexes (partial), and an open follow-up is a few weeks of work,
-- not a year of history.

-- Everyone's agenda (a supervisor) and the queue's walks: one group of the
-- agenda, in date and time order. A group is a kind, and for call-backs
-- whether they are about a promise: the roll-over's call-back for a broken
-- promise has one, a call-back agreed on the phone has none. The expression
-- keeps the two apart inside the index, so each group is one range and its
-- rows come out in the order shown (statements must spell it
-- `(f.promise_id IS NOT NULL) = 0|1` for SQLite to match it).
CREATE INDEX followups_open_group_due ON followups (kind, (promise_id IS NOT NULL), due_date, due_time)
    WHERE status = 'open';

-- One agent's agenda (or the unassigned items): the same, per assignee.
CREATE INDEX followups_open_agent_group_due
    ON followups (assigned_to, kind, (promise_id IS NOT NULL), due_date, due_time)
    WHERE status = 'open';

-- The month calendar's count per day for one agent. Everyone's counts use
-- followups_open_due (status, due_date) of version 1.
CREATE INDEX followups_open_agent_due ON followups (assigned_to, due_date)
    WHERE status = 'open';

-- Call-backs the day roll-over made for broken promises were left without
-- an assignee before this version, so no agent's own agenda showed them.
-- They belong to the agent the debtor is assigned to (the roll-over does
-- so from now on).
UPDATE followups SET assigned_to = (SELECT d.assigned_agent_id FROM debtors d WHERE d.id = followups.debtor_id)
WHERE status = 'open' AND assigned_to IS NULL AND kind = 'callback' AND promise_id IS NOT NULL;
