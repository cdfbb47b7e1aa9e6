-- 0007: work orders (工单): the order, the tasks of its current workflow step, every action taken
-- (the history), workflow definitions (versioned like IVR flows), deadline policies, customers
-- with their phones and the number segments that bind callers to a department, and the
-- full-text index. Names of types, states and actions are those of server/tickets/src/names.cpp.

CREATE TABLE customers (
    customer_id  INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,          -- generated at account opening (开户): KH + date + seq
    name         TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    vip_level    INTEGER NOT NULL DEFAULT 0 CHECK (vip_level BETWEEN 0 AND 9),  -- 1: green channel
    blacklisted  INTEGER NOT NULL DEFAULT 0 CHECK (blacklisted IN (0, 1)),
    labels       TEXT NOT NULL DEFAULT '',      -- comma separated
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),  -- 销户: closed
    created_ms   INTEGER NOT NULL,
    closed_ms    INTEGER
);
CREATE TABLE customer_phones (
    phone        TEXT NOT NULL,
    customer_id  INTEGER NOT NULL REFERENCES customers(customer_id) ON DELETE CASCADE,
    PRIMARY KEY (phone, customer_id)
);
CREATE INDEX customer_phones_by_customer ON customer_phones(customer_id);

-- 号段管理: the longest matching prefix of a caller's number names the responsible department.
CREATE TABLE number_segments (
    prefix        TEXT PRIMARY KEY CHECK (length(prefix) BETWEEN 1 AND 20),
    department_id INTEGER NOT NULL REFERENCES departments(department_id)
);

CREATE TABLE workflows (
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    definition  TEXT NOT NULL CHECK (json_valid(definition)),
    author_id   INTEGER REFERENCES users(user_id),
    created_ms  INTEGER NOT NULL,
    PRIMARY KEY (name, version)
);
-- The workflow an order type starts with (none: the built-in one-step workflow).
CREATE TABLE workflow_defaults (
    order_type  TEXT PRIMARY KEY,
    workflow    TEXT NOT NULL
);

-- Business time to accept and to finish, per type and urgency, counted on the calendar named in
-- calendar (business_calendars.name; missing: 7x24).
CREATE TABLE deadline_policies (
    order_type  TEXT NOT NULL,
    urgency     TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
    accept_s    INTEGER NOT NULL CHECK (accept_s > 0),
    process_s   INTEGER NOT NULL CHECK (process_s > 0),
    calendar    TEXT NOT NULL DEFAULT 'default',
    PRIMARY KEY (order_type, urgency)
);

CREATE TABLE work_orders (
    order_id          INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    type              TEXT NOT NULL CHECK (type IN ('business', 'consultation', 'repair', 'complaint',
                                                    'suggestion', 'praise', 'marketing')),
    urgency           TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent', 'very_urgent')),
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'fax', 'sms', 'email', 'web')),
    state             TEXT NOT NULL CHECK (state IN ('open', 'dispatched', 'processing', 'returned',
                                                     'answered', 'visited', 'closed', 'voided')),
    title             TEXT NOT NULL,
    content           TEXT NOT NULL,
    caller_number     TEXT NOT NULL DEFAULT '',
    contact_name      TEXT NOT NULL DEFAULT '',
    customer_id       INTEGER REFERENCES customers(customer_id),
    call_id           INTEGER REFERENCES calls(call_id),
    restricted        INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
    creator_id        INTEGER NOT NULL REFERENCES users(user_id),
    creator_department_id INTEGER REFERENCES departments(department_id),
    workflow          TEXT NOT NULL,
    workflow_version  INTEGER NOT NULL DEFAULT 0,
    step              INTEGER NOT NULL DEFAULT -1,
    step_mode         TEXT NOT NULL DEFAULT 'single' CHECK (step_mode IN ('single', 'parallel', 'countersign')),
    created_ms        INTEGER NOT NULL,
    updated_ms        INTEGER NOT NULL,
    accept_due_ms     INTEGER NOT NULL DEFAULT 0,
    process_due_ms    INTEGER NOT NULL DEFAULT 0,
    paused_since_ms   INTEGER NOT NULL DEFAULT 0,
    overdue           INTEGER NOT NULL DEFAULT 0,
    urge_count        INTEGER NOT NULL DEFAULT 0,
    satisfaction      TEXT CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'unsatisfied')),
    closed_ms         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX work_orders_by_state ON work_orders(state, updated_ms);
CREATE INDEX work_orders_by_caller ON work_orders(caller_number, created_ms);
CREATE INDEX work_orders_by_customer ON work_orders(customer_id, created_ms);
CREATE INDEX work_orders_by_creator ON work_orders(creator_id, created_ms);
CREATE INDEX work_orders_by_call ON work_orders(call_id);
-- Orders whose deadlines still run (the deadline timer loads these at start).
CREATE INDEX work_orders_active ON work_orders(state) WHERE state IN ('dispatched', 'processing');

CREATE TABLE work_order_tasks (
    task_id        INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES work_orders(order_id) ON DELETE CASCADE,
    step           INTEGER NOT NULL,
    department_id  INTEGER REFERENCES departments(department_id),
    user_id        INTEGER REFERENCES users(user_id),
    state          TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'answered', 'cancelled')),
    handler_id     INTEGER REFERENCES users(user_id),
    opinion        TEXT NOT NULL DEFAULT '',
    CHECK (department_id IS NOT NULL OR user_id IS NOT NULL)
);
CREATE INDEX work_order_tasks_by_order ON work_order_tasks(order_id);
-- The workbench: open tasks by department and by person.
CREATE INDEX work_order_tasks_open_by_department ON work_order_tasks(department_id)
    WHERE state IN ('pending', 'accepted');
CREATE INDEX work_order_tasks_open_by_user ON work_order_tasks(user_id)
    WHERE state IN ('pending', 'accepted');

CREATE TABLE work_order_actions (
    action_id   INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES work_orders(order_id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    actor_id    INTEGER REFERENCES users(user_id),   -- NULL: the server (escalation)
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL,
    targets     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets)),  -- [{"department":id}|{"user":id}]
    opinion     TEXT NOT NULL DEFAULT '',
    at_ms       INTEGER NOT NULL
);
CREATE INDEX work_order_actions_by_order ON work_order_actions(order_id, action_id);

-- Order numbers are GD + local date + a per-day sequence.
CREATE TABLE work_order_numbers (
    day   TEXT PRIMARY KEY,
    last  INTEGER NOT NULL
);

-- Full text of orders as Chinese bigrams and words (server/tickets/include/cti/tickets/search_text.h);
-- rowid = order_id. Written by the store with the order, in the same transaction.
CREATE VIRTUAL TABLE work_orders_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO deadline_policies (order_type, urgency, accept_s, process_s) VALUES
    ('business', 'normal', 7200, 172800), ('business', 'urgent', 3600, 86400), ('business', 'very_urgent', 1800, 28800),
    ('consultation', 'normal', 7200, 86400), ('consultation', 'urgent', 3600, 28800), ('consultation', 'very_urgent', 1800, 14400),
    ('repair', 'normal', 3600, 86400), ('repair', 'urgent', 1800, 14400), ('repair', 'very_urgent', 900, 7200),
    ('complaint', 'normal', 7200, 172800), ('complaint', 'urgent', 3600, 86400), ('complaint', 'very_urgent', 1800, 28800),
    ('suggestion', 'normal', 14400, 432000), ('suggestion', 'urgent', 7200, 172800), ('suggestion', 'very_urgent', 3600, 86400),
    ('praise', 'normal', 14400, 432000), ('praise', 'urgent', 7200, 172800), ('praise', 'very_urgent', 3600, 86400),
    ('marketing', 'normal', 14400, 172800), ('marketing', 'urgent', 7200, 86400), ('marketing', 'very_urgent', 3600, 28800);
