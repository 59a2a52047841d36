-- Version 41: a plan may be paid twice a month ("quincenal"), on the 15th
-- and the month's last day, apart from every two weeks ("biweekly", which
-- drifts away from those paydays by a day or two each time).
--
-- SQLite cannot change a CHECK in place, so the table is written again
-- under its own name. Promises point at it (promises.plan_id): dropping it
-- deletes its rows first, which with the checks deferred to the commit
-- leaves those promises pointing nowhere only until the same rows, with
-- the same ids, are back.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE payment_plans_before_41 AS SELECT * FROM payment_plans;

DROP TABLE payment_plans;

CREATE TABLE payment_plans (
    id          INTEGER PRIMARY KEY,
    debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
    call_id     INTEGER REFERENCES calls (id),
    frequency   TEXT NOT NULL
                CHECK (frequency IN ('weekly', 'biweekly', 'semimonthly', 'monthly')),
    total       INTEGER NOT NULL CHECK (typeof(total) = 'integer' AND total > 0),
    created_at  TEXT NOT NULL
);

INSERT INTO payment_plans (id, debtor_id, call_id, frequency, total, created_at)
SELECT id, debtor_id, call_id, frequency, total, created_at
  FROM payment_plans_before_41
 ORDER BY id;

DROP TABLE payment_plans_before_41;
