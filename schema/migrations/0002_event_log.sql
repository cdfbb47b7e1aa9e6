-- 0002: the append-only event log. Agent, queue, call and security events are written here as
-- they happen; reports are computed from it. detail is a JSON object.
CREATE TABLE event_log (
    event_id  INTEGER PRIMARY KEY,
    at_ms     INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    user_id   INTEGER,
    detail    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
CREATE INDEX event_log_by_time ON event_log(at_ms);
CREATE INDEX event_log_by_kind ON event_log(kind, at_ms);
