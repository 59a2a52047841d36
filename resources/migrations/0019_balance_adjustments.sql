-- Version 19: what a debtor owes can be written down without money coming in.
--
-- Until now only a payment lowered what is owed. An office also takes off
-- what it will not collect: the discount agreed in a call, once the debtor
-- paid the rest as agreed; a correction when the invoice was wrong (the
-- debtor's dispute found right); a write-off of a debt that cannot be
-- collected. An adjustment is one decision (who, when, why, for which
-- call's discount) and its lines say how much it took off each invoice, as
-- a payment's allocations do: what an invoice still owes is its amount less
-- its allocations and its adjustment lines (store/invoicebalancesql.h).
--
-- A discount is granted by Libreta when the call's agreement is paid and
-- is withdrawn if a payment it rested on is reversed: its lines are deleted
-- then and the row stays, marked withdrawn, as a reversed payment does.

CREATE TABLE adjustments (
    id           INTEGER PRIMARY KEY,
    debtor_id    INTEGER NOT NULL REFERENCES debtors (id),
    kind         TEXT NOT NULL CHECK (kind IN ('discount', 'correction', 'write_off')),
    amount       INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    note         TEXT NOT NULL DEFAULT '',
    call_id      INTEGER REFERENCES calls (id),  -- the call whose discount it grants
    created_by   INTEGER REFERENCES users (id),  -- NULL: Libreta granted the discount
    created_at   TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE INDEX adjustments_debtor ON adjustments (debtor_id, created_at);
-- A call's discount is granted once while it stands.
CREATE UNIQUE INDEX adjustments_call ON adjustments (call_id) WHERE call_id IS NOT NULL AND withdrawn_at IS NULL;

CREATE TABLE adjustment_lines (
    id            INTEGER PRIMARY KEY,
    adjustment_id INTEGER NOT NULL REFERENCES adjustments (id),
    invoice_id    INTEGER NOT NULL REFERENCES invoices (id),
    amount        INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0)
);
CREATE INDEX adjustment_lines_adjustment ON adjustment_lines (adjustment_id);
CREATE INDEX adjustment_lines_invoice ON adjustment_lines (invoice_id);

CREATE TRIGGER adjustments_withdrawal_final BEFORE UPDATE OF withdrawn_at ON adjustments
WHEN old.withdrawn_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a withdrawn adjustment stays withdrawn'); END;

-- Discounts agreed before this step were taken off by hand, if at all (in
-- the office's accounting, maybe imported again since): Libreta grants only
-- those agreed from now on, which say so here.
ALTER TABLE call_discounts ADD COLUMN granted_when_paid INTEGER NOT NULL DEFAULT 0
    CHECK (granted_when_paid IN (0, 1));
