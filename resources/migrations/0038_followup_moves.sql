-- Version 38: moving is not doing. The follow-through of version 37
-- counts a task or call-back on the day it is due now, so one pushed to
-- tomorrow every morning never shows as late: it is "done on time" on the
-- day it is finally done. Each move is kept here, and the figures count,
-- on the day a follow-up left and for the agent it was assigned to, the
-- moves made to a later day once that day had come (put off). A move made
-- days ahead is planning, and one to an earlier day is not putting off:
-- both are kept, neither counted.
CREATE TABLE followup_moves (
    id          INTEGER PRIMARY KEY,
    followup_id INTEGER NOT NULL REFERENCES followups (id),
    agent_id    INTEGER NOT NULL,  -- assigned to when moved; 0: nobody
    from_date   TEXT NOT NULL,
    to_date     TEXT NOT NULL,
    moved_on    TEXT NOT NULL      -- the day of the move, in the desk's local time
);
CREATE INDEX followup_moves_followup ON followup_moves (followup_id);

ALTER TABLE followup_figures ADD COLUMN put_off INTEGER NOT NULL DEFAULT 0;
ALTER TABLE followup_monthly_figures ADD COLUMN put_off INTEGER NOT NULL DEFAULT 0;

-- A promise's reminder and check are left out, as in version 37.
CREATE TRIGGER followup_moves_figures AFTER INSERT ON followup_moves
WHEN new.to_date > new.from_date AND new.moved_on >= new.from_date
 AND (SELECT kind FROM followups WHERE id = new.followup_id) NOT IN ('promise_reminder', 'promise_check')
BEGIN
    INSERT INTO followup_figures (day, agent_id, put_off) VALUES (new.from_date, new.agent_id, 1)
    ON CONFLICT DO UPDATE SET put_off = put_off + 1;
END;

-- The months take put_off too.
DROP TRIGGER followup_figures_month_insert;
DROP TRIGGER followup_figures_month_update;

CREATE TRIGGER followup_figures_month_insert AFTER INSERT ON followup_figures
BEGIN
    INSERT INTO followup_monthly_figures (month, agent_id, due, done_on_time, done_late, cancelled, put_off)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.due, new.done_on_time, new.done_late, new.cancelled,
            new.put_off)
    ON CONFLICT DO UPDATE SET due = due + excluded.due, done_on_time = done_on_time + excluded.done_on_time,
                              done_late = done_late + excluded.done_late, cancelled = cancelled + excluded.cancelled,
                              put_off = put_off + excluded.put_off;
END;

CREATE TRIGGER followup_figures_month_update AFTER UPDATE ON followup_figures
BEGIN
    UPDATE followup_monthly_figures
    SET due = due - old.due + new.due, done_on_time = done_on_time - old.done_on_time + new.done_on_time,
        done_late = done_late - old.done_late + new.done_late, cancelled = cancelled - old.cancelled + new.cancelled,
        put_off = put_off - old.put_off + new.put_off
    WHERE month = substr(new.day, 1, 7) AND agent_id = new.agent_id;
END;
