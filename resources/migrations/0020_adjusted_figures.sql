-- Version 20: the Panel counts what was taken off without money coming in.
--
-- A supervisor watches money recovered beside what the office gave up on:
-- discounts granted, corrections, write-offs (schema 19). daily_figures
-- gains `adjusted`, kept by triggers on the adjustments' lines: on the day
-- the adjustment was made, for the agent the debtor had then (0: nobody)
-- and the debtor's segment then, which the adjustment keeps as a payment
-- does (schema 18), so a discount withdrawn later is taken back from the
-- same row.

ALTER TABLE daily_figures ADD COLUMN adjusted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE adjustments ADD COLUMN credited_agent_id INTEGER;
ALTER TABLE adjustments ADD COLUMN credited_segment TEXT;

UPDATE adjustments
SET credited_agent_id = (SELECT coalesce(d.assigned_agent_id, 0) FROM debtors d WHERE d.id = adjustments.debtor_id),
    credited_segment = (SELECT d.segment FROM debtors d WHERE d.id = adjustments.debtor_id);

CREATE TRIGGER adjustments_credit AFTER INSERT ON adjustments
BEGIN
    UPDATE adjustments
    SET credited_agent_id = (SELECT coalesce(d.assigned_agent_id, 0) FROM debtors d WHERE d.id = new.debtor_id),
        credited_segment = (SELECT d.segment FROM debtors d WHERE d.id = new.debtor_id)
    WHERE id = new.id;
END;

CREATE TRIGGER adjustment_lines_daily_figures AFTER INSERT ON adjustment_lines
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, adjusted)
    SELECT date(j.created_at, 'localtime'), j.credited_agent_id, j.credited_segment, new.amount
    FROM adjustments j WHERE j.id = new.adjustment_id
    ON CONFLICT DO UPDATE SET adjusted = adjusted + excluded.adjusted;
END;

-- A withdrawn discount's lines are deleted: what it took off leaves the
-- day it was counted on.
CREATE TRIGGER adjustment_lines_daily_figures_delete AFTER DELETE ON adjustment_lines
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, adjusted)
    SELECT date(j.created_at, 'localtime'), j.credited_agent_id, j.credited_segment, -old.amount
    FROM adjustments j WHERE j.id = old.adjustment_id
    ON CONFLICT DO UPDATE SET adjusted = adjusted + excluded.adjusted;
END;

INSERT INTO daily_figures (day, agent_id, segment, adjusted)
SELECT date(j.created_at, 'localtime'), j.credited_agent_id, j.credited_segment, sum(l.amount)
FROM adjustments j JOIN adjustment_lines l ON l.adjustment_id = j.id
WHERE 1 GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET adjusted = adjusted + excluded.adjusted;
