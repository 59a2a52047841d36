-- Version 22: an agent hears of the reviews of their calls.
--
-- A supervisor's score and coaching are only worth something once the
-- agent reads them. When an agent opens the desk, the notice band says how
-- many of their calls were reviewed since they last read their reviews;
-- reading them (the Reviews section) is remembered here, on the user, so
-- it holds on whichever computer they sit at. NULL: never read.
ALTER TABLE users ADD COLUMN reviews_read_at TEXT;

-- The reviews written since an instant: a few, read by their date, each
-- call looked up by its key.
CREATE INDEX quality_reviews_reviewed_at ON quality_reviews (reviewed_at);
