-- cti:foreign-keys-off (the users table is rebuilt; see the end)
-- 0020: roles an administrator defines (protocol 1.8). A role is a name, a title, a kind (one of
-- the five built-in roles: it decides the desktop window and whom "the team leader" means in a
-- workflow) and its own permissions. The built-in roles start with the permissions the server
-- had fixed in its code until now, so nothing changes until an administrator edits them.
CREATE TABLE roles (
    name     TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 32),
    title    TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('agent', 'team_leader', 'supervisor', 'administrator',
                                           'maintainer')),
    built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1))
);
INSERT INTO roles (name, title, kind, built_in) VALUES
    ('agent', '坐席', 'agent', 1),
    ('team_leader', '班长', 'team_leader', 1),
    ('supervisor', '值班主管', 'supervisor', 1),
    ('administrator', '系统管理员', 'administrator', 1),
    ('maintainer', '知识库维护员', 'maintainer', 1);

CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles(name) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (role, permission)
);
INSERT INTO role_permissions (role, permission) VALUES
    ('agent', 'password.change'), ('agent', 'call.control'), ('agent', 'agent.status'), ('agent', 'order.view'),
    ('agent', 'order.create'), ('agent', 'order.act'), ('agent', 'order.dispatch'), ('agent', 'customer.view'),
    ('agent', 'customer.edit'), ('agent', 'kb.view'), ('agent', 'kb.feedback'), ('agent', 'kb.send'),
    ('agent', 'message.send'), ('agent', 'campaign.work'), ('agent', 'fax.send'),
    ('team_leader', 'password.change'), ('team_leader', 'announcement.post'), ('team_leader', 'call.control'), ('team_leader', 'call.supervise'),
    ('team_leader', 'agent.status'), ('team_leader', 'agent.force'), ('team_leader', 'order.view'), ('team_leader', 'order.create'),
    ('team_leader', 'order.act'), ('team_leader', 'order.dispatch'), ('team_leader', 'order.supervise'), ('team_leader', 'order.restricted'),
    ('team_leader', 'customer.view'), ('team_leader', 'customer.edit'), ('team_leader', 'customer.manage'), ('team_leader', 'kb.view'),
    ('team_leader', 'kb.feedback'), ('team_leader', 'kb.send'), ('team_leader', 'message.send'), ('team_leader', 'campaign.work'),
    ('team_leader', 'campaign.manage'), ('team_leader', 'fax.send'), ('team_leader', 'report.view'),
    ('supervisor', 'password.change'), ('supervisor', 'announcement.post'), ('supervisor', 'call.control'), ('supervisor', 'call.supervise'),
    ('supervisor', 'agent.status'), ('supervisor', 'agent.force'), ('supervisor', 'order.view'), ('supervisor', 'order.create'),
    ('supervisor', 'order.act'), ('supervisor', 'order.dispatch'), ('supervisor', 'order.supervise'), ('supervisor', 'order.restricted'),
    ('supervisor', 'customer.view'), ('supervisor', 'customer.edit'), ('supervisor', 'customer.manage'), ('supervisor', 'kb.view'),
    ('supervisor', 'kb.feedback'), ('supervisor', 'kb.send'), ('supervisor', 'message.send'), ('supervisor', 'campaign.work'),
    ('supervisor', 'campaign.manage'), ('supervisor', 'fax.send'), ('supervisor', 'report.view'),
    ('administrator', 'password.change'), ('administrator', 'announcement.post'), ('administrator', 'call.control'), ('administrator', 'call.supervise'),
    ('administrator', 'agent.status'), ('administrator', 'agent.force'), ('administrator', 'ivr.edit'), ('administrator', 'order.view'),
    ('administrator', 'order.create'), ('administrator', 'order.act'), ('administrator', 'order.dispatch'), ('administrator', 'order.supervise'),
    ('administrator', 'order.restricted'), ('administrator', 'customer.view'), ('administrator', 'customer.edit'), ('administrator', 'customer.manage'),
    ('administrator', 'kb.view'), ('administrator', 'kb.edit'), ('administrator', 'kb.feedback'), ('administrator', 'kb.send'),
    ('administrator', 'message.send'), ('administrator', 'workflow.edit'), ('administrator', 'admin.users'), ('administrator', 'campaign.work'),
    ('administrator', 'campaign.manage'), ('administrator', 'prompt.edit'), ('administrator', 'fax.send'), ('administrator', 'report.view'),
    ('administrator', 'admin.system'),
    ('maintainer', 'password.change'), ('maintainer', 'order.view'), ('maintainer', 'kb.view'), ('maintainer', 'kb.edit'),
    ('maintainer', 'kb.feedback'), ('maintainer', 'message.send');

-- users.role referred to a fixed list (a CHECK); it now refers to roles. SQLite cannot change a
-- column's constraint in place, so the table is rebuilt the way its documentation prescribes:
-- with foreign keys off for this migration (the runner does it, because of the first line), so
-- that dropping the old table deletes nothing that refers to users; the runner checks every
-- foreign key before it commits.
CREATE TABLE users_rebuilt (
    user_id       INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    -- Argon2id in libsodium's crypto_pwhash_str format ($argon2id$v=19$m=...,t=...,p=1$...).
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL REFERENCES roles(name),
    department_id INTEGER REFERENCES departments(department_id),
    extension     TEXT UNIQUE,            -- SIP extension of the user's phone
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_ms    INTEGER NOT NULL
);
INSERT INTO users_rebuilt (user_id, login, display_name, password_hash, role, department_id, extension,
                           enabled, created_ms)
    SELECT user_id, login, display_name, password_hash, role, department_id, extension, enabled, created_ms
    FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
CREATE INDEX users_by_role ON users(role);
