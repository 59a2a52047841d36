-- Version 23: an invoice renumbered in Libreta keeps its old number for
-- the import.
--
-- A supervisor corrects an invoice typed wrong (Edit invoice), its number
-- too. The accounting system's next file still names the invoice by the
-- number it came with, and without a memory of it the import would add
-- it again: the debtor would owe it twice. Every number an invoice had
-- before is kept here, keyed as the file names it (debtor, number); the
-- import looks a number up here only when no invoice carries it now.
CREATE TABLE invoice_former_numbers (
    debtor_id  INTEGER NOT NULL REFERENCES debtors (id),
    number     TEXT NOT NULL,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    PRIMARY KEY (debtor_id, number)
) WITHOUT ROWID;

-- Whatever renumbers an invoice leaves its old number here, and a number
-- an invoice takes is no longer anyone's former number.
CREATE TRIGGER invoices_former_number AFTER UPDATE OF number ON invoices
WHEN old.number <> new.number
BEGIN
    DELETE FROM invoice_former_numbers WHERE debtor_id = new.debtor_id AND number = new.number;
    INSERT OR REPLACE INTO invoice_former_numbers (debtor_id, number, invoice_id)
    VALUES (old.debtor_id, old.number, old.id);
END;
