-- Version 13: the Panel's figures, kept by the database itself.
--
-- Supervisors watch contacts, promises made and kept and money recovered,
-- by agent, segment and technique. Counting them from the calls, promises
-- and payments of a month is a million rows at a million debtors; these
-- tables keep them per office day (the machine's local calendar, as
-- domain::Clock::today()), agent and segment, so the Panel reads a few
-- hundred rows for any period. Triggers keep them on every write, whoever
-- makes it (services, imports, the demo), as agenda_counts keeps the
-- agenda's counts.
--
-- What each figure is, and whose:
-- - calls: every call made (a correction, which points at the call it
--   corrects, is not another call), by the agent who made it, on the day
--   it started; contacts: those the debtor or who decides payment answered.
-- - promises made: by the agent of the call that obtained them (0 when
--   none), on the day they were made, with their amount; a payment plan
--   is one promise made (its first instalment counts it) for the sum of
--   its instalments.
-- - promises kept, partly kept and broken: on the promise's own date, once
--   resolved, with what was paid towards them; each instalment of a plan
--   on its own date.
-- - payments and money recovered: on the day paid, by the agent the debtor
--   was assigned to when the payment was recorded (0: nobody).
-- The segment is the debtor's when the row was counted.
CREATE TABLE daily_figures (
    day              TEXT NOT NULL,
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
    PRIMARY KEY (day, agent_id, segment)
) WITHOUT ROWID;

-- Calls that used each negotiation technique, and how many of them ended
-- in a promise or a payment, by the call's day and agent.
CREATE TABLE technique_figures (
    day       TEXT NOT NULL,
    agent_id  INTEGER NOT NULL,
    technique TEXT NOT NULL,
    calls     INTEGER NOT NULL DEFAULT 0,
    won       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agent_id, technique)
) WITHOUT ROWID;

INSERT INTO daily_figures (day, agent_id, segment, calls, contacts)
SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), d.segment, count(*),
       sum(c.answered_by IN ('debtor', 'decision_maker'))
FROM calls c JOIN debtors d ON d.id = c.debtor_id
WHERE c.corrects_call_id IS NULL
GROUP BY 1, 2, 3;

INSERT INTO daily_figures (day, agent_id, segment, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), d.segment, sum(p.sequence = 1), sum(p.amount)
FROM promises p JOIN debtors d ON d.id = p.debtor_id LEFT JOIN calls c ON c.id = p.call_id
WHERE true
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

INSERT INTO daily_figures (day, agent_id, segment, promises_kept, promises_partial, promises_broken, promises_paid)
SELECT p.due_date, coalesce(c.agent_id, 0), d.segment, sum(p.status = 'kept'), sum(p.status = 'partial'),
       sum(p.status = 'broken'), sum(p.paid)
FROM promises p JOIN debtors d ON d.id = p.debtor_id LEFT JOIN calls c ON c.id = p.call_id
WHERE p.status IN ('kept', 'partial', 'broken')
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                          promises_partial = promises_partial + excluded.promises_partial,
                          promises_broken = promises_broken + excluded.promises_broken,
                          promises_paid = promises_paid + excluded.promises_paid;

INSERT INTO daily_figures (day, agent_id, segment, payments, recovered)
SELECT p.paid_on, coalesce(d.assigned_agent_id, 0), d.segment, count(*), sum(p.amount)
FROM payments p JOIN debtors d ON d.id = p.debtor_id
WHERE true
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET payments = payments + excluded.payments, recovered = recovered + excluded.recovered;

INSERT INTO technique_figures (day, agent_id, technique, calls, won)
SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), t.technique, count(*),
       sum(c.outcome IN ('promise', 'payment'))
FROM call_techniques t JOIN calls c ON c.id = t.call_id
WHERE c.corrects_call_id IS NULL
GROUP BY 1, 2, 3;

CREATE TRIGGER calls_daily_figures AFTER INSERT ON calls
WHEN new.corrects_call_id IS NULL
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, calls, contacts)
    SELECT date(new.started_at, 'localtime'), coalesce(new.agent_id, 0), d.segment, 1,
           new.answered_by IN ('debtor', 'decision_maker')
    FROM debtors d WHERE d.id = new.debtor_id
    ON CONFLICT DO UPDATE SET calls = calls + 1, contacts = contacts + excluded.contacts;
END;

CREATE TRIGGER call_techniques_figures AFTER INSERT ON call_techniques
BEGIN
    INSERT INTO technique_figures (day, agent_id, technique, calls, won)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), new.technique, 1,
           c.outcome IN ('promise', 'payment')
    FROM calls c WHERE c.id = new.call_id AND c.corrects_call_id IS NULL
    ON CONFLICT DO UPDATE SET calls = calls + 1, won = won + excluded.won;
END;

CREATE TRIGGER promises_daily_figures_insert AFTER INSERT ON promises
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, promises_made, promised)
    SELECT new.made_on, coalesce((SELECT agent_id FROM calls WHERE id = new.call_id), 0), d.segment,
           new.sequence = 1, new.amount
    FROM debtors d WHERE d.id = new.debtor_id
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO daily_figures (day, agent_id, segment, promises_kept, promises_partial, promises_broken, promises_paid)
    SELECT new.due_date, coalesce((SELECT agent_id FROM calls WHERE id = new.call_id), 0), d.segment,
           new.status = 'kept', new.status = 'partial', new.status = 'broken', new.paid
    FROM debtors d WHERE d.id = new.debtor_id AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

-- A promise resolved again (a payment recorded late, a correction) leaves
-- its old result and takes its new one.
CREATE TRIGGER promises_daily_figures_update AFTER UPDATE OF status, paid, due_date ON promises
WHEN old.status IS NOT new.status OR old.paid IS NOT new.paid OR old.due_date IS NOT new.due_date
BEGIN
    UPDATE daily_figures
    SET promises_kept = promises_kept - (old.status = 'kept'),
        promises_partial = promises_partial - (old.status = 'partial'),
        promises_broken = promises_broken - (old.status = 'broken'),
        promises_paid = promises_paid - old.paid
    WHERE old.status IN ('kept', 'partial', 'broken') AND day = old.due_date
      AND agent_id = coalesce((SELECT agent_id FROM calls WHERE id = old.call_id), 0)
      AND segment = (SELECT segment FROM debtors WHERE id = old.debtor_id);
    INSERT INTO daily_figures (day, agent_id, segment, promises_kept, promises_partial, promises_broken, promises_paid)
    SELECT new.due_date, coalesce((SELECT agent_id FROM calls WHERE id = new.call_id), 0), d.segment,
           new.status = 'kept', new.status = 'partial', new.status = 'broken', new.paid
    FROM debtors d WHERE d.id = new.debtor_id AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

CREATE TRIGGER payments_daily_figures AFTER INSERT ON payments
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, payments, recovered)
    SELECT new.paid_on, coalesce(d.assigned_agent_id, 0), d.segment, 1, new.amount
    FROM debtors d WHERE d.id = new.debtor_id
    ON CONFLICT DO UPDATE SET payments = payments + 1, recovered = recovered + excluded.recovered;
END;
