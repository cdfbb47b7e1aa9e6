-- 0019: administration (protocol 1.7). The skill catalogue (the names agents' and queues' skills
-- are picked from), queues' skill requirements, shifts (班次) and who works them, data
-- dictionaries (the lists desktops offer), system parameters (values the server reads at start
-- in place of its configuration file's).
CREATE TABLE skills (
    name        TEXT PRIMARY KEY,
    description TEXT NOT NULL DEFAULT ''
);
INSERT INTO skills (name) SELECT DISTINCT skill FROM agent_skills;

-- "skill:level,skill:level": every caller of the queue needs these (level 1..10). After
-- relax_after_s of waiting (0: never) the requirements are dropped: any agent of the queue will do.
ALTER TABLE queues ADD COLUMN required_skills TEXT NOT NULL DEFAULT '';
ALTER TABLE queues ADD COLUMN relax_after_s INTEGER NOT NULL DEFAULT 0 CHECK (relax_after_s >= 0);

-- A shift from start_minute to end_minute after local midnight; an end before the start ends
-- on the next day (a night shift).
CREATE TABLE shifts (
    name         TEXT PRIMARY KEY,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1439),
    description  TEXT NOT NULL DEFAULT ''
);
-- Who works a shift: on these weekdays ("mon,tue,..."), between the dates when given
-- (YYYY-MM-DD, inclusive; '' = open-ended).
CREATE TABLE shift_members (
    shift      TEXT NOT NULL REFERENCES shifts(name),
    user_id    INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    weekdays   TEXT NOT NULL,
    from_date  TEXT NOT NULL DEFAULT '',
    until_date TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shift, user_id)
);
CREATE INDEX shift_members_by_user ON shift_members(user_id);

CREATE TABLE dictionary_items (
    dictionary TEXT NOT NULL,
    code       TEXT NOT NULL,
    label_zh   TEXT NOT NULL,
    label_en   TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    enabled    INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    PRIMARY KEY (dictionary, code)
);
-- The agent desktop's built-in reasons, so that nothing changes until an administrator edits them.
INSERT INTO dictionary_items (dictionary, code, label_zh, label_en, position) VALUES
    ('not_ready_reasons', 'break', '小休', 'Break', 10),
    ('not_ready_reasons', 'meeting', '会议', 'Meeting', 20),
    ('not_ready_reasons', 'training', '培训', 'Training', 30),
    ('not_ready_reasons', 'after_call_work', '话后处理', 'After-call work', 40);

CREATE TABLE system_parameters (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_ms INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(user_id)
);
