-- Version 16: a debtor's own activity.
--
-- The debtor's file opens the office's activity on that debtor alone. An
-- entry is about a debtor by its entity (debtor.update, contact.override)
-- or by details that begin "debtor=<id>" (calls, payments, notes,
-- contacts, invoices, follow-ups, discounts: services/audittrail.h). The
-- index keeps that expression, so a debtor's entries are one seek newest
-- first however long the log; store/auditrepository.cpp writes the same
-- expression in its WHERE (SQLite uses the index only for the same
-- expression).

CREATE INDEX audit_log_debtor_at ON audit_log (
    (CASE WHEN entity = 'debtor' THEN entity_id
          WHEN substr(details, 1, 7) = 'debtor=' THEN CAST(substr(details, 8) AS INTEGER) END),
    at);
