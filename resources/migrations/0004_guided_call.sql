-- Version 4: the guided call. What the five stages need beyond schema v1:
-- the office's catalogues that come with a script, the "alternative offered"
-- mark on a refusal, discounts waiting for a supervisor, and the drafts that
-- keep a call being typed safe from a crash.

-- The office's catalogue of reasons for not paying, per script version: the
-- label the agent reads, what the office suggests it is (argument or
-- excuse), and what to ask or check. The category is the stable code the
-- calls table stores.
CREATE TABLE script_excuses (
    script_id      INTEGER NOT NULL REFERENCES call_scripts (id),
    category       TEXT NOT NULL CHECK (category IN (
                       'invoice_not_received', 'amount_disputed', 'no_funds',
                       'waiting_for_customer', 'says_already_paid', 'will_pay_on_date',
                       'illness_or_job_loss', 'does_not_recognise_debt', 'other')),
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL CHECK (length(trim(label)) > 0),
    suggested_kind TEXT NOT NULL CHECK (suggested_kind IN ('argument', 'excuse')),
    hint           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (script_id, category)
) WITHOUT ROWID;

-- The negotiation techniques an agent ticks; call_techniques stores the code,
-- so figures by technique survive a change of wording.
CREATE TABLE script_techniques (
    script_id   INTEGER NOT NULL REFERENCES call_scripts (id),
    code        TEXT NOT NULL CHECK (length(code) > 0),
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (script_id, code)
) WITHOUT ROWID;

-- Short reminders shown at a stage: empathetic-listening prompts, the
-- alternatives to offer after a first "no".
CREATE TABLE script_prompts (
    script_id INTEGER NOT NULL REFERENCES call_scripts (id),
    stage     TEXT NOT NULL CHECK (stage IN ('presentation', 'listening', 'negotiation', 'preclose', 'close')),
    position  INTEGER NOT NULL,
    body      TEXT NOT NULL CHECK (length(trim(body)) > 0),
    PRIMARY KEY (script_id, stage, position)
) WITHOUT ROWID;

-- A first "no" is handled, not accepted at once: a refusal is recorded only
-- after an alternative was offered, and the call says so.
ALTER TABLE calls ADD COLUMN alternative_offered INTEGER NOT NULL DEFAULT 0
    CHECK (alternative_offered IN (0, 1));

-- A discount agreed in a call. Inside the office's limit it stands; above it
-- it waits for a supervisor (the review issue decides it).
CREATE TABLE call_discounts (
    call_id       INTEGER PRIMARY KEY REFERENCES calls (id),
    debtor_id     INTEGER NOT NULL REFERENCES debtors (id),
    balance       INTEGER NOT NULL CHECK (typeof(balance) = 'integer' AND balance > 0),
    agreed_total  INTEGER NOT NULL CHECK (typeof(agreed_total) = 'integer' AND agreed_total > 0),
    percent       INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
    limit_percent INTEGER NOT NULL,
    status        TEXT NOT NULL
                  CHECK (status IN ('within_limit', 'pending', 'approved', 'rejected')),
    decided_by    INTEGER REFERENCES users (id),
    decided_at    TEXT,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX call_discounts_status ON call_discounts (status, debtor_id);

-- The call an agent is typing, written as they type, so a crash or a power
-- cut loses nothing; offered back when the debtor's file opens again and
-- removed in the transaction that saves the call (or when it is discarded).
-- One per debtor and desk login: two agents never resume each other's call.
CREATE TABLE call_drafts (
    debtor_id  INTEGER NOT NULL REFERENCES debtors (id),
    desk       TEXT NOT NULL,
    started_at TEXT NOT NULL,
    saved_at   TEXT NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (debtor_id, desk)
) WITHOUT ROWID;
CREATE INDEX call_drafts_desk ON call_drafts (desk, saved_at);
