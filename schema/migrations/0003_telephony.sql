-- 0003: telephony. SIP extensions (agent phones) with their digest credential, trunks (gateways
-- that deliver the public number and carry outbound calls), routes (the number dialled -> where
-- the call goes), and call detail records.

-- A phone registers as its extension. ha1 = lower-case hex MD5("extension:realm:password"), the
-- RFC 2617 digest secret: the server never stores the phone's password itself.
CREATE TABLE sip_extensions (
    extension  TEXT PRIMARY KEY CHECK (length(extension) BETWEEN 1 AND 32),
    ha1        TEXT NOT NULL CHECK (length(ha1) = 32),
    user_id    INTEGER REFERENCES users(user_id) ON DELETE SET NULL,
    -- What the phone may dial out to through a trunk: none, internal only; local, numbers
    -- without a long-distance 0 prefix; national; any.
    outbound   TEXT NOT NULL DEFAULT 'local' CHECK (outbound IN ('none', 'local', 'national', 'any')),
    srtp       TEXT NOT NULL DEFAULT 'off' CHECK (srtp IN ('off', 'optional', 'required')),
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);

-- A trunk: calls from its addresses are accepted without digest auth (IP allow-list);
-- outbound calls go to host:port, the number prefixed with dial_prefix.
CREATE TABLE trunks (
    trunk_id     INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    host         TEXT NOT NULL,
    port         INTEGER NOT NULL DEFAULT 5060 CHECK (port BETWEEN 1 AND 65535),
    transport    TEXT NOT NULL DEFAULT 'udp' CHECK (transport IN ('udp', 'tcp', 'tls')),
    -- Comma-separated IPv4/IPv6 addresses or CIDR blocks from which inbound calls are accepted.
    allow_from   TEXT NOT NULL DEFAULT '',
    dial_prefix  TEXT NOT NULL DEFAULT '',
    max_calls    INTEGER NOT NULL DEFAULT 0,   -- 0: no limit
    enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);

-- The number dialled (the DID of a trunk call, or a service number dialled from a phone) and
-- where it goes. Longest prefix wins when number ends with '*' (e.g. '95598*').
CREATE TABLE routes (
    number       TEXT PRIMARY KEY,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('extension', 'queue', 'ivr', 'trunk')),
    target       TEXT NOT NULL
);

-- One row per call, written when it ends (and a partial row when it starts, so that a crash
-- leaves a record: ended_ms stays NULL until the end, end_reason says why).
CREATE TABLE calls (
    call_id       INTEGER PRIMARY KEY,
    direction     TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound', 'internal')),
    caller        TEXT NOT NULL,
    callee        TEXT NOT NULL,
    sip_call_id   TEXT,
    trunk_id      INTEGER REFERENCES trunks(trunk_id),
    agent_id      INTEGER REFERENCES users(user_id),
    started_ms    INTEGER NOT NULL,
    answered_ms   INTEGER,
    ended_ms      INTEGER,
    end_reason    TEXT,
    hangup_by     TEXT CHECK (hangup_by IN ('caller', 'callee', 'agent', 'system'))
);
CREATE INDEX calls_by_start ON calls(started_ms);
CREATE INDEX calls_by_caller ON calls(caller, started_ms);
CREATE INDEX calls_by_agent ON calls(agent_id, started_ms);
