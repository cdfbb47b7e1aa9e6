-- 0018: what the reports need beyond calls, event_log and work orders, and what they keep.
-- queue_stays: every caller's stay in a queue, written by the ACD when the stay ends (answered,
-- abandoned, overflowed elsewhere, rejected at the door); an overflow to another queue starts a
-- new stay there. Interval reports count a stay in the period it entered.
CREATE TABLE queue_stays (
    stay_id     INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL,
    queue_id    INTEGER NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('answered', 'abandoned', 'overflowed', 'rejected')),
    entered_ms  INTEGER NOT NULL,
    left_ms     INTEGER NOT NULL CHECK (left_ms >= entered_ms),
    within_sl   INTEGER NOT NULL CHECK (within_sl IN (0, 1)),
    agent_id    INTEGER
);
CREATE INDEX queue_stays_by_entered ON queue_stays(entered_ms);
CREATE INDEX queue_stays_by_call ON queue_stays(call_id);

-- ivr_visits: every IVR node a call entered (automatic ones too), for the per-node report: how
-- many callers pass each node and where they leave the flow.
CREATE TABLE ivr_visits (
    visit_id    INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL,
    flow        TEXT NOT NULL,
    node        TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
CREATE INDEX ivr_visits_by_time ON ivr_visits(at_ms);
CREATE INDEX ivr_visits_by_call ON ivr_visits(call_id, flow, visit_id);

-- Custom reports (自定义报表): a name and a query (JSON: subject, period, range, columns, keys),
-- seen by their owner, or by everyone when shared.
CREATE TABLE saved_reports (
    report_id   INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    owner_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    query       TEXT NOT NULL CHECK (json_valid(query)),
    updated_ms  INTEGER NOT NULL,
    UNIQUE (owner_id, name)
);

-- Quality scoring of call recordings (质检): each scoring is kept; the newest is the score.
CREATE TABLE recording_scores (
    score_id     INTEGER PRIMARY KEY,
    recording_id INTEGER NOT NULL REFERENCES recordings(recording_id) ON DELETE CASCADE,
    scorer_id    INTEGER NOT NULL REFERENCES users(user_id),
    items        TEXT NOT NULL CHECK (json_valid(items)),
    total        INTEGER NOT NULL CHECK (total >= 0),
    comment      TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
    scored_ms    INTEGER NOT NULL
);
CREATE INDEX recording_scores_by_recording ON recording_scores(recording_id, score_id);
