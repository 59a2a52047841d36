-- Version 5: the column mappings an office saves for the files it receives
-- again and again (the accounting system's invoice list, the bank's payment
-- file), so the next file of the same shape imports in one step. Office
-- data, shared by every desk on the file: not a per-user preference.
CREATE TABLE import_presets (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('debtors', 'contacts', 'invoices', 'payments')),
    -- JSON: {"columns": {"<column title>": "<field>", ...}, "encoding": ...,
    -- "delimiter": ..., "date_format": ..., "decimal": ...}
    settings   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
