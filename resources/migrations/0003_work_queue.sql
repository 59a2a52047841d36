-- Version 3: the "next call" work queue. A claim keeps a debtor with one agent
-- while they work it, so two agents of the same office never get the same
-- debtor at the same time. A claim expires by itself (the agent went home,
-- the program died), so nobody stays locked out.
CREATE TABLE work_claims (
    debtor_id  INTEGER PRIMARY KEY REFERENCES debtors (id),
    agent_id   INTEGER NOT NULL REFERENCES users (id),
    claimed_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX work_claims_agent ON work_claims (agent_id);
