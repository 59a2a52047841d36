-- Version 25: an invoice remembers the number it came with, not every
-- slip made while correcting it.
--
-- Schema 23 kept each number an invoice left. A number typed in Libreta
-- and corrected again (F-0021 typed F-0012, then back, or on to F-0210)
-- was never the accounting's, and remembering it would make a real
-- F-0012 the accounting sends later update this invoice instead of being
-- added. Only the first number an invoice had is its former number (kept
-- before the number it takes is cleared, so going back to it forgets it).
DROP TRIGGER invoices_former_number;
CREATE TRIGGER invoices_former_number AFTER UPDATE OF number ON invoices
WHEN old.number <> new.number
BEGIN
    INSERT OR REPLACE INTO invoice_former_numbers (debtor_id, number, invoice_id)
    SELECT old.debtor_id, old.number, old.id
    WHERE NOT EXISTS (SELECT 1 FROM invoice_former_numbers f
                      WHERE f.debtor_id = old.debtor_id AND f.invoice_id = old.id);
    DELETE FROM invoice_former_numbers WHERE debtor_id = new.debtor_id AND number = new.number;
END;
