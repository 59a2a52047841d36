-- Version 21: the Panel reads the supervisors' scores beside the figures.
--
-- A supervisor scores a conversation's five stages from 0 to 5 (Reviews).
-- The Panel's Scores tab shows, for each agent, how many of their calls of
-- the period were reviewed, the average of every stage scored, and each
-- stage's own average: which part of the call to coach, read beside what
-- the agent brings in. Counting it from the reviews and their calls at a
-- million debtors is a lookup per review; this table keeps it per office
-- day of the call (the machine's local calendar, as daily_figures) and the
-- call's agent (0: nobody), kept by triggers on every review written,
-- saved again (an update) or removed. Per stage: the scores added up and
-- how many reviews scored it (a stage left unscored counts in neither).
CREATE TABLE review_figures (
    day      TEXT NOT NULL,
    agent_id INTEGER NOT NULL,
    reviews  INTEGER NOT NULL DEFAULT 0,
    presentation_points INTEGER NOT NULL DEFAULT 0,
    presentation_scored INTEGER NOT NULL DEFAULT 0,
    listening_points INTEGER NOT NULL DEFAULT 0,
    listening_scored INTEGER NOT NULL DEFAULT 0,
    negotiation_points INTEGER NOT NULL DEFAULT 0,
    negotiation_scored INTEGER NOT NULL DEFAULT 0,
    preclose_points INTEGER NOT NULL DEFAULT 0,
    preclose_scored INTEGER NOT NULL DEFAULT 0,
    close_points INTEGER NOT NULL DEFAULT 0,
    close_scored INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agent_id)
) WITHOUT ROWID;

CREATE TRIGGER quality_reviews_figures_insert AFTER INSERT ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, presentation_points, presentation_scored,
        listening_points, listening_scored, negotiation_points, negotiation_scored, preclose_points, preclose_scored,
        close_points, close_scored)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0),
           1,
           coalesce(new.score_presentation, 0),
           new.score_presentation IS NOT NULL,
           coalesce(new.score_listening, 0),
           new.score_listening IS NOT NULL,
           coalesce(new.score_negotiation, 0),
           new.score_negotiation IS NOT NULL,
           coalesce(new.score_preclose, 0),
           new.score_preclose IS NOT NULL,
           coalesce(new.score_close, 0),
           new.score_close IS NOT NULL
    FROM calls c WHERE c.id = new.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews,
        presentation_points = presentation_points + excluded.presentation_points,
        presentation_scored = presentation_scored + excluded.presentation_scored,
        listening_points = listening_points + excluded.listening_points,
        listening_scored = listening_scored + excluded.listening_scored,
        negotiation_points = negotiation_points + excluded.negotiation_points,
        negotiation_scored = negotiation_scored + excluded.negotiation_scored,
        preclose_points = preclose_points + excluded.preclose_points,
        preclose_scored = preclose_scored + excluded.preclose_scored,
        close_points = close_points + excluded.close_points,
        close_scored = close_scored + excluded.close_scored;
END;

CREATE TRIGGER quality_reviews_figures_delete AFTER DELETE ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, presentation_points, presentation_scored,
        listening_points, listening_scored, negotiation_points, negotiation_scored, preclose_points, preclose_scored,
        close_points, close_scored)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0),
           -1,
           -coalesce(old.score_presentation, 0),
           -(old.score_presentation IS NOT NULL),
           -coalesce(old.score_listening, 0),
           -(old.score_listening IS NOT NULL),
           -coalesce(old.score_negotiation, 0),
           -(old.score_negotiation IS NOT NULL),
           -coalesce(old.score_preclose, 0),
           -(old.score_preclose IS NOT NULL),
           -coalesce(old.score_close, 0),
           -(old.score_close IS NOT NULL)
    FROM calls c WHERE c.id = old.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews,
        presentation_points = presentation_points + excluded.presentation_points,
        presentation_scored = presentation_scored + excluded.presentation_scored,
        listening_points = listening_points + excluded.listening_points,
        listening_scored = listening_scored + excluded.listening_scored,
        negotiation_points = negotiation_points + excluded.negotiation_points,
        negotiation_scored = negotiation_scored + excluded.negotiation_scored,
        preclose_points = preclose_points + excluded.preclose_points,
        preclose_scored = preclose_scored + excluded.preclose_scored,
        close_points = close_points + excluded.close_points,
        close_scored = close_scored + excluded.close_scored;
END;

-- A review saved again replaces its scores: the old ones leave, the new
-- ones come in (the same row unless the call changed).
CREATE TRIGGER quality_reviews_figures_update
AFTER UPDATE OF call_id, score_presentation, score_listening, score_negotiation, score_preclose, score_close
ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, presentation_points, presentation_scored,
        listening_points, listening_scored, negotiation_points, negotiation_scored, preclose_points, preclose_scored,
        close_points, close_scored)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0),
           -1,
           -coalesce(old.score_presentation, 0),
           -(old.score_presentation IS NOT NULL),
           -coalesce(old.score_listening, 0),
           -(old.score_listening IS NOT NULL),
           -coalesce(old.score_negotiation, 0),
           -(old.score_negotiation IS NOT NULL),
           -coalesce(old.score_preclose, 0),
           -(old.score_preclose IS NOT NULL),
           -coalesce(old.score_close, 0),
           -(old.score_close IS NOT NULL)
    FROM calls c WHERE c.id = old.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews,
        presentation_points = presentation_points + excluded.presentation_points,
        presentation_scored = presentation_scored + excluded.presentation_scored,
        listening_points = listening_points + excluded.listening_points,
        listening_scored = listening_scored + excluded.listening_scored,
        negotiation_points = negotiation_points + excluded.negotiation_points,
        negotiation_scored = negotiation_scored + excluded.negotiation_scored,
        preclose_points = preclose_points + excluded.preclose_points,
        preclose_scored = preclose_scored + excluded.preclose_scored,
        close_points = close_points + excluded.close_points,
        close_scored = close_scored + excluded.close_scored;
    INSERT INTO review_figures (day, agent_id, reviews, presentation_points, presentation_scored,
        listening_points, listening_scored, negotiation_points, negotiation_scored, preclose_points, preclose_scored,
        close_points, close_scored)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0),
           1,
           coalesce(new.score_presentation, 0),
           new.score_presentation IS NOT NULL,
           coalesce(new.score_listening, 0),
           new.score_listening IS NOT NULL,
           coalesce(new.score_negotiation, 0),
           new.score_negotiation IS NOT NULL,
           coalesce(new.score_preclose, 0),
           new.score_preclose IS NOT NULL,
           coalesce(new.score_close, 0),
           new.score_close IS NOT NULL
    FROM calls c WHERE c.id = new.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews,
        presentation_points = presentation_points + excluded.presentation_points,
        presentation_scored = presentation_scored + excluded.presentation_scored,
        listening_points = listening_points + excluded.listening_points,
        listening_scored = listening_scored + excluded.listening_scored,
        negotiation_points = negotiation_points + excluded.negotiation_points,
        negotiation_scored = negotiation_scored + excluded.negotiation_scored,
        preclose_points = preclose_points + excluded.preclose_points,
        preclose_scored = preclose_scored + excluded.preclose_scored,
        close_points = close_points + excluded.close_points,
        close_scored = close_scored + excluded.close_scored;
END;

INSERT INTO review_figures (day, agent_id, reviews, presentation_points, presentation_scored,
        listening_points, listening_scored, negotiation_points, negotiation_scored, preclose_points, preclose_scored,
        close_points, close_scored)
SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), count(*),
       sum(coalesce(r.score_presentation, 0)), sum(r.score_presentation IS NOT NULL),
       sum(coalesce(r.score_listening, 0)), sum(r.score_listening IS NOT NULL),
       sum(coalesce(r.score_negotiation, 0)), sum(r.score_negotiation IS NOT NULL),
       sum(coalesce(r.score_preclose, 0)), sum(r.score_preclose IS NOT NULL),
       sum(coalesce(r.score_close, 0)), sum(r.score_close IS NOT NULL)
FROM quality_reviews r JOIN calls c ON c.id = r.call_id
GROUP BY 1, 2;
