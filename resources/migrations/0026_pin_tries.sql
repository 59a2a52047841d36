-- Version 26: wrong PINs counted in the office's file, not in the memory of
-- the program that was running.
--
-- Three wrong PINs in a row make the next try wait (30 seconds, doubling up
-- to a quarter of an hour). Until now the count lived only as long as that
-- copy of Libreta ran: closing and opening it again gave three more guesses.
-- Kept with the user, the count and the wait hold across restarts and across
-- the office's desks.
ALTER TABLE users ADD COLUMN pin_wrong INTEGER NOT NULL DEFAULT 0;  -- wrong PINs in a row since the last wait or right PIN
ALTER TABLE users ADD COLUMN pin_waits INTEGER NOT NULL DEFAULT 0;  -- waits since the last right PIN: each doubles the next
ALTER TABLE users ADD COLUMN pin_wait_until TEXT;                   -- UTC, ISO 8601; NULL: no wait
