-- Version 42: what payments have covered of a debtor's open promise.
--
-- A promise paid in part stays pending until its due date; the portfolio
-- showed its whole amount, so an agent reading the list asked for money
-- the debtor had already paid. The totals keep the part paid beside the
-- amount, so a line can say what is left without reading the promise.

ALTER TABLE debtor_totals ADD COLUMN open_promise_paid INTEGER NOT NULL DEFAULT 0;

-- Only promises paid in part have anything to copy: a few rows, found
-- through the promise each total points at.
UPDATE debtor_totals
   SET open_promise_paid = (SELECT p.paid FROM promises p WHERE p.id = debtor_totals.open_promise_id)
 WHERE open_promise_id IN (SELECT id FROM promises WHERE status = 'pending' AND paid > 0);
