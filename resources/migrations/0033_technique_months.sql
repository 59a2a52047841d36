-- Version 33: the techniques' figures kept by month as well as by day.
--
-- Since schema 32 a technique's row of a day also holds the promises due
-- that day: a month of a large office reaches a row for every day, agent
-- and technique (3,190 for a month at a million debtors, against 351 when
-- only the calls made so far counted), and the Panel's sum over them took
-- 3 ms. As schema 29 did for daily_figures, the same figures are kept by
-- month, and a whole month is read from about 130 rows; the days of a
-- period outside its whole months are still read by day. technique_figures
-- stays the record every trigger writes; the triggers below carry each of
-- its changes into its month.
CREATE TABLE technique_monthly_figures (
    month            TEXT NOT NULL,  -- 'YYYY-MM', the first seven characters of its days
    agent_id         INTEGER NOT NULL,
    technique        TEXT NOT NULL,
    calls            INTEGER NOT NULL DEFAULT 0,
    won              INTEGER NOT NULL DEFAULT 0,
    promises_made    INTEGER NOT NULL DEFAULT 0,
    promised         INTEGER NOT NULL DEFAULT 0,
    promises_kept    INTEGER NOT NULL DEFAULT 0,
    promises_partial INTEGER NOT NULL DEFAULT 0,
    promises_broken  INTEGER NOT NULL DEFAULT 0,
    promises_paid    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, agent_id, technique)
) WITHOUT ROWID;

INSERT INTO technique_monthly_figures
SELECT substr(day, 1, 7), agent_id, technique, sum(calls), sum(won), sum(promises_made), sum(promised),
       sum(promises_kept), sum(promises_partial), sum(promises_broken), sum(promises_paid)
FROM technique_figures
GROUP BY 1, 2, 3;

CREATE TRIGGER technique_figures_month_insert AFTER INSERT ON technique_figures
BEGIN
    INSERT INTO technique_monthly_figures (month, agent_id, technique, calls, won, promises_made, promised,
                                           promises_kept, promises_partial, promises_broken, promises_paid)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.technique, new.calls, new.won, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, won = won + excluded.won,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid;
END;

-- An upsert's DO UPDATE fires this too: the month takes the difference.
-- Written for a row whose key changed as well.
CREATE TRIGGER technique_figures_month_update AFTER UPDATE ON technique_figures
BEGIN
    UPDATE technique_monthly_figures
    SET calls = calls - old.calls, won = won - old.won, promises_made = promises_made - old.promises_made,
        promised = promised - old.promised, promises_kept = promises_kept - old.promises_kept,
        promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND technique = old.technique;
    INSERT INTO technique_monthly_figures (month, agent_id, technique, calls, won, promises_made, promised,
                                           promises_kept, promises_partial, promises_broken, promises_paid)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.technique, new.calls, new.won, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, won = won + excluded.won,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid;
END;

CREATE TRIGGER technique_figures_month_delete AFTER DELETE ON technique_figures
BEGIN
    UPDATE technique_monthly_figures
    SET calls = calls - old.calls, won = won - old.won, promises_made = promises_made - old.promises_made,
        promised = promised - old.promised, promises_kept = promises_kept - old.promises_kept,
        promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND technique = old.technique;
END;
