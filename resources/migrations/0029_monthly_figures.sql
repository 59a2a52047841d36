-- Version 29: the Panel's figures kept by month as well as by day.
--
-- The Panel adds up daily_figures over the days it shows: a row for each
-- day, agent and segment, about 800 for a month of an office of nine
-- agents and 9,000 for a year, whatever the number of debtors. Each of its
-- three sums read them all (2 ms for a month, 25 ms for a year). The same
-- figures kept by month answer a whole month with one row per agent and
-- segment; the days of a period outside its whole months ("this week", the
-- first days of a period that starts mid-month) are still read by day.
--
-- daily_figures stays the record every trigger writes (schemas 13, 18, 20);
-- the triggers below carry each of its changes into its month, so no
-- writer of the figures needs to know of this table.
CREATE TABLE monthly_figures (
    month            TEXT NOT NULL,  -- 'YYYY-MM', the first seven characters of its days
    agent_id         INTEGER NOT NULL,
    segment          TEXT NOT NULL,
    calls            INTEGER NOT NULL DEFAULT 0,
    contacts         INTEGER NOT NULL DEFAULT 0,
    promises_made    INTEGER NOT NULL DEFAULT 0,
    promised         INTEGER NOT NULL DEFAULT 0,
    promises_kept    INTEGER NOT NULL DEFAULT 0,
    promises_partial INTEGER NOT NULL DEFAULT 0,
    promises_broken  INTEGER NOT NULL DEFAULT 0,
    promises_paid    INTEGER NOT NULL DEFAULT 0,
    payments         INTEGER NOT NULL DEFAULT 0,
    recovered        INTEGER NOT NULL DEFAULT 0,
    adjusted         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, agent_id, segment)
) WITHOUT ROWID;

INSERT INTO monthly_figures
SELECT substr(day, 1, 7), agent_id, segment, sum(calls), sum(contacts), sum(promises_made), sum(promised),
       sum(promises_kept), sum(promises_partial), sum(promises_broken), sum(promises_paid), sum(payments),
       sum(recovered), sum(adjusted)
FROM daily_figures
GROUP BY 1, 2, 3;

CREATE TRIGGER daily_figures_month_insert AFTER INSERT ON daily_figures
BEGIN
    INSERT INTO monthly_figures (month, agent_id, segment, calls, contacts, promises_made, promised, promises_kept,
                                 promises_partial, promises_broken, promises_paid, payments, recovered, adjusted)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.segment, new.calls, new.contacts, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid,
            new.payments, new.recovered, new.adjusted)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, contacts = contacts + excluded.contacts,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid, payments = payments + excluded.payments,
        recovered = recovered + excluded.recovered, adjusted = adjusted + excluded.adjusted;
END;

-- The figures' triggers update a day's row in place (an upsert's DO
-- UPDATE fires this too): its month takes the difference. Written for a
-- row whose key changed as well: the old values leave the old month.
CREATE TRIGGER daily_figures_month_update AFTER UPDATE ON daily_figures
BEGIN
    UPDATE monthly_figures
    SET calls = calls - old.calls, contacts = contacts - old.contacts,
        promises_made = promises_made - old.promises_made, promised = promised - old.promised,
        promises_kept = promises_kept - old.promises_kept, promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid,
        payments = payments - old.payments, recovered = recovered - old.recovered, adjusted = adjusted - old.adjusted
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND segment = old.segment;
    INSERT INTO monthly_figures (month, agent_id, segment, calls, contacts, promises_made, promised, promises_kept,
                                 promises_partial, promises_broken, promises_paid, payments, recovered, adjusted)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.segment, new.calls, new.contacts, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid,
            new.payments, new.recovered, new.adjusted)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, contacts = contacts + excluded.contacts,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid, payments = payments + excluded.payments,
        recovered = recovered + excluded.recovered, adjusted = adjusted + excluded.adjusted;
END;

CREATE TRIGGER daily_figures_month_delete AFTER DELETE ON daily_figures
BEGIN
    UPDATE monthly_figures
    SET calls = calls - old.calls, contacts = contacts - old.contacts,
        promises_made = promises_made - old.promises_made, promised = promised - old.promised,
        promises_kept = promises_kept - old.promises_kept, promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid,
        payments = payments - old.payments, recovered = recovered - old.recovered, adjusted = adjusted - old.adjusted
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND segment = old.segment;
END;
