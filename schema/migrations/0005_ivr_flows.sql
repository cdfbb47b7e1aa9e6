-- 0005: IVR flows as data. Every save is a new version; the newest version of a name is the one
-- new calls run (calls in progress keep theirs). definition is the flow's JSON (server/ivr/README.md).
CREATE TABLE ivr_flows (
    flow_id     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    definition  TEXT NOT NULL CHECK (json_valid(definition)),
    author_id   INTEGER REFERENCES users(user_id),
    created_ms  INTEGER NOT NULL,
    UNIQUE (name, version)
);
