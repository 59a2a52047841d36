-- Version 11: a debtor's recent attempts are counted from one index.
--
-- The contact rules count a debtor's calls of the last seven days that are
-- not corrections of another call, for every debtor the work queue offers
-- and every call committed. With (debtor, started) alone, each of those
-- calls was also read from the table, to see whether it corrects another:
-- at a million debtors the calls table holds 6.85 million rows, and that
-- read went down a B-tree of its own for every call counted. With the
-- correction in the index the count reads nothing else. Every other reader
-- of the index (a debtor's calls by time) keeps using it as before.

DROP INDEX IF EXISTS calls_debtor_started;
CREATE INDEX calls_debtor_started ON calls (debtor_id, started_at, corrects_call_id);
