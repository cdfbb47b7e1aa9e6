-- 0014: call recordings. Every answered call is recorded from its answer to its end into a
-- stereo WAV (customer left, agent right) under the data folder (path relative to it); a row is
-- written when the file is complete. `error` says why a recording ended early (disk full...):
-- the file keeps what was recorded until then. Old recordings are deleted after the configured
-- retention (recording.retention_days).
CREATE TABLE recordings (
    recording_id INTEGER PRIMARY KEY,
    call_id      INTEGER NOT NULL,
    path         TEXT NOT NULL,
    channels     INTEGER NOT NULL CHECK (channels IN (1, 2)),
    frames       INTEGER NOT NULL CHECK (frames >= 0),  -- 8 kHz samples per channel
    started_ms   INTEGER NOT NULL,
    ended_ms     INTEGER NOT NULL,
    error        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recordings_by_call ON recordings(call_id);
CREATE INDEX recordings_by_start ON recordings(started_ms);
