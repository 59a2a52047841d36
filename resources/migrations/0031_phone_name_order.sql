-- Version 31: a phone number's matches in name order, from the index alone.
--
-- The portfolio opens sorted by name. Typing "55 23" at a million debtors
-- matched about 5,000 phones; to show the first page in name order the
-- walk of the name index tested every debtor against them, 12,000 rows
-- and more (8 to 10 ms of the keystroke, the slowest of the search).
-- The debtor's search_text (its place in name order: see
-- 0009_debtor_words.sql) is now kept beside each phone, and the digits
-- index carries it: the matches are read from that index and sorted
-- there, with no debtor read.

ALTER TABLE contact_phones ADD COLUMN search_text TEXT;

UPDATE contact_phones
   SET search_text = (SELECT d.search_text FROM debtors d WHERE d.id = contact_phones.debtor_id);

DROP INDEX contact_phones_digits;
CREATE INDEX contact_phones_digits ON contact_phones (digits, search_text, debtor_id);

-- The store writes the name key with the phone; these keep it right
-- whatever writes the row, when a contact moves to another debtor, and
-- when a debtor's name, reference or tax id changes. A row written
-- without its debtor or its key gets both from one trigger, schema 7's
-- made again: each trigger's WHEN is worked out for every phone inserted.
DROP TRIGGER contact_phones_debtor_on_insert;
CREATE TRIGGER contact_phones_debtor_on_insert AFTER INSERT ON contact_phones
WHEN NEW.debtor_id IS NULL OR NEW.search_text IS NULL
BEGIN
    UPDATE contact_phones
       SET debtor_id = coalesce(NEW.debtor_id, (SELECT c.debtor_id FROM contacts c WHERE c.id = NEW.contact_id))
     WHERE id = NEW.id;
    UPDATE contact_phones
       SET search_text = (SELECT d.search_text FROM debtors d WHERE d.id = contact_phones.debtor_id)
     WHERE id = NEW.id AND search_text IS NULL;
END;

CREATE TRIGGER contacts_debtor_moves_phone_names AFTER UPDATE OF debtor_id ON contacts
BEGIN
    UPDATE contact_phones
       SET search_text = (SELECT d.search_text FROM debtors d WHERE d.id = NEW.debtor_id)
     WHERE contact_id = NEW.id;
END;

-- Through the contacts' debtor index and the phones' contact index: the
-- phones hold no index of their own on the debtor.
CREATE TRIGGER debtors_search_text_to_phones AFTER UPDATE OF search_text ON debtors
WHEN old.search_text IS NOT new.search_text
BEGIN
    UPDATE contact_phones
       SET search_text = new.search_text
     WHERE contact_id IN (SELECT c.id FROM contacts c WHERE c.debtor_id = new.id);
END;
