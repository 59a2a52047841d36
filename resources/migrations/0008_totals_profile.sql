-- Version 8: the debtor's last profile (willing? able?) is a total.
-- The suggested approach depends on it, and the portfolio read it with two
-- look-ups in the calls of each debtor shown, and of each debtor passed over
-- when ordering a million of them by approach. Like every total it is
-- recomputed with the others (TotalsRepository) in the transaction of the
-- change that moves it, and `libreta-cli check` compares it.

ALTER TABLE debtor_totals ADD COLUMN last_willing INTEGER;
ALTER TABLE debtor_totals ADD COLUMN last_able INTEGER;

UPDATE debtor_totals SET
    last_willing = (SELECT c.profile_willing FROM calls c
                     WHERE c.debtor_id = debtor_totals.debtor_id AND c.profile_willing IS NOT NULL
                     ORDER BY c.started_at DESC, c.id DESC LIMIT 1),
    last_able = (SELECT c.profile_able FROM calls c
                  WHERE c.debtor_id = debtor_totals.debtor_id AND c.profile_able IS NOT NULL
                  ORDER BY c.started_at DESC, c.id DESC LIMIT 1);
