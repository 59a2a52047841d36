-- Version 18: whose money a payment was.
--
-- The Panel counts a payment's money for the agent the debtor had when it
-- was recorded, in the debtor's segment of then (schema 13). A reversal
-- (schema 17) must take it back from the same row, even when the debtor
-- changed hands or segment in between; until now it took it from the
-- debtor's agent and segment of the moment of the reversal. The payment
-- now keeps both, written as it is recorded by the trigger that counts it
-- (0: nobody's). Payments recorded before this step have neither (adding
-- nullable columns rewrites nothing) and are taken back as before.

ALTER TABLE payments ADD COLUMN credited_agent_id INTEGER;
ALTER TABLE payments ADD COLUMN credited_segment TEXT;

DROP TRIGGER payments_daily_figures;
CREATE TRIGGER payments_daily_figures AFTER INSERT ON payments
BEGIN
    UPDATE payments
    SET credited_agent_id = (SELECT coalesce(d.assigned_agent_id, 0) FROM debtors d WHERE d.id = new.debtor_id),
        credited_segment = (SELECT d.segment FROM debtors d WHERE d.id = new.debtor_id)
    WHERE id = new.id;
    INSERT INTO daily_figures (day, agent_id, segment, payments, recovered)
    SELECT new.paid_on, coalesce(d.assigned_agent_id, 0), d.segment, 1, new.amount
    FROM debtors d WHERE d.id = new.debtor_id
    ON CONFLICT DO UPDATE SET payments = payments + 1, recovered = recovered + excluded.recovered;
END;

DROP TRIGGER payments_reversed_daily_figures;
CREATE TRIGGER payments_reversed_daily_figures AFTER UPDATE OF reversed_at ON payments
WHEN old.reversed_at IS NULL AND new.reversed_at IS NOT NULL
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, payments, recovered)
    SELECT old.paid_on, coalesce(old.credited_agent_id, d.assigned_agent_id, 0),
           coalesce(old.credited_segment, d.segment), -1, -old.amount
    FROM debtors d WHERE d.id = old.debtor_id
    ON CONFLICT DO UPDATE SET payments = payments - 1, recovered = recovered + excluded.recovered;
END;
