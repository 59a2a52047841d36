-- Version 45: a promise replaced on the day it was made was never a
-- promise obtained.
--
-- An agent who agrees a plan and, minutes later (or in a call back the
-- same afternoon), replaces it with one payment has obtained one
-- commitment, not two. Until now the Panel counted both: the debtor's
-- whole balance "promised" twice, and an agent could raise their figures
-- by promising again. A promise replaced on the day it was made
-- (replaced_on = made_on, schema 34) now leaves "promises made" and
-- "promised" of that day, in the daily figures (and so the months), the
-- techniques' and the reasons'; the promise that replaced it counts
-- instead. A promise replaced on a later day was a real commitment, kept
-- in the figures of its day; its date passed or not, it is resolved as
-- schema 34 says.
--
-- The figure leaves the row of the debtor's segment when it is replaced
-- (the segment is the debtor's when a row is counted, as schema 13 says),
-- so an agent's day always adds up.

INSERT INTO daily_figures (day, agent_id, segment, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), d.segment, -sum(p.sequence = 1), -sum(p.amount)
FROM promises p JOIN debtors d ON d.id = p.debtor_id LEFT JOIN calls c ON c.id = p.call_id
WHERE p.replaced_on = p.made_on
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

INSERT INTO technique_figures (day, agent_id, technique, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), ct.technique, -sum(p.sequence = 1), -sum(p.amount)
FROM promises p JOIN calls c ON c.id = p.call_id JOIN call_techniques ct ON ct.call_id = c.id
WHERE c.corrects_call_id IS NULL AND p.replaced_on = p.made_on
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

INSERT INTO reason_figures (day, agent_id, reason, promises_made, promised)
SELECT p.made_on, coalesce(c.agent_id, 0), c.excuse_category, -sum(p.sequence = 1), -sum(p.amount)
FROM promises p JOIN calls c ON c.id = p.call_id
WHERE c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL AND p.replaced_on = p.made_on
GROUP BY 1, 2, 3
ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                          promised = promised + excluded.promised;

-- replaced_on is written once, by the replacement (PromiseRepository::setReplaced).
CREATE TRIGGER promises_replaced_same_day AFTER UPDATE OF replaced_on ON promises
WHEN old.replaced_on IS NULL AND new.replaced_on = new.made_on
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, promises_made, promised)
    SELECT new.made_on, coalesce((SELECT agent_id FROM calls WHERE id = new.call_id), 0), d.segment,
           -(new.sequence = 1), -new.amount
    FROM debtors d WHERE d.id = new.debtor_id
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO technique_figures (day, agent_id, technique, promises_made, promised)
    SELECT new.made_on, coalesce(c.agent_id, 0), ct.technique, -(new.sequence = 1), -new.amount
    FROM calls c JOIN call_techniques ct ON ct.call_id = c.id
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
    INSERT INTO reason_figures (day, agent_id, reason, promises_made, promised)
    SELECT new.made_on, coalesce(c.agent_id, 0), c.excuse_category, -(new.sequence = 1), -new.amount
    FROM calls c
    WHERE c.id = new.call_id AND c.corrects_call_id IS NULL AND c.excuse_category IS NOT NULL
    ON CONFLICT DO UPDATE SET promises_made = promises_made + excluded.promises_made,
                              promised = promised + excluded.promised;
END;
