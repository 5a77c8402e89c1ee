-- Schema 3: the document register (clause 7.5): the four-level hierarchy, versions with their
-- status transitions, clause links, dated record entries, attachments and full-text search.
-- Ids never get reused (AUTOINCREMENT), so an undone delete can put a document back under its id.

CREATE TABLE document (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    code             TEXT UNIQUE NOT NULL CHECK (length(code) > 0),
    title            TEXT NOT NULL CHECK (length(title) > 0),
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    type             TEXT NOT NULL,
    parent_id        INTEGER REFERENCES document (id),
    owner            TEXT NOT NULL DEFAULT '',
    approver         TEXT NOT NULL DEFAULT '',
    review_months    INTEGER CHECK (review_months BETWEEN 1 AND 120),   -- NULL: no periodic review
    next_review      TEXT,                                              -- YYYY-MM-DD
    retention_months INTEGER CHECK (retention_months BETWEEN 1 AND 1200), -- records: how long they are kept
    created_at       TEXT NOT NULL
);
CREATE INDEX document_parent ON document (parent_id);
CREATE INDEX document_level ON document (level, code);

-- Every version a document had. The newest is the current one; the approved one (at most one
-- at a time) is in force.
CREATE TABLE document_version (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    major          INTEGER NOT NULL CHECK (major >= 0),
    minor          INTEGER NOT NULL CHECK (minor >= 0),
    status         TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'obsolete')),
    change_summary TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    effective_date TEXT,                                                -- YYYY-MM-DD, set on approval
    UNIQUE (document_id, major, minor)
);
CREATE INDEX document_version_status ON document_version (document_id, status);

-- Who moved a version from one status to another, when, and why.
CREATE TABLE document_transition (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id  INTEGER NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL CHECK (from_status IN ('draft', 'in_review', 'approved', 'obsolete')),
    to_status   TEXT NOT NULL CHECK (to_status IN ('draft', 'in_review', 'approved', 'obsolete')),
    at_utc      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_transition_version ON document_transition (version_id);

-- The clauses a document satisfies, in any catalog of the workspace.
CREATE TABLE document_clause (
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    catalog_id  TEXT NOT NULL,
    ref         TEXT NOT NULL,
    PRIMARY KEY (document_id, catalog_id, ref),
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
) WITHOUT ROWID;
CREATE INDEX document_clause_ref ON document_clause (catalog_id, ref);

-- Dated samples of the records a level-4 document stands for (evidence that a process runs).
CREATE TABLE record_entry (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    entry_date  TEXT NOT NULL,                                          -- YYYY-MM-DD
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX record_entry_document ON record_entry (document_id, entry_date);

-- Files of a version, stored whole inside the workspace.
CREATE TABLE document_attachment (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id INTEGER NOT NULL REFERENCES document_version (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL CHECK (length(file_name) > 0),
    size       INTEGER NOT NULL CHECK (size >= 0),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    content    BLOB NOT NULL,
    UNIQUE (version_id, file_name)
);

-- Full-text search over codes, titles, change summaries and transition comments; one row per
-- document (rowid = document.id). The trigram tokenizer matches any substring of 3 or more
-- characters, Chinese included. Kept in sync by the core in the writing transaction (FTS5 cannot
-- be used from triggers while the schema is untrusted).
CREATE VIRTUAL TABLE document_search USING fts5 (code, title, summaries, comments, tokenize = 'trigram');
