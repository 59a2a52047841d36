-- Version 37: the Panel's follow-through, what became of the work agents
-- had to do by a day.
--
-- Collections are lost in the follow-up more than anywhere: a copy of the
-- invoice sent a week late is a week more of "I never got it". A supervisor
-- reads, by agent, the tasks (an invoice copy, a statement, a note's
-- follow-up) and call-backs due in some days: how many were done by their
-- day, how many later, how many were called off, and how many are still
-- open. followup_figures keeps them by the day they are due and the agent
-- they are assigned to (0: nobody), as the follow-ups themselves change:
-- made, done, called off, moved to another day or handed to another agent.
-- A promise's reminder and check are left out: the program closes them
-- itself when the promise ends, and the promises' own figures say how they
-- went. Done "by its day" is done on or before the due day in the desk's
-- local time, as every day of the figures.
CREATE TABLE followup_figures (
    day          TEXT NOT NULL,
    agent_id     INTEGER NOT NULL,
    due          INTEGER NOT NULL DEFAULT 0,
    done_on_time INTEGER NOT NULL DEFAULT 0,
    done_late    INTEGER NOT NULL DEFAULT 0,
    cancelled    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agent_id)
) WITHOUT ROWID;

-- The same figures by month: a whole month is read from a few rows.
CREATE TABLE followup_monthly_figures (
    month        TEXT NOT NULL,  -- 'YYYY-MM', the first seven characters of its days
    agent_id     INTEGER NOT NULL,
    due          INTEGER NOT NULL DEFAULT 0,
    done_on_time INTEGER NOT NULL DEFAULT 0,
    done_late    INTEGER NOT NULL DEFAULT 0,
    cancelled    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, agent_id)
) WITHOUT ROWID;

INSERT INTO followup_figures (day, agent_id, due, done_on_time, done_late, cancelled)
SELECT due_date, coalesce(assigned_to, 0), count(*),
       sum(status = 'done' AND date(done_at, 'localtime') <= due_date),
       sum(status = 'done' AND date(done_at, 'localtime') > due_date), sum(status = 'cancelled')
FROM followups
WHERE kind NOT IN ('promise_reminder', 'promise_check')
GROUP BY 1, 2;

INSERT INTO followup_monthly_figures
SELECT substr(day, 1, 7), agent_id, sum(due), sum(done_on_time), sum(done_late), sum(cancelled)
FROM followup_figures
GROUP BY 1, 2;

CREATE TRIGGER followups_figures_insert AFTER INSERT ON followups
WHEN new.kind NOT IN ('promise_reminder', 'promise_check')
BEGIN
    INSERT INTO followup_figures (day, agent_id, due, done_on_time, done_late, cancelled)
    VALUES (new.due_date, coalesce(new.assigned_to, 0), 1,
            new.status = 'done' AND date(new.done_at, 'localtime') <= new.due_date,
            new.status = 'done' AND date(new.done_at, 'localtime') > new.due_date, new.status = 'cancelled')
    ON CONFLICT DO UPDATE SET due = due + 1, done_on_time = done_on_time + excluded.done_on_time,
                              done_late = done_late + excluded.done_late, cancelled = cancelled + excluded.cancelled;
END;

-- Done, called off, moved to another day or handed to another agent: the
-- follow-up leaves its old row and counts again in its new one.
CREATE TRIGGER followups_figures_update AFTER UPDATE OF status, done_at, due_date, assigned_to, kind ON followups
WHEN (old.kind NOT IN ('promise_reminder', 'promise_check') OR new.kind NOT IN ('promise_reminder', 'promise_check'))
 AND (old.status IS NOT new.status OR old.done_at IS NOT new.done_at OR old.due_date IS NOT new.due_date
      OR old.assigned_to IS NOT new.assigned_to OR old.kind IS NOT new.kind)
BEGIN
    UPDATE followup_figures
    SET due = due - 1,
        done_on_time = done_on_time - (old.status = 'done' AND date(old.done_at, 'localtime') <= old.due_date),
        done_late = done_late - (old.status = 'done' AND date(old.done_at, 'localtime') > old.due_date),
        cancelled = cancelled - (old.status = 'cancelled')
    WHERE old.kind NOT IN ('promise_reminder', 'promise_check') AND day = old.due_date
      AND agent_id = coalesce(old.assigned_to, 0);
    INSERT INTO followup_figures (day, agent_id, due, done_on_time, done_late, cancelled)
    SELECT new.due_date, coalesce(new.assigned_to, 0), 1,
           new.status = 'done' AND date(new.done_at, 'localtime') <= new.due_date,
           new.status = 'done' AND date(new.done_at, 'localtime') > new.due_date, new.status = 'cancelled'
    WHERE new.kind NOT IN ('promise_reminder', 'promise_check')
    ON CONFLICT DO UPDATE SET due = due + 1, done_on_time = done_on_time + excluded.done_on_time,
                              done_late = done_late + excluded.done_late, cancelled = cancelled + excluded.cancelled;
END;

CREATE TRIGGER followups_figures_delete AFTER DELETE ON followups
WHEN old.kind NOT IN ('promise_reminder', 'promise_check')
BEGIN
    UPDATE followup_figures
    SET due = due - 1,
        done_on_time = done_on_time - (old.status = 'done' AND date(old.done_at, 'localtime') <= old.due_date),
        done_late = done_late - (old.status = 'done' AND date(old.done_at, 'localtime') > old.due_date),
        cancelled = cancelled - (old.status = 'cancelled')
    WHERE day = old.due_date AND agent_id = coalesce(old.assigned_to, 0);
END;

-- Each change of a day's row reaches its month (an upsert's DO UPDATE
-- fires the update trigger: the month takes the difference).
CREATE TRIGGER followup_figures_month_insert AFTER INSERT ON followup_figures
BEGIN
    INSERT INTO followup_monthly_figures (month, agent_id, due, done_on_time, done_late, cancelled)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.due, new.done_on_time, new.done_late, new.cancelled)
    ON CONFLICT DO UPDATE SET due = due + excluded.due, done_on_time = done_on_time + excluded.done_on_time,
                              done_late = done_late + excluded.done_late, cancelled = cancelled + excluded.cancelled;
END;

CREATE TRIGGER followup_figures_month_update AFTER UPDATE ON followup_figures
BEGIN
    UPDATE followup_monthly_figures
    SET due = due - old.due + new.due, done_on_time = done_on_time - old.done_on_time + new.done_on_time,
        done_late = done_late - old.done_late + new.done_late, cancelled = cancelled - old.cancelled + new.cancelled
    WHERE month = substr(new.day, 1, 7) AND agent_id = new.agent_id;
END;
