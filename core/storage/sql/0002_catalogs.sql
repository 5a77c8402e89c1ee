-- Schema 2: the workspace's own copies of standards catalogs and their cross-mappings.
CREATE TABLE catalog (
    id              TEXT PRIMARY KEY,
    position        INTEGER NOT NULL,
    title_en        TEXT NOT NULL DEFAULT '',
    title_zh        TEXT NOT NULL DEFAULT '',
    publisher       TEXT NOT NULL DEFAULT '',
    edition         TEXT NOT NULL DEFAULT '',
    content_version TEXT NOT NULL,
    languages       TEXT NOT NULL,           -- comma-separated: "en,zh"
    origin          TEXT NOT NULL CHECK (origin IN ('builtin', 'json', 'ciso-assistant', 'csv'))
) WITHOUT ROWID;

CREATE TABLE catalog_process_group (
    catalog_id TEXT NOT NULL REFERENCES catalog (id) ON DELETE CASCADE,
    id         TEXT NOT NULL,
    position   INTEGER NOT NULL,
    title_en   TEXT NOT NULL DEFAULT '',
    title_zh   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (catalog_id, id)
) WITHOUT ROWID;

CREATE TABLE requirement (
    catalog_id     TEXT NOT NULL REFERENCES catalog (id) ON DELETE CASCADE,
    ref            TEXT NOT NULL,
    parent_ref     TEXT,
    position       INTEGER NOT NULL,
    depth          INTEGER NOT NULL,
    title_en       TEXT NOT NULL DEFAULT '',
    title_zh       TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    assessable     INTEGER NOT NULL CHECK (assessable IN (0, 1)),
    evidence_en    TEXT NOT NULL DEFAULT '',
    evidence_zh    TEXT NOT NULL DEFAULT '',
    level          INTEGER CHECK (level BETWEEN 1 AND 4),
    process_group  TEXT NOT NULL DEFAULT '',
    theme          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (catalog_id, ref),
    FOREIGN KEY (catalog_id, parent_ref) REFERENCES requirement (catalog_id, ref) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;
CREATE INDEX requirement_position ON requirement (catalog_id, position);
CREATE INDEX requirement_parent ON requirement (catalog_id, parent_ref);

CREATE TABLE requirement_question (
    catalog_id TEXT NOT NULL,
    ref        TEXT NOT NULL,
    position   INTEGER NOT NULL,
    text_en    TEXT NOT NULL DEFAULT '',
    text_zh    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (catalog_id, ref, position),
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE required_document (
    catalog_id TEXT NOT NULL REFERENCES catalog (id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    position   INTEGER NOT NULL,
    clause_ref TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('document', 'record')),
    level      INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    title_en   TEXT NOT NULL DEFAULT '',
    title_zh   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (catalog_id, item_id),
    FOREIGN KEY (catalog_id, clause_ref) REFERENCES requirement (catalog_id, ref)
) WITHOUT ROWID;

-- Read symmetrically: a link source->target also means target->source.
CREATE TABLE catalog_mapping (
    source_catalog TEXT NOT NULL,
    source_ref     TEXT NOT NULL,
    target_catalog TEXT NOT NULL,
    target_ref     TEXT NOT NULL,
    relation       TEXT NOT NULL CHECK (relation IN ('equivalent', 'related')),
    PRIMARY KEY (source_catalog, source_ref, target_catalog, target_ref),
    FOREIGN KEY (source_catalog, source_ref) REFERENCES requirement (catalog_id, ref) ON DELETE CASCADE,
    FOREIGN KEY (target_catalog, target_ref) REFERENCES requirement (catalog_id, ref) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX catalog_mapping_target ON catalog_mapping (target_catalog, target_ref);
