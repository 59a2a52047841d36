-- Version 21: the Panel reads the supervisors' scores beside the figures.
--
-- A supervisor scores a conversation's stages from 0 to 5 (Reviews); the
-- Panel's table by agent shows, beside each agent's calls and money, how
-- many of their calls of the period were scored and the average of every
-- stage scored, so who needs coaching reads next to what they bring in.
-- Counting it from the reviews and their calls at a million debtors is a
-- lookup per review; this table keeps it per office day of the call (the
-- machine's local calendar, as daily_figures) and the call's agent
-- (0: nobody), kept by triggers on every review written, replaced or
-- removed. A review with no stage scored counts as a review with no points.
CREATE TABLE review_figures (
    day      TEXT NOT NULL,
    agent_id INTEGER NOT NULL,
    reviews  INTEGER NOT NULL DEFAULT 0,
    points   INTEGER NOT NULL DEFAULT 0,  -- the stages' scores added up
    stages   INTEGER NOT NULL DEFAULT 0,  -- how many stages were scored
    PRIMARY KEY (day, agent_id)
) WITHOUT ROWID;

CREATE TRIGGER quality_reviews_figures_insert AFTER INSERT ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, points, stages)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), 1,
           coalesce(new.score_presentation, 0) + coalesce(new.score_listening, 0) +
               coalesce(new.score_negotiation, 0) + coalesce(new.score_preclose, 0) + coalesce(new.score_close, 0),
           (new.score_presentation IS NOT NULL) + (new.score_listening IS NOT NULL) +
               (new.score_negotiation IS NOT NULL) + (new.score_preclose IS NOT NULL) + (new.score_close IS NOT NULL)
    FROM calls c WHERE c.id = new.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, points = points + excluded.points,
                              stages = stages + excluded.stages;
END;

CREATE TRIGGER quality_reviews_figures_delete AFTER DELETE ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, points, stages)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), -1,
           -(coalesce(old.score_presentation, 0) + coalesce(old.score_listening, 0) +
             coalesce(old.score_negotiation, 0) + coalesce(old.score_preclose, 0) + coalesce(old.score_close, 0)),
           -((old.score_presentation IS NOT NULL) + (old.score_listening IS NOT NULL) +
             (old.score_negotiation IS NOT NULL) + (old.score_preclose IS NOT NULL) + (old.score_close IS NOT NULL))
    FROM calls c WHERE c.id = old.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, points = points + excluded.points,
                              stages = stages + excluded.stages;
END;

-- A review saved again replaces its scores: the old ones leave, the new
-- ones come in (the same row unless the call changed).
CREATE TRIGGER quality_reviews_figures_update
AFTER UPDATE OF call_id, score_presentation, score_listening, score_negotiation, score_preclose, score_close
ON quality_reviews
BEGIN
    INSERT INTO review_figures (day, agent_id, reviews, points, stages)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), -1,
           -(coalesce(old.score_presentation, 0) + coalesce(old.score_listening, 0) +
             coalesce(old.score_negotiation, 0) + coalesce(old.score_preclose, 0) + coalesce(old.score_close, 0)),
           -((old.score_presentation IS NOT NULL) + (old.score_listening IS NOT NULL) +
             (old.score_negotiation IS NOT NULL) + (old.score_preclose IS NOT NULL) + (old.score_close IS NOT NULL))
    FROM calls c WHERE c.id = old.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, points = points + excluded.points,
                              stages = stages + excluded.stages;
    INSERT INTO review_figures (day, agent_id, reviews, points, stages)
    SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), 1,
           coalesce(new.score_presentation, 0) + coalesce(new.score_listening, 0) +
               coalesce(new.score_negotiation, 0) + coalesce(new.score_preclose, 0) + coalesce(new.score_close, 0),
           (new.score_presentation IS NOT NULL) + (new.score_listening IS NOT NULL) +
               (new.score_negotiation IS NOT NULL) + (new.score_preclose IS NOT NULL) + (new.score_close IS NOT NULL)
    FROM calls c WHERE c.id = new.call_id
    ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews, points = points + excluded.points,
                              stages = stages + excluded.stages;
END;

INSERT INTO review_figures (day, agent_id, reviews, points, stages)
SELECT date(c.started_at, 'localtime'), coalesce(c.agent_id, 0), count(*),
       sum(coalesce(r.score_presentation, 0) + coalesce(r.score_listening, 0) + coalesce(r.score_negotiation, 0) +
           coalesce(r.score_preclose, 0) + coalesce(r.score_close, 0)),
       sum((r.score_presentation IS NOT NULL) + (r.score_listening IS NOT NULL) + (r.score_negotiation IS NOT NULL) +
           (r.score_preclose IS NOT NULL) + (r.score_close IS NOT NULL))
FROM quality_reviews r JOIN calls c ON c.id = r.call_id
GROUP BY 1, 2;
