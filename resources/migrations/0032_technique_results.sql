-- Version 32: what each negotiation technique's promises came to.
--
-- technique_figures (schema 13) counts the calls that used a technique and
-- how many ended in a promise or a payment. A supervisor also needs to know
-- whether the promises got with it were kept, and what they brought in: a
-- technique that wins promises nobody keeps is not one to coach. The same
-- rows now carry the promises made in calls that used the technique (on
-- the day they were made, an instalment plan counted once, every
-- instalment's amount promised) and how they ended (on their date, as the
-- Panel counts every promise: kept, partly kept, broken, and what was paid
-- of them). A promise whose call used three techniques counts for each.
--
-- A call's techniques and its promise are written in one transaction, in
-- either order: whichever comes second counts the pair, so each is counted
-- once.
ALTER TABLE technique_figures ADD COLUMN promises_made INTEGER NOT NULL DEFAULT 0;
ALTER TABLE technique_figures ADD COLUMN promised INTEGER NOT NULL DEFAULT 0;
ALTER TABLE technique_figures ADD COLUMN promises_kept INTEGER NOT NULL DEFAULT 0;
ALTER TABLE technique_figures ADD COLUMN promises_partial INTEGER NOT NULL DEFAULT 0;
ALTER TABLE technique_figures ADD COLUMN promises_broken INTEGER NOT NULL DEFAULT 0;
ALTER TABLE technique_figures ADD COLUMN promises_paid INTEGER NOT NULL DEFAULT 0;

INSERT INTO technique_figures (day, agent_id, technique, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), ct.technique, sum(p.sequence = 1), sum(p.amount)
FROM promises p JOIN calls c ON c.id = p.call_id JOIN call_techniques ct ON ct.call_id = c.id
WHERE c.corrects_call_id IS NULL
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

INSERT INTO technique_figures (day, agent_id, technique, promises_kept, promises_partial, promises_broken,
                               promises_paid)
SELECT p.due_date, coalesce(c.agent_id, 0), ct.technique, sum(p.status = 'kept'), sum(p.status = 'partial'),
       sum(p.status = 'broken'), sum(p.paid)
FROM promises p JOIN calls c ON c.id = p.call_id JOIN call_techniques ct ON ct.call_id = c.id
WHERE c.corrects_call_id IS NULL AND p.status IN ('kept', 'partial', 'broken')
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                          promises_partial = promises_partial + excluded.promises_partial,
                          promises_broken = promises_broken + excluded.promises_broken,
                          promises_paid = promises_paid + excluded.promises_paid;

-- A promise written after its call's techniques.
CREATE TRIGGER promises_technique_figures_insert AFTER INSERT ON promises
WHEN new.call_id IS NOT NULL
BEGIN
    INSERT INTO technique_figures (day, agent_id, technique, promises_made, promised)
    SELECT new.made_on, coalesce(c.agent_id, 0), ct.technique, new.sequence = 1, new.amount
    FROM calls c JOIN call_techniques ct ON ct.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO technique_figures (day, agent_id, technique, promises_kept, promises_partial, promises_broken,
                                   promises_paid)
    SELECT new.due_date, coalesce(c.agent_id, 0), ct.technique, new.status = 'kept', new.status = 'partial',
           new.status = 'broken', new.paid
    FROM calls c JOIN call_techniques ct ON ct.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

-- A technique written after its call's promises (the app writes a call's
-- techniques with the call, before its promises; another writer may not).
-- The promises are found through their debtor's index: none is kept by call.
CREATE TRIGGER call_techniques_promise_figures AFTER INSERT ON call_techniques
BEGIN
    INSERT INTO technique_figures (day, agent_id, technique, promises_made, promised)
    SELECT p.made_on, coalesce(c.agent_id, 0), new.technique, sum(p.sequence = 1), sum(p.amount)
    FROM calls c JOIN promises p ON p.debtor_id = c.debtor_id AND p.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL
    GROUP BY 1, 2
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO technique_figures (day, agent_id, technique, promises_kept, promises_partial, promises_broken,
                                   promises_paid)
    SELECT p.due_date, coalesce(c.agent_id, 0), new.technique, sum(p.status = 'kept'), sum(p.status = 'partial'),
           sum(p.status = 'broken'), sum(p.paid)
    FROM calls c JOIN promises p ON p.debtor_id = c.debtor_id AND p.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND p.status IN ('kept', 'partial', 'broken')
    GROUP BY 1, 2
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;

-- A promise resolved again leaves its old result and takes its new one, for
-- each technique of its call (as promises_daily_figures_update does).
CREATE TRIGGER promises_technique_figures_update AFTER UPDATE OF status, paid, due_date ON promises
WHEN new.call_id IS NOT NULL
 AND (old.status IS NOT new.status OR old.paid IS NOT new.paid OR old.due_date IS NOT new.due_date)
BEGIN
    UPDATE technique_figures
    SET promises_kept = promises_kept - (old.status = 'kept'),
        promises_partial = promises_partial - (old.status = 'partial'),
        promises_broken = promises_broken - (old.status = 'broken'),
        promises_paid = promises_paid - old.paid
    WHERE old.status IN ('kept', 'partial', 'broken') AND day = old.due_date
      AND agent_id = coalesce((SELECT agent_id FROM calls WHERE id = old.call_id), 0)
      AND technique IN (SELECT ct.technique FROM call_techniques ct JOIN calls c ON c.id = ct.call_id
                        WHERE ct.call_id = old.call_id AND c.corrects_call_id IS NULL);
    INSERT INTO technique_figures (day, agent_id, technique, promises_kept, promises_partial, promises_broken,
                                   promises_paid)
    SELECT new.due_date, coalesce(c.agent_id, 0), ct.technique, new.status = 'kept', new.status = 'partial',
           new.status = 'broken', new.paid
    FROM calls c JOIN call_techniques ct ON ct.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND new.status IN ('kept', 'partial', 'broken')
    ON CONFLICT DO UPDATE SET promises_kept = promises_kept + excluded.promises_kept,
                              promises_partial = promises_partial + excluded.promises_partial,
                              promises_broken = promises_broken + excluded.promises_broken,
                              promises_paid = promises_paid + excluded.promises_paid;
END;
