-- Version 14: who corrected a call, and when.
--
-- Calls are append-only (schema 1): a correction is a new row that points
-- at the call it corrects (corrects_call_id) and restates it, at the same
-- start and end, for the same agent, so the call keeps its place in the
-- history, the contact rules and the figures. What the row did not say is
-- who wrote the correction and when: the history shows both beside the
-- corrected call. NULL on every call that corrects nothing. Adding
-- nullable columns rewrites nothing, at any size.

ALTER TABLE calls ADD COLUMN corrected_at TEXT;
ALTER TABLE calls ADD COLUMN corrected_by INTEGER REFERENCES users (id);
