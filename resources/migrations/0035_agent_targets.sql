-- Version 35: each agent's monthly target of money recovered.
--
-- Supervisors set a goal per agent and watch how far each has come; the
-- Panel's table by agent shows the target of the period (the monthly one,
-- by the calendar days of each month the period covers) and the share of
-- it recovered. A user without a row has no target. A table of its own,
-- keyed by the user, so the users' table and every reader of it stay as
-- they are.
CREATE TABLE agent_targets (
    user_id          INTEGER PRIMARY KEY REFERENCES users (id),
    monthly_recovery INTEGER NOT NULL
                     CHECK (typeof(monthly_recovery) = 'integer' AND monthly_recovery > 0)
);
