-- 0004: the ACD. Queue settings beyond the strategy, agents' own settings and skills, and the
-- number routes that lead into queues.
ALTER TABLE queues ADD COLUMN ring_timeout_s      INTEGER NOT NULL DEFAULT 20 CHECK (ring_timeout_s > 0);
ALTER TABLE queues ADD COLUMN service_level_s     INTEGER NOT NULL DEFAULT 20 CHECK (service_level_s > 0);
ALTER TABLE queues ADD COLUMN max_waiting         INTEGER NOT NULL DEFAULT 0 CHECK (max_waiting >= 0);
ALTER TABLE queues ADD COLUMN max_wait_s          INTEGER NOT NULL DEFAULT 0 CHECK (max_wait_s >= 0);
-- Where a caller goes after max_wait_s (NULL: keeps waiting) or when the queue is full.
ALTER TABLE queues ADD COLUMN overflow_queue_id   INTEGER REFERENCES queues(queue_id);
ALTER TABLE queues ADD COLUMN announce_interval_s INTEGER NOT NULL DEFAULT 30 CHECK (announce_interval_s >= 0);

-- An agent's own ACD settings (absent: the defaults).
CREATE TABLE agent_settings (
    user_id        INTEGER PRIMARY KEY REFERENCES users(user_id) ON DELETE CASCADE,
    mode           TEXT NOT NULL DEFAULT 'continuous' CHECK (mode IN ('continuous', 'intermittent')),
    auto_answer    INTEGER NOT NULL DEFAULT 0 CHECK (auto_answer IN (0, 1)),
    wrap_up_s      INTEGER NOT NULL DEFAULT 10 CHECK (wrap_up_s >= 0),
    wrap_up_manual INTEGER NOT NULL DEFAULT 0 CHECK (wrap_up_manual IN (0, 1)),
    max_no_answer  INTEGER NOT NULL DEFAULT 3 CHECK (max_no_answer >= 0)
);

CREATE TABLE agent_skills (
    user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    skill       TEXT NOT NULL,
    proficiency INTEGER NOT NULL CHECK (proficiency BETWEEN 1 AND 10),
    PRIMARY KEY (user_id, skill)
);
