-- Version 39: the agenda can show only what was put off (a supervisor's
-- filter) without reading the moves of version 38 each time. Each
-- follow-up counts its put-offs (a move to a later day once its day had
-- come; never a promise's reminder or check), kept by a trigger on the
-- moves, and the open ones put off have an index of their own: a few in a
-- hundred of the open items, so a month of the whole office reads a few
-- thousand rows, not two million.
ALTER TABLE followups ADD COLUMN put_offs INTEGER NOT NULL DEFAULT 0;

UPDATE followups SET put_offs = (
    SELECT count(*) FROM followup_moves m
    WHERE m.followup_id = followups.id AND m.to_date > m.from_date AND m.moved_on >= m.from_date)
WHERE kind NOT IN ('promise_reminder', 'promise_check')
  AND id IN (SELECT followup_id FROM followup_moves);

CREATE INDEX followups_open_put_off ON followups (due_date) WHERE status = 'open' AND put_offs > 0;

-- Version 38's rule, as its figures' trigger reads it.
CREATE TRIGGER followup_moves_put_offs AFTER INSERT ON followup_moves
WHEN new.to_date > new.from_date AND new.moved_on >= new.from_date
BEGIN
    UPDATE followups SET put_offs = put_offs + 1
    WHERE id = new.followup_id AND kind NOT IN ('promise_reminder', 'promise_check');
END;
