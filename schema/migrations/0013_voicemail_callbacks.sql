-- 0013: voicemail and callback requests.
-- A message a caller left: the IVR's voicemail node, or a queue overflowing to voicemail. The
-- audio is a mono 8 kHz WAV under the data folder (path relative to it); mailbox is a queue's
-- name or an agent's extension. `error` is set when the recording ended early (disk full...):
-- what was recorded until then is kept.
CREATE TABLE voicemails (
    voicemail_id INTEGER PRIMARY KEY,
    call_id      INTEGER NOT NULL,
    mailbox      TEXT NOT NULL CHECK (length(mailbox) BETWEEN 1 AND 64),
    caller       TEXT NOT NULL,
    path         TEXT NOT NULL,
    frames       INTEGER NOT NULL CHECK (frames >= 0),  -- 8 kHz samples
    created_ms   INTEGER NOT NULL,
    error        TEXT NOT NULL DEFAULT '',
    heard_by     INTEGER REFERENCES users(user_id),
    heard_ms     INTEGER
);
CREATE INDEX voicemails_by_mailbox ON voicemails(mailbox, created_ms);

-- A caller who asked to be called back (IVR callback node, or a queue overflowing to callback).
-- While pending it waits in its queue at the place of the original call (arrived_ms); an agent
-- the ACD picks dials it. A failed attempt (busy, no answer) waits retry_at_ms and tries again
-- until the attempts run out.
CREATE TABLE callbacks (
    callback_id  INTEGER PRIMARY KEY,
    call_id      INTEGER NOT NULL,           -- the call that asked
    queue        TEXT NOT NULL,
    number       TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 32),
    requested_ms INTEGER NOT NULL,
    arrived_ms   INTEGER NOT NULL,           -- place in line
    priority     INTEGER NOT NULL DEFAULT 0,
    vip_level    INTEGER NOT NULL DEFAULT 0,
    data         TEXT NOT NULL DEFAULT '{}', -- what the caller keyed in (JSON object)
    state        TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed', 'cancelled')),
    attempts     INTEGER NOT NULL DEFAULT 0,
    retry_at_ms  INTEGER NOT NULL DEFAULT 0,
    last_result  TEXT NOT NULL DEFAULT '',
    last_call_id INTEGER,
    agent_id     INTEGER REFERENCES users(user_id),
    updated_ms   INTEGER NOT NULL
);
CREATE INDEX callbacks_by_state ON callbacks(state, arrived_ms);

-- What a queue does with a caller who waited max_wait_s or finds it full, when it names no
-- overflow queue: keep waiting / reject (''), take a message ('voicemail', into the queue's own
-- mailbox) or register a callback ('callback').
ALTER TABLE queues ADD COLUMN overflow_action TEXT NOT NULL DEFAULT ''
    CHECK (overflow_action IN ('', 'voicemail', 'callback'));
