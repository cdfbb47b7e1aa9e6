-- 0017: where the phones are. The registrar's bindings (one per extension) kept across a restart
-- or a crash, so that the server can ring a phone again at once instead of waiting for the
-- phone's next REGISTER (up to its expiry, often an hour). Written on every REGISTER that binds
-- or refreshes, removed when a binding ends; read at start for the bindings not expired yet.
-- Only UDP bindings are kept: a TCP or TLS phone's connection ends with the server and the phone
-- registers again when it reconnects.
CREATE TABLE sip_registrations (
    extension      TEXT PRIMARY KEY CHECK (length(extension) BETWEEN 1 AND 64),
    contact        TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 1024),
    source_address TEXT NOT NULL,
    source_port    INTEGER NOT NULL CHECK (source_port BETWEEN 1 AND 65535),
    user_agent     TEXT NOT NULL DEFAULT '',
    expires_ms     INTEGER NOT NULL  -- wall clock (Unix ms) when the binding ends
) WITHOUT ROWID;
