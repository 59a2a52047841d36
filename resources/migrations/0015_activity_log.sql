-- Version 15: the office's activity log can be read.
--
-- Every use case writes an entry to audit_log (schema 1), and until now
-- nothing read them but the tests. The activity log lists them newest
-- first, a page at a time, for a range of days, one person and one kind of
-- action: each index below walks one of those choices (or a person's one
-- action) in time order (its entries hold the rowid, so "newest first,
-- then the latest id" needs no sort). A call, a payment and a note each add one entry, so the log grows
-- with the office's work: without these, choosing a person or an action
-- would read the whole log.

CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user_at ON audit_log (user_id, at);
CREATE INDEX audit_log_action_at ON audit_log (action, at);
CREATE INDEX audit_log_user_action_at ON audit_log (user_id, action, at);
