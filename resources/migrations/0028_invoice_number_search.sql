-- Version 28: a debtor found by the number of one of its invoices.
--
-- A debtor calls back about "la factura A-4452", a transfer arrives with an
-- invoice number as its reference: the agent types the number in the
-- portfolio's search box. Search compares an invoice's number without the
-- separators people type or leave out (- space . / _) and in capitals, from
-- the first digit on (the letters it starts with, "FAC", are optional:
-- "44528" finds FAC-44528). The index holds that tail beside the debtor, so
-- the debtors whose invoices start with what was typed are one range of it,
-- read without an invoice row (the number rides along: SQLite 3.40 reads
-- the expression's column to know the index covers the query, and a typed
-- series, "FAC", is tested on it). The expression is built by the store
-- (store::PortfolioConditions::invoiceNumberTailSql); a query matches this index only when it
-- writes the same expression.
CREATE INDEX invoices_number_search ON invoices (
    ltrim(upper(replace(replace(replace(replace(replace(number, '-', ''), ' ', ''), '.', ''), '/', ''), '_', '')),
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    debtor_id, number);

-- The number an invoice came with before it was corrected (schema 23) is
-- the one on the debtor's copy: it finds the debtor too.
CREATE INDEX invoice_former_numbers_search ON invoice_former_numbers (
    ltrim(upper(replace(replace(replace(replace(replace(number, '-', ''), ' ', ''), '.', ''), '/', ''), '_', '')),
          'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    debtor_id);
