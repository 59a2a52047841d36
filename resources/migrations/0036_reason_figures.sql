-- Version 36: the Panel's figures by reason for not paying.
--
-- A supervisor reads which reasons debtors give and what the promises made
-- after each came to: a reason that ends in promises nobody keeps is one
-- the office's answers should meet harder. As technique_figures (schemas
-- 13, 32 and 33) does for techniques, reason_figures keeps, by day, agent
-- and the reason recorded in the call (calls.excuse_category), the calls
-- that recorded it and how many ended in a promise or a payment; the
-- promises made in those calls (on the day they were made, a plan counted
-- once, every instalment's amount promised); and how those promises ended
-- (on their date: kept, partly kept, broken, and what was paid of them).
-- A correcting call counts for nothing here, as everywhere in the figures:
-- the call it corrects keeps its place.
CREATE TABLE reason_figures (
    day              TEXT NOT NULL,
    agent_id         INTEGER NOT NULL,
    reason           TEXT NOT NULL,
    calls            INTEGER NOT NULL DEFAULT 0,
    won              INTEGER NOT NULL DEFAULT 0,
    promises_made    INTEGER NOT NULL DEFAULT 0,
    promised         INTEGER NOT NULL DEFAULT 0,
    promises_kept    INTEGER NOT NULL DEFAULT 0,
    promises_partial INTEGER NOT NULL DEFAULT 0,
    promises_broken  INTEGER NOT NULL DEFAULT 0,
    promises_paid    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agent_id, reason)
) WITHOUT ROWID;

-- The same figures by month: a whole month is read from a few rows.
CREATE TABLE reason_monthly_figures (
    month            TEXT NOT NULL,  -- 'YYYY-MM', the first seven characters of its days
    agent_id         INTEGER NOT NULL,
    reason           TEXT NOT NULL,
    calls            INTEGER NOT NULL DEFAULT 0,
    won              INTEGER NOT NULL DEFAULT 0,
    promises_made    INTEGER NOT NULL DEFAULT 0,
    promised         INTEGER NOT NULL DEFAULT 0,
    promises_kept    INTEGER NOT NULL DEFAULT 0,
    promises_partial INTEGER NOT NULL DEFAULT 0,
    promises_broken  INTEGER NOT NULL DEFAULT 0,
    promises_paid    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, agent_id, reason)
) WITHOUT ROWID;

INSERT INTO reason_figures (day, agent_id, reason, calls, won)
SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), c.excuse_category, count(*),
       sum(c.outcome IN ('promise', 'payment'))
FROM calls c
WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
GROUP BY 1, 2, 3;

INSERT INTO reason_figures (day, agent_id, reason, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), c.excuse_category, sum(p.sequence = 1), sum(p.amount)
FROM promises p JOIN calls c ON c.id = p.call_id
WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

INSERT INTO reason_figures (day, agent_id, reason, promises_kept, promises_partial, promises_broken, promises_paid)
SELECT p.due_date, coalesce(c.agent_id, 0), c.excuse_category, sum(p.status = 'kept'), sum(p.status = 'partial'),
       sum(p.status = 'broken'), sum(p.paid)
FROM promises p JOIN calls c ON c.id = p.call_id
WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL AND p.status IN ('kept', 'partial', 'broken')
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                          promises_partial = promises_partial + excluded.promises_partial,
                          promises_broken = promises_broken + excluded.promises_broken,
                          promises_paid = promises_paid + excluded.promises_paid;

INSERT INTO reason_monthly_figures
SELECT substr(day, 1, 7), agent_id, reason, sum(calls), sum(won), sum(promises_made), sum(promised),
       sum(promises_kept), sum(promises_partial), sum(promises_broken), sum(promises_paid)
FROM reason_figures
GROUP BY 1, 2, 3;

-- A call that recorded a reason. Its promises are written after it (they
-- point at it), so they count themselves below.
CREATE TRIGGER calls_reason_figures AFTER INSERT ON calls
WHEN new.corrects_call_id IS NULL AND new.excuse_category IS NOT NULL
BEGIN
    INSERT INTO reason_figures (day, agent_id, reason, calls, won)
    VALUES (date(new.started_at, 'localtime'), coalesce(new.agent_id, 0), new.excuse_category, 1,
            new.outcome IN ('promise', 'payment'))
    ON CONFLICT DO UPDATE SET calls = calls + 1, won = won + excluded.won;
END;

CREATE TRIGGER promises_reason_figures_insert AFTER INSERT ON promises
WHEN new.call_id IS NOT NULL
BEGIN
    INSERT INTO reason_figures (day, agent_id, reason, promises_made, promised)
    SELECT new.made_on, coalesce(c.agent_id, 0), c.excuse_category, new.sequence = 1, new.amount
    FROM calls c
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO reason_figures (day, agent_id, reason, promises_kept, promises_partial, promises_broken,
                                promises_paid)
    SELECT new.due_date, coalesce(c.agent_id, 0), c.excuse_category, new.status = 'kept', new.status = 'partial',
           new.status = 'broken', new.paid
    FROM calls c
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
      AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

-- A promise resolved again leaves its old result and takes its new one.
CREATE TRIGGER promises_reason_figures_update AFTER UPDATE OF status, paid, due_date ON promises
WHEN new.call_id IS NOT NULL
 AND (old.status IS NOT new.status OR old.paid IS NOT new.paid OR old.due_date IS NOT new.due_date)
BEGIN
    UPDATE reason_figures
    SET promises_kept = promises_kept - (old.status = 'kept'),
        promises_partial = promises_partial - (old.status = 'partial'),
        promises_broken = promises_broken - (old.status = 'broken'),
        promises_paid = promises_paid - old.paid
    WHERE old.status IN ('kept', 'partial', 'broken') AND day = old.due_date
      AND (agent_id, reason) IN (SELECT coalesce(c.agent_id, 0), c.excuse_category FROM calls c
                                 WHERE c.id = old.call_id AND c.corrects_call_id IS NULL);
    INSERT INTO reason_figures (day, agent_id, reason, promises_kept, promises_partial, promises_broken,
                                promises_paid)
    SELECT new.due_date, coalesce(c.agent_id, 0), c.excuse_category, new.status = 'kept', new.status = 'partial',
           new.status = 'broken', new.paid
    FROM calls c
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
      AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

-- Each change of a day's row reaches its month (an upsert's DO UPDATE
-- fires the update trigger: the month takes the difference).
CREATE TRIGGER reason_figures_month_insert AFTER INSERT ON reason_figures
BEGIN
    INSERT INTO reason_monthly_figures (month, agent_id, reason, calls, won, promises_made, promised,
                                        promises_kept, promises_partial, promises_broken, promises_paid)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.reason, new.calls, new.won, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, won = won + excluded.won,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid;
END;

CREATE TRIGGER reason_figures_month_update AFTER UPDATE ON reason_figures
BEGIN
    UPDATE reason_monthly_figures
    SET calls = calls - old.calls, won = won - old.won, promises_made = promises_made - old.promises_made,
        promised = promised - old.promised, promises_kept = promises_kept - old.promises_kept,
        promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND reason = old.reason;
    INSERT INTO reason_monthly_figures (month, agent_id, reason, calls, won, promises_made, promised,
                                        promises_kept, promises_partial, promises_broken, promises_paid)
    VALUES (substr(new.day, 1, 7), new.agent_id, new.reason, new.calls, new.won, new.promises_made,
            new.promised, new.promises_kept, new.promises_partial, new.promises_broken, new.promises_paid)
    ON CONFLICT DO UPDATE SET calls = calls + excluded.calls, won = won + excluded.won,
        promises_made = promises_made + excluded.promises_made, promised = promised + excluded.promised,
        promises_kept = promises_kept + excluded.promises_kept,
        promises_partial = promises_partial + excluded.promises_partial,
        promises_broken = promises_broken + excluded.promises_broken,
        promises_paid = promises_paid + excluded.promises_paid;
END;

CREATE TRIGGER reason_figures_month_delete AFTER DELETE ON reason_figures
BEGIN
    UPDATE reason_monthly_figures
    SET calls = calls - old.calls, won = won - old.won, promises_made = promises_made - old.promises_made,
        promised = promised - old.promised, promises_kept = promises_kept - old.promises_kept,
        promises_partial = promises_partial - old.promises_partial,
        promises_broken = promises_broken - old.promises_broken, promises_paid = promises_paid - old.promises_paid
    WHERE month = substr(old.day, 1, 7) AND agent_id = old.agent_id AND reason = old.reason;
END;
