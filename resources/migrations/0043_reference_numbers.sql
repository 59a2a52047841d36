-- Version 43: a reference that is a number is found without its zeros.
--
-- An office numbering its debtors 0001, 0002… (Libreta's New debtor form
-- offers it) hears "el doce" on the phone and types 12: search found only
-- 0012, since it matches the start of a word. A debtor whose reference is
-- all digits with leading zeros now carries the number without them as one
-- more word of its search text (store::DebtorRepository::searchTextFor);
-- the search index, the words and the initials follow through their
-- triggers. Only such references: in "CLI-001287" the zeros are part of a
-- code, typed whole. A step run again adds nothing twice.

UPDATE debtors
   SET search_text = search_text || ' ' || ltrim(trim(external_ref), '0')
 WHERE trim(external_ref) GLOB '0[0-9]*'
   AND trim(external_ref) NOT GLOB '*[^0-9]*'
   AND ltrim(trim(external_ref), '0') <> ''
   AND instr(' ' || search_text || ' ', ' ' || ltrim(trim(external_ref), '0') || ' ') = 0;
