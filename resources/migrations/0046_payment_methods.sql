-- Version 46: payments and promises by mobile, at a store, or by direct debit.
--
-- Spanish debtors pay small debts by Bizum, and plans are collected by
-- direct debit (domiciliación); Colombians pay by Nequi or at an Efecty,
-- Mexicans at an OXXO, Argentines by Mercado Pago or at a Rapipago. Until
-- now those were typed as a transfer, and the statement then told the
-- debtor they had paid by bank transfer. Three methods join the six of
-- schema 1: 'mobile' (a mobile payment: Bizum, Nequi, Yape, Mercado Pago,
-- CoDi), 'store' (cash paid at a store or agent: OXXO, Efecty, Rapipago)
-- and 'direct_debit'.
--
-- The method is checked by a CHECK constraint of payments and promises.
-- Widening its list changes nothing stored, so, as SQLite's documentation
-- allows for a change that leaves every row valid, the tables' text is
-- edited in place instead of copying millions of rows into new tables
-- (and re-creating the triggers and indexes that hang on them): instant at
-- any size. RESET reads the edited schema again on this connection; the
-- table made and dropped after it moves the schema's version on, so every
-- other connection reads it again too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''deposit'', ''other''))', '''deposit'', ''other'', ''mobile'', ''store'', ''direct_debit''))')
 WHERE type = 'table' AND name IN ('payments', 'promises')
   AND instr(sql, '''deposit'', ''other''))') > 0;
PRAGMA writable_schema = RESET;
CREATE TABLE payment_methods_step (done INTEGER);
DROP TABLE payment_methods_step;
