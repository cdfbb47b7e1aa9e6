-- 0016: faxes (T.30 over G.711). A fax sent (a desktop's SendFax, the IVR's fax node) is a row
-- from the moment it is queued: its document is a TIFF-F under the data folder (a PDF is
-- converted when it is submitted), `attempts` counts the calls placed, `reason` says why the last
-- one failed (busy, no answer, T.30's reason) and `retry_at_ms` when the next one is due. A fax
-- received is a row once it ended, its TIFF (the pages received) attached to the call. Paths are
-- relative to the data folder.
CREATE TABLE faxes (
    fax_id         INTEGER PRIMARY KEY,
    direction      TEXT NOT NULL CHECK (direction IN ('send', 'receive')),
    number         TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 64),
    call_id        INTEGER,  -- the last call that carried it
    state          TEXT NOT NULL CHECK (state IN ('queued', 'dialling', 'sending', 'done', 'failed', 'received')),
    path           TEXT NOT NULL,  -- the document sent, or the TIFF received
    file_name      TEXT NOT NULL DEFAULT '',
    document_pages INTEGER NOT NULL DEFAULT 0 CHECK (document_pages >= 0),
    pages          INTEGER NOT NULL DEFAULT 0 CHECK (pages >= 0),
    attempts       INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    retry_at_ms    INTEGER NOT NULL DEFAULT 0,
    reason         TEXT NOT NULL DEFAULT '',
    user_id        INTEGER REFERENCES users(user_id) ON DELETE SET NULL,
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL
);
CREATE INDEX faxes_by_created ON faxes(created_ms);
CREATE INDEX faxes_by_state ON faxes(state);
CREATE INDEX faxes_by_call ON faxes(call_id);
