-- Libreta schema, version 2: the portfolio searches and filters a million
-- debtors as fast as a thousand.

-- Any word of a debtor's name, reference or tax id, from its start ("perez"
-- finds "José Pérez Núñez", "rova89" finds tax id ROVA8903084TM). An FTS5
-- index over the already folded debtors.search_text, reading its text from
-- debtors (external content: the words are not stored twice).
--   - The tokenizer counts letters, digits, marks and symbols as word
--     characters, so its words are exactly search_text's space-separated
--     words: a query that walks an ordered index and tests search_text with
--     LIKE (store/portfoliorepository.cpp does, when most debtors match)
--     finds the same debtors as this index.
--   - Prefix indexes for 1 to 3 characters: the first keystrokes ("p",
--     "pe", "per") read one list instead of merging the lists of every word
--     that starts that way. They double the index (about 110 MB at a
--     million debtors); words of four letters and more start few words.
-- A trigram index was measured too (100,000 demo debtors): 18 MB against
-- 11.5 MB, twice the time to build, 13 ms against under 1 ms for "perez";
-- and it finds the middle of words, which nobody asked for, and nothing
-- before the third character.
CREATE VIRTUAL TABLE debtor_search USING fts5(
    search_text,
    content = 'debtors',
    content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M* S*'",
    prefix = '1 2 3'
);

-- Kept in step with debtors by the database itself, so every way a debtor
-- is written (repositories, bulk loads, imports) keeps the index right.
CREATE TRIGGER debtors_search_insert AFTER INSERT ON debtors
BEGIN
    INSERT INTO debtor_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER debtors_search_delete AFTER DELETE ON debtors
BEGIN
    INSERT INTO debtor_search (debtor_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
-- Edits that leave the name, reference and tax id alone (most of them: a
-- new agent, a status) do not touch the index.
CREATE TRIGGER debtors_search_update AFTER UPDATE OF id, search_text ON debtors
WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text
BEGIN
    INSERT INTO debtor_search (debtor_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO debtor_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

-- The debtors already in the file.
INSERT INTO debtor_search (debtor_search) VALUES ('rebuild');

-- Segment and status sit beside the totals too, so one index answers "the
-- Bajo segment by outstanding" or "settled debtors by days late": a
-- segment is a band of balances and settled debtors owe nothing, so
-- walking the whole outstanding order for them would cross most of the
-- portfolio first. They are copies: TotalsRepository::refresh writes them
-- with the other totals (and `libreta-cli check` compares them), a totals
-- row inserted bare (a new debtor's) takes them from its debtor, and a
-- debtor's edit passes them on.
ALTER TABLE debtor_totals ADD COLUMN segment TEXT NOT NULL DEFAULT '';
ALTER TABLE debtor_totals ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
UPDATE debtor_totals SET segment = d.segment, status = d.status
FROM debtors d WHERE d.id = debtor_totals.debtor_id;
CREATE TRIGGER debtor_totals_copy_debtor AFTER INSERT ON debtor_totals
WHEN new.segment IS NOT (SELECT segment FROM debtors WHERE id = new.debtor_id)
  OR new.status IS NOT (SELECT status FROM debtors WHERE id = new.debtor_id)
BEGIN
    UPDATE debtor_totals SET (segment, status) = (SELECT segment, status FROM debtors WHERE id = new.debtor_id)
    WHERE debtor_id = new.debtor_id;
END;
CREATE TRIGGER debtors_copy_to_totals AFTER UPDATE OF segment, status ON debtors
WHEN old.segment IS NOT new.segment OR old.status IS NOT new.status
BEGIN
    UPDATE debtor_totals SET segment = new.segment, status = new.status WHERE debtor_id = new.id;
END;
CREATE INDEX debtor_totals_segment_outstanding ON debtor_totals (segment, outstanding, debtor_id);
CREATE INDEX debtor_totals_status_outstanding ON debtor_totals (status, outstanding, debtor_id);
CREATE INDEX debtor_totals_status_oldest_due ON debtor_totals (status, oldest_due_date, debtor_id);

-- The portfolio's filters that pick out few debtors get an index each, so a
-- filtered page is read from the few that match instead of walking the
-- whole sort order looking for them. Partial indexes: only matching rows
-- are in them, so they cost nothing for the others.
CREATE INDEX debtors_do_not_contact ON debtors (id) WHERE do_not_contact = 1;
CREATE INDEX debtor_totals_open_promise ON debtor_totals (open_promise_date, debtor_id);
CREATE INDEX debtor_totals_broken_promise ON debtor_totals (debtor_id)
    WHERE open_promise_id IS NULL AND last_promise_status = 'broken';
