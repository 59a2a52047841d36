-- Version 40: the first letters of a debtor's later words, in name order.
--
-- A search of one to three letters ("m", "ga", "nu") starts many words:
-- too many for debtor_words to be read word by word, so the name order
-- was walked and each name tested. Names sort from blocks that share a
-- first word ("Abarrotes …", one debtor in a hundred), whose later words
-- rarely start the letters typed: at a million debtors the walk for "m"
-- passed the whole block, 10,554 names, before its page was full. Here
-- each letter that starts one of a debtor's later words (the words
-- debtor_words keeps) is kept once, with the whole search_text beside
-- it: the debtors with a later word starting "m" are one range of this
-- table's key, in name order, and "ma" is tested on the text of those
-- rows only. About five rows a debtor.

CREATE TABLE debtor_initials (
    letter      TEXT    NOT NULL,
    search_text TEXT    NOT NULL,
    debtor_id   INTEGER NOT NULL,
    PRIMARY KEY (letter, search_text, debtor_id)
) WITHOUT ROWID;

INSERT INTO debtor_initials (letter, search_text, debtor_id)
SELECT DISTINCT substr(word, 1, 1), search_text, debtor_id
  FROM debtor_words
 ORDER BY 1, 2, 3;

-- The same words as 0009_debtor_words.sql's triggers split.
CREATE TRIGGER debtors_initials_insert AFTER INSERT ON debtors
BEGIN
    INSERT INTO debtor_initials (letter, search_text, debtor_id)
    SELECT DISTINCT substr(value, 1, 1), new.search_text, new.id
      FROM json_each('[' || replace(json_quote(new.search_text), ' ', '","') || ']')
     WHERE key > 0 AND value <> '';
END;

CREATE TRIGGER debtors_initials_delete AFTER DELETE ON debtors
BEGIN
    DELETE FROM debtor_initials
     WHERE letter IN (SELECT substr(value, 1, 1)
                        FROM json_each('[' || replace(json_quote(old.search_text), ' ', '","') || ']'))
       AND search_text = old.search_text AND debtor_id = old.id;
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
