-- Version 17: a payment can be reversed.
--
-- A cheque the bank returns, or a payment typed against the wrong debtor or
-- with the wrong amount, must stop counting without vanishing: the office
-- has to see that it was recorded, when it was taken back, by whom and why.
-- The row stays and says so in four nullable columns (adding them rewrites
-- nothing, at any size); its allocations are deleted in the same
-- transaction, so every balance derived from allocations is right again,
-- and the debtor's promises are evaluated again without it
-- (services::PaymentReversalService). Once reversed, a payment stays
-- reversed.

ALTER TABLE payments ADD COLUMN reversed_at TEXT;
ALTER TABLE payments ADD COLUMN reversed_by INTEGER REFERENCES users (id);
ALTER TABLE payments ADD COLUMN reversal_reason TEXT CHECK (reversal_reason IN ('bounced', 'error', 'other'));
ALTER TABLE payments ADD COLUMN reversal_note TEXT;

CREATE TRIGGER payments_reversal_final BEFORE UPDATE OF reversed_at, reversed_by, reversal_reason, reversal_note
ON payments WHEN old.reversed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a reversed payment stays reversed'); END;

-- The Panel's money recovered (schema 13) loses the payment on the day it
-- was paid, as if it had never come in. It was counted for the agent the
-- debtor had when it was recorded, which nothing kept: it is taken from the
-- agent the debtor has now (the same one unless the debtor changed hands).
CREATE TRIGGER payments_reversed_daily_figures AFTER UPDATE OF reversed_at ON payments
WHEN old.reversed_at IS NULL AND new.reversed_at IS NOT NULL
BEGIN
    INSERT INTO daily_figures (day, agent_id, segment, payments, recovered)
    SELECT old.paid_on, coalesce(d.assigned_agent_id, 0), d.segment, -1, -old.amount
    FROM debtors d WHERE d.id = old.debtor_id
    ON CONFLICT DO UPDATE SET payments = payments - 1, recovered = recovered + excluded.recovered;
END;
