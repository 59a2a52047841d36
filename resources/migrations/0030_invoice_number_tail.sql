-- Version 30: the tail of an invoice's number kept beside it.
--
-- Schema 28 indexed the tail (the number without separators, in capitals,
-- from its first character that is not a letter) as an expression of the
-- number. SQLite works that expression out for every invoice an index
-- build reads: five replace() of three million numbers were half of the
-- 6 to 7 s an import of a million debtors' invoices spent building the
-- index again. The program now writes the tail with each invoice (domain::invoiceNumberTailUtf8,
-- byte for byte what the expression below gives) and the index holds the
-- column.
--
-- A row written by another program without it is left NULL; the next
-- opening of the file fills it (store::Database, through the index, whose
-- NULLs come first). A change of number, wherever made, writes its tail
-- through the trigger below. Former numbers (invoice_former_numbers) are
-- few and keep their expression index.
DROP INDEX invoices_number_search;
ALTER TABLE invoices ADD COLUMN number_tail TEXT;
UPDATE invoices SET number_tail =
    ltrim(upper(replace(replace(replace(replace(replace(number, '-', ''), ' ', ''), '.', ''), '/', ''), '_', '')),
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
CREATE INDEX invoices_number_search ON invoices (number_tail, debtor_id, number);

CREATE TRIGGER invoices_number_tail AFTER UPDATE OF number ON invoices
BEGIN
    UPDATE invoices SET number_tail =
        ltrim(upper(replace(replace(replace(replace(replace(new.number, '-', ''), ' ', ''), '.', ''), '/', ''), '_', '')),
              'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    WHERE id = new.id;
END;
