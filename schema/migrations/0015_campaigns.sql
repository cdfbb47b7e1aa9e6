-- 0015: outbound campaigns (server/campaign is the dialer's pure core; these are its records).
-- Columns are named like the rest of the schema (<thing>_id); storage/campaign.h maps them to
-- the plain field names of its rows.
--
-- A campaign: how it dials (mode), whom (its call list, campaign_records), when (a business
-- calendar's hours within first_day..last_day) and with whom (the agents of `queue`, or the IVR
-- `flow` for agentless). JSON columns are checked with json_valid so that the figures, which
-- read them with json_extract, never fail on one malformed row.
CREATE TABLE campaigns (
    campaign_id INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    mode        TEXT NOT NULL CHECK (mode IN ('preview', 'progressive', 'predictive', 'agentless')),
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'running', 'paused', 'finished')),
    queue       TEXT NOT NULL DEFAULT '',     -- the agents' queue
    flow        TEXT NOT NULL DEFAULT '',     -- the IVR flow an agentless campaign connects to
    caller_id   TEXT NOT NULL DEFAULT '',
    calendar    TEXT NOT NULL DEFAULT '',     -- a business calendar's name; '': no hours limit
    first_day   TEXT NOT NULL DEFAULT ''
                CHECK (first_day = '' OR first_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_day    TEXT NOT NULL DEFAULT ''
                CHECK (last_day = '' OR last_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    abandon_cap REAL NOT NULL DEFAULT 0.03 CHECK (abandon_cap BETWEEN 0 AND 1),
    lines       INTEGER NOT NULL DEFAULT 0 CHECK (lines >= 0),  -- agentless: calls at once
    retry_rules TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(retry_rules)),
    order_type  TEXT NOT NULL DEFAULT '',     -- work-order type created on a "subscribe" answer
    created_by  INTEGER REFERENCES users(user_id),
    created_ms  INTEGER NOT NULL,
    updated_ms  INTEGER NOT NULL
);

-- One number to call (a row of the imported CSV). phone is normalized by the importer, so the
-- UNIQUE constraint also catches '+86 138 0013 8000' against '13800138000'. data holds the CSV's
-- other columns for the screen pop. Deleting a campaign deletes its list.
CREATE TABLE campaign_records (
    record_id      INTEGER PRIMARY KEY,
    campaign_id    INTEGER NOT NULL REFERENCES campaigns(campaign_id) ON DELETE CASCADE,
    line           INTEGER NOT NULL,          -- in the CSV (the header is line 1)
    phone          TEXT NOT NULL CHECK (length(phone) BETWEEN 1 AND 32),
    data           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data)),
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'dialing', 'retry_wait', 'done', 'exhausted', 'do_not_call')),
    attempts       INTEGER NOT NULL DEFAULT 0,  -- counted against the current retry rule
    total_attempts INTEGER NOT NULL DEFAULT 0,
    last_outcome   TEXT NOT NULL DEFAULT '',
    due_ms         INTEGER NOT NULL DEFAULT 0,  -- retry_wait: when it may be dialled again
    callback       INTEGER NOT NULL DEFAULT 0 CHECK (callback IN (0, 1)),  -- due_ms is a promised callback
    last_call_id   INTEGER,
    agent_id       INTEGER REFERENCES users(user_id),
    disposition    TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    answers        TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),  -- survey answers
    updated_ms     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (campaign_id, phone)
);
-- Pages of a campaign's list in list order, all states or one: indexes end in the rowid, so a
-- page is a range scan with no sort (without the first, each all-states page sorted the whole
-- campaign: 0.1 s per page at 500,000 records, against 5 % more import time for the index).
CREATE INDEX campaign_records_by_campaign ON campaign_records(campaign_id);
CREATE INDEX campaign_records_by_state ON campaign_records(campaign_id, state);

-- Every call placed for a record, for the figures and the record's history. Deleting the
-- campaign deletes them too: rowids of deleted rows may be reused, and an orphan attempt would
-- then count for a new campaign.
CREATE TABLE campaign_attempts (
    attempt_id  INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(campaign_id) ON DELETE CASCADE,
    record_id   INTEGER NOT NULL REFERENCES campaign_records(record_id) ON DELETE CASCADE,
    call_id     INTEGER,
    outcome     TEXT NOT NULL
                CHECK (outcome IN ('answered', 'busy', 'no_answer', 'failed', 'answering_machine', 'abandoned')),
    agent_id    INTEGER REFERENCES users(user_id),
    dialled_ms  INTEGER NOT NULL,
    answered_ms INTEGER,
    ended_ms    INTEGER NOT NULL,
    wait_ms     INTEGER NOT NULL DEFAULT 0    -- answered until connected to an agent
);
CREATE INDEX campaign_attempts_by_campaign ON campaign_attempts(campaign_id);
-- Without it the cascade from a record would scan every attempt once per deleted record.
CREATE INDEX campaign_attempts_by_record ON campaign_attempts(record_id);

-- Numbers never to call (normalized like campaign_records.phone), whatever the campaign.
CREATE TABLE do_not_call (
    number   TEXT PRIMARY KEY CHECK (length(number) BETWEEN 1 AND 32),
    reason   TEXT NOT NULL DEFAULT '',
    added_by INTEGER REFERENCES users(user_id),
    added_ms INTEGER NOT NULL
);
