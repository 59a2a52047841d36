-- Version 27: the letters and statements written for a debtor, in its file.
--
-- Before dialling, an agent reads the file: that a reminder went out on
-- Monday ("le enviamos un recordatorio el lunes") belongs there as much as
-- the last call. A row for each document saved as PDF or printed, alone
-- from the file or in a batch for many debtors; the batch's own line in the
-- office's activity keeps its counts.
CREATE TABLE documents_written (
    id         INTEGER PRIMARY KEY,
    debtor_id  INTEGER NOT NULL REFERENCES debtors (id),
    kind       TEXT NOT NULL CHECK (kind IN ('statement', 'reminder', 'confirmation', 'paid_in_full')),
    written_at TEXT NOT NULL,                 -- UTC
    written_by INTEGER REFERENCES users (id), -- NULL: nobody named (libreta-cli, a desk naming nobody)
    printed    INTEGER NOT NULL DEFAULT 0 CHECK (printed IN (0, 1))  -- 1: sent to a printer; 0: saved as PDF
);
CREATE INDEX documents_written_debtor ON documents_written (debtor_id, written_at);
