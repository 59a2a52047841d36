-- Version 44: a code's number and a tax id without its dots are found.
--
-- "Mi número de cliente es el 372": search found CLI-000372 only when the
-- zeros were typed, as it matches the start of a word. A Colombian cédula
-- written "1.020.345.678" was three words, and "1020345678", typed as it
-- is read out, found nobody. Every debtor's search text is written again
-- by the rule new debtors get (domain::extraSearchWords, through
-- libreta_search_text, store/searchtextfunction.h): a reference of letters
-- and one run of digits also gives the number without its zeros ("372"),
-- and a tax id with dots or dashes also gives the whole of it as one word.
-- Schema 43's number of an all-digit reference is kept, in its place.
--
-- An office numbering "CLI-000001"… changes every debtor. Through the
-- triggers that keep the search index, the words (schema 9) and the
-- initials (schema 40), one row at a time, that took 27 s at 100,000
-- debtors; here the triggers rest while the text is written, and the three
-- are built again whole, in the order of their keys: 11 s (two minutes at
-- a million, once). The triggers come back exactly as they were. A step
-- run again changes nothing.

DROP TRIGGER debtors_search_update;
DROP TRIGGER debtors_words_update;
DROP TRIGGER debtors_initials_update;

UPDATE debtors
   SET search_text = libreta_search_text(name, external_ref, tax_id)
 WHERE search_text IS NOT libreta_search_text(name, external_ref, tax_id);

DELETE FROM debtor_words;
INSERT INTO debtor_words (word, search_text, debtor_id)
SELECT DISTINCT w.value, d.search_text, d.id
  FROM debtors d, json_each('[' || replace(json_quote(d.search_text), ' ', '","') || ']') w
 WHERE w.key > 0 AND w.value <> ''
 ORDER BY 1, 2, 3;

DELETE FROM debtor_initials;
INSERT INTO debtor_initials (letter, search_text, debtor_id)
SELECT DISTINCT substr(w.value, 1, 1), d.search_text, d.id
  FROM debtors d, json_each('[' || replace(json_quote(d.search_text), ' ', '","') || ']') w
 WHERE w.key > 0 AND w.value <> ''
 ORDER BY 1, 2, 3;

INSERT INTO debtor_search (debtor_search) VALUES ('rebuild');

CREATE TRIGGER debtors_search_update AFTER UPDATE OF id, search_text ON debtors
WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text
BEGIN
    INSERT INTO debtor_search (debtor_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO debtor_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER debtors_words_update AFTER UPDATE OF id, search_text ON debtors
WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text
BEGIN
    DELETE FROM debtor_words
     WHERE word IN (SELECT value FROM json_each('[' || replace(json_quote(old.search_text), ' ', '","') || ']'))
       AND search_text = old.search_text AND debtor_id = old.id;
    INSERT INTO debtor_words (word, search_text, debtor_id)
    SELECT DISTINCT value, new.search_text, new.id
      FROM json_each('[' || replace(json_quote(new.search_text), ' ', '","') || ']')
     WHERE key > 0 AND value <> '';
END;

CREATE TRIGGER debtors_initials_update AFTER UPDATE OF id, search_text ON debtors
WHEN old.id IS NOT new.id OR old.search_text IS NOT new.search_text
BEGIN
    DELETE FROM debtor_initials
     WHERE letter IN (SELECT substr(value, 1, 1)
                        FROM json_each('[' || replace(json_quote(old.search_text), ' ', '","') || ']'))
       AND search_text = old.search_text AND debtor_id = old.id;
    INSERT INTO debtor_initials (letter, search_text, debtor_id)
    SELECT DISTINCT substr(value, 1, 1), new.search_text, new.id
      FROM json_each('[' || replace(json_quote(new.search_text), ' ', '","') || ']')
     WHERE key > 0 AND value <> '';
END;
