-- Version 6: the agenda and the "next call" queue at a million debtors.
-- The agenda shows a day's open follow-ups grouped by kind, a page at a
-- time, with a count per group; the queue takes the first debtor it may call
-- for each reason in turn. Both walk an index in the order they show, so
-- what they read does not grow with the file: only open follow-ups are in
-- these indexes (partial), and an open follow-up is a few weeks of work,
-- not a year of history.
--
-- A group of the agenda is a kind and, for call-backs, whether it is about
-- a promise (the roll-over's call-back for a broken promise) or not (one
-- agreed on the phone). Each index ends with promise_id, and the agenda's
-- order is (due date, due time, promise, id): within a promise's group the
-- promise tells its rows apart (one follow-up of a kind per promise), and
-- outside them it is empty, so the rows come out of the index in the order
-- shown, with no sort. status leads though the indexes hold only open rows:
-- a count then reads the index alone (SQLite 3.40 does not take a partial
-- index's condition as known when deciding it needs no table row).

-- Everyone's agenda (a supervisor) and the queue's walks.
CREATE INDEX followups_open_kind_due ON followups (status, kind, due_date, due_time, promise_id)
    WHERE status = 'open';

-- One agent's agenda (or the unassigned items).
CREATE INDEX followups_open_agent_kind_due ON followups (status, assigned_to, kind, due_date, due_time, promise_id)
    WHERE status = 'open';

-- One agent's count per day (the month calendar) and of earlier days.
-- Everyone's use followups_open_due (status, due_date) of version 1.
CREATE INDEX followups_open_agent_due ON followups (status, assigned_to, due_date)
    WHERE status = 'open';

-- Call-backs the day roll-over made for broken promises were left without
-- an assignee before this version, so no agent's own agenda showed them.
-- They belong to the agent the debtor is assigned to or, for a debtor
-- nobody has, to the agent who took the promise (its reminder's assignee);
-- the roll-over does so from now on.
UPDATE followups SET assigned_to = coalesce(
    (SELECT d.assigned_agent_id FROM debtors d WHERE d.id = followups.debtor_id),
    (SELECT o.assigned_to FROM followups o
     WHERE o.promise_id = followups.promise_id AND o.assigned_to IS NOT NULL ORDER BY o.id LIMIT 1))
WHERE status = 'open' AND assigned_to IS NULL AND kind = 'callback' AND promise_id IS NOT NULL;
