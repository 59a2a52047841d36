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

-- How many open follow-ups each assignee (0: nobody) has per day and group,
-- kept by the database itself on every write to followups, whoever makes
-- it (services, bulk loads, imports). The agenda's counts per group, per
-- day (the month) and of earlier days read these few rows instead of
-- counting a day's items: a day of one agent is 8,000 items at a million
-- debtors, of the whole office 60,000, and the count would grow with them.
-- about_promise tells the two groups of call-backs apart (see above).
CREATE TABLE agenda_counts (
    assignee      INTEGER NOT NULL,
    due_date      TEXT NOT NULL,
    kind          TEXT NOT NULL,
    about_promise INTEGER NOT NULL CHECK (about_promise IN (0, 1)),
    open          INTEGER NOT NULL CHECK (open >= 0),
    PRIMARY KEY (assignee, due_date, kind, about_promise)
) WITHOUT ROWID;
-- Everyone's counts: a day (or a month) across the assignees, read from
-- the index alone.
CREATE INDEX agenda_counts_day ON agenda_counts (due_date, kind, about_promise, open);

INSERT INTO agenda_counts (assignee, due_date, kind, about_promise, open)
SELECT coalesce(assigned_to, 0), due_date, kind, promise_id IS NOT NULL, count(*)
FROM followups WHERE status = 'open'
GROUP BY 1, 2, 3, 4;

CREATE TRIGGER followups_count_insert AFTER INSERT ON followups
WHEN new.status = 'open'
BEGIN
    INSERT INTO agenda_counts (assignee, due_date, kind, about_promise, open)
    VALUES (coalesce(new.assigned_to, 0), new.due_date, new.kind, new.promise_id IS NOT NULL, 1)
    ON CONFLICT DO UPDATE SET open = open + 1;
END;
CREATE TRIGGER followups_count_delete AFTER DELETE ON followups
WHEN old.status = 'open'
BEGIN
    UPDATE agenda_counts SET open = open - 1
    WHERE assignee = coalesce(old.assigned_to, 0) AND due_date = old.due_date AND kind = old.kind
      AND about_promise = (old.promise_id IS NOT NULL);
END;
-- An edit that moves a follow-up out of one count and into another (done,
-- another day, another agent) takes one off the old row and adds one to
-- the new; edits of other columns touch nothing.
CREATE TRIGGER followups_count_update AFTER UPDATE OF status, assigned_to, due_date, kind, promise_id ON followups
WHEN (old.status = 'open' OR new.status = 'open')
  AND (old.status IS NOT new.status OR old.assigned_to IS NOT new.assigned_to OR old.due_date IS NOT new.due_date
       OR old.kind IS NOT new.kind OR (old.promise_id IS NULL) IS NOT (new.promise_id IS NULL))
BEGIN
    UPDATE agenda_counts SET open = open - 1
    WHERE old.status = 'open' AND assignee = coalesce(old.assigned_to, 0) AND due_date = old.due_date
      AND kind = old.kind AND about_promise = (old.promise_id IS NOT NULL);
    INSERT INTO agenda_counts (assignee, due_date, kind, about_promise, open)
    SELECT coalesce(new.assigned_to, 0), new.due_date, new.kind, new.promise_id IS NOT NULL, 1
    WHERE new.status = 'open'
    ON CONFLICT DO UPDATE SET open = open + 1;
END;

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
