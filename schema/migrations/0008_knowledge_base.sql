-- 0008: the knowledge base (知识库): a tree of categories, articles whose every saved version is
-- kept, the full-text index of each article's newest version, agents' corrections (纠错) for the
-- maintainers, and articles sent to customers from a work order. What the limits are and who may
-- write is decided by server/tickets (knowledge.h) and the gateway; the checks here are the last
-- line of defence.

CREATE TABLE kb_categories (
    category_id  INTEGER PRIMARY KEY,
    parent_id    INTEGER REFERENCES kb_categories(category_id),  -- NULL: a top-level category
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    position     INTEGER NOT NULL DEFAULT 0,                      -- order among its siblings
    CHECK (parent_id IS NULL OR parent_id <> category_id)
);
-- A name is unique among its siblings (top-level categories are siblings of each other).
CREATE UNIQUE INDEX kb_categories_sibling_names ON kb_categories(ifnull(parent_id, 0), name);

-- The current state of each article; its text is that of kb_article_versions at `version`.
CREATE TABLE kb_articles (
    article_id   INTEGER PRIMARY KEY,
    category_id  INTEGER NOT NULL REFERENCES kb_categories(category_id),
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    keywords     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),  -- JSON array of strings
    version      INTEGER NOT NULL CHECK (version >= 1),
    author_id    INTEGER REFERENCES users(user_id),   -- of the newest version
    updated_ms   INTEGER NOT NULL
);
CREATE INDEX kb_articles_by_category ON kb_articles(category_id, updated_ms);

CREATE TABLE kb_article_versions (
    article_id   INTEGER NOT NULL REFERENCES kb_articles(article_id) ON DELETE CASCADE,
    version      INTEGER NOT NULL CHECK (version >= 1),
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    keywords     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
    author_id    INTEGER REFERENCES users(user_id),
    created_ms   INTEGER NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- Full text of each article's newest version as Chinese bigrams and words
-- (server/tickets/include/cti/tickets/search_text.h), one column each so that bm25() can weigh
-- the title above the keywords above the body; rowid = article_id. Written with the version, in
-- the same transaction.
CREATE VIRTUAL TABLE kb_fts USING fts5(title, keywords, body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE kb_feedback (
    feedback_id  INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES kb_articles(article_id) ON DELETE CASCADE,
    author_id    INTEGER NOT NULL REFERENCES users(user_id),
    text         TEXT NOT NULL CHECK (length(text) >= 1),
    created_ms   INTEGER NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    resolution   TEXT NOT NULL DEFAULT '',
    resolver_id  INTEGER REFERENCES users(user_id),
    resolved_ms  INTEGER NOT NULL DEFAULT 0
);
-- The maintainers' list: what is still open, oldest first.
CREATE INDEX kb_feedback_open ON kb_feedback(created_ms) WHERE resolved = 0;
CREATE INDEX kb_feedback_by_article ON kb_feedback(article_id);

-- Articles sent to a customer from a work order. Rows wait in 'queued': no SMS, e-mail or fax
-- sender is connected yet; the one that is will take them from here and set sent or failed.
CREATE TABLE kb_deliveries (
    delivery_id  INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES kb_articles(article_id),
    version      INTEGER NOT NULL,
    order_id     INTEGER NOT NULL REFERENCES work_orders(order_id),
    channel      TEXT NOT NULL CHECK (channel IN ('sms', 'fax', 'email')),
    destination  TEXT NOT NULL CHECK (length(destination) >= 1),
    status       TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    sender_id    INTEGER REFERENCES users(user_id),
    created_ms   INTEGER NOT NULL
);
CREATE INDEX kb_deliveries_queued ON kb_deliveries(created_ms) WHERE status = 'queued';
CREATE INDEX kb_deliveries_by_order ON kb_deliveries(order_id);
