-- Libreta schema, version 1: the whole collections domain from the start.
-- Money is INTEGER minor units. Dates are 'YYYY-MM-DD' text; instants are UTC
-- 'YYYY-MM-DDTHH:MM:SSZ' text. Codes are the stable ASCII codes of
-- src/domain/entitycodes.cpp; CHECK constraints keep them honest.

CREATE TABLE office_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT NOT NULL
);

CREATE TABLE debtors (
    id                INTEGER PRIMARY KEY,
    external_ref      TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('person', 'company')),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    tax_id            TEXT NOT NULL DEFAULT '',
    time_zone         TEXT NOT NULL DEFAULT 'America/Mexico_City',
    segment           TEXT NOT NULL DEFAULT '',
    risk              TEXT NOT NULL DEFAULT 'medium' CHECK (risk IN ('low', 'medium', 'high')),
    value             TEXT NOT NULL DEFAULT 'medium' CHECK (value IN ('low', 'medium', 'high')),
    assigned_agent_id INTEGER REFERENCES users (id),
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'settled', 'legal', 'closed')),
    do_not_contact    INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    dnc_reason        TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    city              TEXT NOT NULL DEFAULT '',
    -- name, reference and tax id folded (no accents, no case, no punctuation)
    search_text       TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX debtors_name ON debtors (name);
CREATE INDEX debtors_search_text ON debtors (search_text);
CREATE INDEX debtors_agent ON debtors (assigned_agent_id);
CREATE INDEX debtors_segment ON debtors (segment);
CREATE INDEX debtors_status ON debtors (status);

CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    debtor_id      INTEGER NOT NULL REFERENCES debtors (id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL
                   CHECK (role IN ('debtor', 'decision_maker', 'guarantor', 'reference')),
    best_time      TEXT NOT NULL DEFAULT '',
    do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1))
);
CREATE INDEX contacts_debtor ON contacts (debtor_id);

CREATE TABLE contact_phones (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    number     TEXT NOT NULL,
    digits     TEXT NOT NULL,  -- only the digits, for search
    label      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_phones_contact ON contact_phones (contact_id);
CREATE INDEX contact_phones_digits ON contact_phones (digits);

CREATE TABLE contact_emails (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_emails_contact ON contact_emails (contact_id);

CREATE TABLE invoices (
    id             INTEGER PRIMARY KEY,
    debtor_id      INTEGER NOT NULL REFERENCES debtors (id),
    number         TEXT NOT NULL,
    issue_date     TEXT NOT NULL,
    due_date       TEXT NOT NULL,
    amount         INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    disputed       INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
    dispute_reason TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    UNIQUE (debtor_id, number)
);

CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
    paid_on     TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    method      TEXT NOT NULL
                CHECK (method IN ('cash', 'transfer', 'card', 'check', 'deposit', 'other')),
    reference   TEXT NOT NULL DEFAULT '',
    created_by  INTEGER REFERENCES users (id),
    created_at  TEXT NOT NULL
);
CREATE INDEX payments_debtor_date ON payments (debtor_id, paid_on);

CREATE TABLE allocations (
    id         INTEGER PRIMARY KEY,
    payment_id INTEGER NOT NULL REFERENCES payments (id),
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    amount     INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0)
);
CREATE INDEX allocations_payment ON allocations (payment_id);
CREATE INDEX allocations_invoice ON allocations (invoice_id);

CREATE TABLE call_scripts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version > 0),
    language   TEXT NOT NULL DEFAULT 'es',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    UNIQUE (name, version)
);

CREATE TABLE script_stages (
    script_id INTEGER NOT NULL REFERENCES call_scripts (id),
    stage     TEXT NOT NULL
              CHECK (stage IN ('presentation', 'listening', 'negotiation', 'preclose', 'close',
                               'third_party')),
    body      TEXT NOT NULL,
    PRIMARY KEY (script_id, stage)
) WITHOUT ROWID;

-- The office's agreed answers to objections (argumentario).
CREATE TABLE objection_answers (
    id        INTEGER PRIMARY KEY,
    script_id INTEGER NOT NULL REFERENCES call_scripts (id),
    objection TEXT NOT NULL,
    answer    TEXT NOT NULL
);

-- Calls are append-only: a correction is a new row pointing at the old one.
CREATE TABLE calls (
    id                   INTEGER PRIMARY KEY,
    debtor_id            INTEGER NOT NULL REFERENCES debtors (id),
    agent_id             INTEGER REFERENCES users (id),
    contact_id           INTEGER REFERENCES contacts (id),
    phone_dialled        TEXT NOT NULL DEFAULT '',
    started_at           TEXT NOT NULL,
    ended_at             TEXT,
    answered_by          TEXT NOT NULL
                         CHECK (answered_by IN ('debtor', 'decision_maker', 'third_party',
                                                'nobody', 'voicemail', 'wrong_number')),
    outcome              TEXT NOT NULL
                         CHECK (outcome IN ('payment', 'promise', 'refusal', 'callback',
                                            'no_answer', 'voicemail', 'wrong_number',
                                            'third_party')),
    presentation_notes   TEXT NOT NULL DEFAULT '',
    listening_notes      TEXT NOT NULL DEFAULT '',
    negotiation_notes    TEXT NOT NULL DEFAULT '',
    preclose_notes       TEXT NOT NULL DEFAULT '',
    close_notes          TEXT NOT NULL DEFAULT '',
    excuse_category      TEXT CHECK (excuse_category IN (
                             'invoice_not_received', 'amount_disputed', 'no_funds',
                             'waiting_for_customer', 'says_already_paid', 'will_pay_on_date',
                             'illness_or_job_loss', 'does_not_recognise_debt', 'other')),
    excuse_words         TEXT NOT NULL DEFAULT '',
    excuse_kind          TEXT CHECK (excuse_kind IN ('argument', 'excuse')),
    profile_willing      INTEGER CHECK (profile_willing IN (0, 1)),
    profile_able         INTEGER CHECK (profile_able IN (0, 1)),
    preclose_answer      TEXT CHECK (preclose_answer IN ('refusal', 'partial', 'full')),
    commitment_text      TEXT NOT NULL DEFAULT '',
    commitment_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (commitment_confirmed IN (0, 1)),
    refusal_reason       TEXT NOT NULL DEFAULT '',
    next_step            TEXT NOT NULL DEFAULT '',
    script_id            INTEGER REFERENCES call_scripts (id),
    script_version       INTEGER NOT NULL DEFAULT 0,
    corrects_call_id     INTEGER REFERENCES calls (id),
    override_reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calls_debtor_started ON calls (debtor_id, started_at);
CREATE INDEX calls_agent_started ON calls (agent_id, started_at);
CREATE INDEX calls_started ON calls (started_at);

CREATE TABLE call_techniques (
    call_id   INTEGER NOT NULL REFERENCES calls (id),
    technique TEXT NOT NULL,
    PRIMARY KEY (call_id, technique)
) WITHOUT ROWID;

CREATE TABLE payment_plans (
    id          INTEGER PRIMARY KEY,
    debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
    call_id     INTEGER REFERENCES calls (id),
    frequency   TEXT NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
    total       INTEGER NOT NULL CHECK (typeof(total) = 'integer' AND total > 0),
    created_at  TEXT NOT NULL
);

-- A single promise is a plan of one (plan_id NULL, sequence 1).
CREATE TABLE promises (
    id          INTEGER PRIMARY KEY,
    debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
    call_id     INTEGER REFERENCES calls (id),
    plan_id     INTEGER REFERENCES payment_plans (id),
    sequence    INTEGER NOT NULL DEFAULT 1,
    amount      INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    due_date    TEXT NOT NULL,
    method      TEXT NOT NULL
                CHECK (method IN ('cash', 'transfer', 'card', 'check', 'deposit', 'other')),
    made_on     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'kept', 'partial', 'broken', 'cancelled')),
    paid        INTEGER NOT NULL DEFAULT 0 CHECK (typeof(paid) = 'integer' AND paid >= 0),
    resolved_on TEXT
);
CREATE INDEX promises_debtor ON promises (debtor_id, due_date);
CREATE INDEX promises_status_due ON promises (status, due_date);
CREATE INDEX promises_plan ON promises (plan_id);

CREATE TABLE notes (
    id               INTEGER PRIMARY KEY,
    debtor_id        INTEGER NOT NULL REFERENCES debtors (id),
    author_id        INTEGER REFERENCES users (id),
    created_at       TEXT NOT NULL,
    body             TEXT NOT NULL CHECK (length(trim(body)) > 0),
    corrects_note_id INTEGER REFERENCES notes (id)
);
CREATE INDEX notes_debtor ON notes (debtor_id, created_at);

CREATE TABLE followups (
    id          INTEGER PRIMARY KEY,
    debtor_id   INTEGER NOT NULL REFERENCES debtors (id),
    kind        TEXT NOT NULL
                CHECK (kind IN ('promise_reminder', 'promise_check', 'callback',
                                'send_invoice_copy', 'send_statement', 'note_followup')),
    due_date    TEXT NOT NULL,
    due_time    TEXT,
    promise_id  INTEGER REFERENCES promises (id),
    call_id     INTEGER REFERENCES calls (id),
    note_id     INTEGER REFERENCES notes (id),
    assigned_to INTEGER REFERENCES users (id),
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    result      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    done_at     TEXT
);
CREATE INDEX followups_open_due ON followups (status, due_date);
CREATE INDEX followups_debtor ON followups (debtor_id, status, due_date);
-- One follow-up of each kind per promise: roll-over can run twice safely.
CREATE UNIQUE INDEX followups_promise_kind ON followups (promise_id, kind)
    WHERE promise_id IS NOT NULL;

CREATE TABLE quality_reviews (
    id                 INTEGER PRIMARY KEY,
    call_id            INTEGER NOT NULL REFERENCES calls (id),
    reviewer_id        INTEGER REFERENCES users (id),
    reviewed_at        TEXT NOT NULL,
    score_presentation INTEGER CHECK (score_presentation BETWEEN 0 AND 5),
    score_listening    INTEGER CHECK (score_listening BETWEEN 0 AND 5),
    score_negotiation  INTEGER CHECK (score_negotiation BETWEEN 0 AND 5),
    score_preclose     INTEGER CHECK (score_preclose BETWEEN 0 AND 5),
    score_close        INTEGER CHECK (score_close BETWEEN 0 AND 5),
    comments           TEXT NOT NULL DEFAULT '',
    coaching           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quality_reviews_call ON quality_reviews (call_id);

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   INTEGER REFERENCES users (id),
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    details   TEXT NOT NULL DEFAULT ''
);

-- What the portfolio sorts and filters on, one row per debtor, rewritten in
-- the same transaction as every change that moves it (store/totalsrepository).
CREATE TABLE debtor_totals (
    debtor_id           INTEGER PRIMARY KEY REFERENCES debtors (id),
    outstanding         INTEGER NOT NULL DEFAULT 0,
    credit              INTEGER NOT NULL DEFAULT 0,
    open_invoices       INTEGER NOT NULL DEFAULT 0,
    oldest_due_date     TEXT,
    last_contact_at     TEXT,
    next_action_date    TEXT,
    open_promise_id     INTEGER,
    open_promise_amount INTEGER NOT NULL DEFAULT 0,
    open_promise_date   TEXT,
    last_promise_status TEXT,
    promises_kept       INTEGER NOT NULL DEFAULT 0,
    promises_broken     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX debtor_totals_outstanding ON debtor_totals (outstanding, debtor_id);
CREATE INDEX debtor_totals_oldest_due ON debtor_totals (oldest_due_date, debtor_id);
CREATE INDEX debtor_totals_next_action ON debtor_totals (next_action_date, debtor_id);
CREATE INDEX debtor_totals_last_contact ON debtor_totals (last_contact_at, debtor_id);

-- Append-only records: the database itself refuses edits and deletions.
CREATE TRIGGER notes_append_only_update BEFORE UPDATE ON notes
BEGIN SELECT RAISE(ABORT, 'notes are append-only: add a correction instead'); END;
CREATE TRIGGER notes_append_only_delete BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'notes are append-only: add a correction instead'); END;
CREATE TRIGGER calls_append_only_update BEFORE UPDATE ON calls
BEGIN SELECT RAISE(ABORT, 'calls are append-only: add a correction instead'); END;
CREATE TRIGGER calls_append_only_delete BEFORE DELETE ON calls
BEGIN SELECT RAISE(ABORT, 'calls are append-only: add a correction instead'); END;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
