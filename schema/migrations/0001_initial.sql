-- 0001: the organisation (departments, users and their roles), queues and their members,
-- electronic announcements.
CREATE TABLE departments (
    department_id INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    parent_id     INTEGER REFERENCES departments(department_id)
);

CREATE TABLE users (
    user_id       INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    -- Argon2id in libsodium's crypto_pwhash_str format ($argon2id$v=19$m=...,t=...,p=1$...).
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('agent', 'team_leader', 'supervisor',
                                                'administrator', 'maintainer')),
    department_id INTEGER REFERENCES departments(department_id),
    extension     TEXT UNIQUE,            -- SIP extension of the user's phone
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_ms    INTEGER NOT NULL
);

CREATE TABLE queues (
    queue_id  INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    strategy  TEXT NOT NULL DEFAULT 'longest_idle'
);

-- A tier links an agent to a queue with a level (lower levels are offered calls first).
CREATE TABLE queue_members (
    queue_id  INTEGER NOT NULL REFERENCES queues(queue_id) ON DELETE CASCADE,
    user_id   INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    level     INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (queue_id, user_id)
);

CREATE TABLE announcements (
    announcement_id INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    author_id       INTEGER NOT NULL REFERENCES users(user_id),
    created_ms      INTEGER NOT NULL
);
CREATE INDEX announcements_by_time ON announcements(created_ms);
