-- 0009: the office side of work orders and the organisation: where overdue orders escalate,
-- templates and common phrases, attachments, user groups, internal messages, and customers'
-- accounts (户号: electricity, water, gas...) and contacts.
ALTER TABLE deadline_policies ADD COLUMN escalate_role TEXT NOT NULL DEFAULT 'team_leader'
    CHECK (escalate_role IN ('team_leader', 'supervisor', 'administrator'));

-- owner_id NULL: shared by everyone (written by administrators).
CREATE TABLE order_phrases (
    phrase_id   INTEGER PRIMARY KEY,
    owner_id    INTEGER REFERENCES users(user_id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('template', 'phrase')),
    order_type  TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    text        TEXT NOT NULL CHECK (length(text) <= 4000),
    created_ms  INTEGER NOT NULL
);
CREATE INDEX order_phrases_by_owner ON order_phrases(owner_id, kind);

CREATE TABLE order_attachments (
    attachment_id INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES work_orders(order_id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    mime_type     TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size BETWEEN 0 AND 1048576),
    sha256        TEXT NOT NULL,
    content       BLOB NOT NULL,
    uploader_id   INTEGER REFERENCES users(user_id),
    created_ms    INTEGER NOT NULL
);
CREATE INDEX order_attachments_by_order ON order_attachments(order_id);

CREATE TABLE user_groups (
    user_id     INTEGER NOT NULL REFERENCES users(user_id) ON DELETE CASCADE,
    group_name  TEXT NOT NULL CHECK (length(group_name) BETWEEN 1 AND 50),
    PRIMARY KEY (user_id, group_name)
);

CREATE TABLE internal_messages (
    message_id        INTEGER PRIMARY KEY,
    from_id           INTEGER NOT NULL REFERENCES users(user_id),
    to_user_id        INTEGER REFERENCES users(user_id),
    to_department_id  INTEGER REFERENCES departments(department_id),
    text              TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    created_ms        INTEGER NOT NULL,
    CHECK (to_user_id IS NOT NULL OR to_department_id IS NOT NULL)
);
CREATE INDEX internal_messages_to_user ON internal_messages(to_user_id, created_ms);
CREATE INDEX internal_messages_to_department ON internal_messages(to_department_id, created_ms);
CREATE INDEX internal_messages_from ON internal_messages(from_id, created_ms);

CREATE TABLE customer_accounts (
    account_no   TEXT PRIMARY KEY CHECK (length(account_no) BETWEEN 1 AND 32),
    customer_id  INTEGER NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
    kind         TEXT NOT NULL DEFAULT '',      -- 电, 水, 燃气, 宽带...
    address      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_accounts_by_customer ON customer_accounts(customer_id);
CREATE TABLE customer_contacts (
    contact_id   INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    relation     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_contacts_by_customer ON customer_contacts(customer_id);
