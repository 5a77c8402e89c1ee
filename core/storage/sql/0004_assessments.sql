-- Schema 4: gap analysis. Assessments, the result of each touched requirement (untouched ones are
-- not_assessed and have no row), and the actions that close the gaps.
CREATE TABLE assessment (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> ''),
    assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    assessors   TEXT NOT NULL DEFAULT '',  -- one name per line
    scope_note  TEXT NOT NULL DEFAULT ''
);

-- The catalogs an assessment covers, in the order the user gave them.
CREATE TABLE assessment_catalog (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    catalog_id    TEXT NOT NULL REFERENCES catalog (id),
    position      INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, catalog_id)
) WITHOUT ROWID;
CREATE INDEX assessment_catalog_catalog ON assessment_catalog (catalog_id);

CREATE TABLE assessment_result (
    assessment_id  INTEGER NOT NULL,
    catalog_id     TEXT NOT NULL,
    ref            TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'not_assessed'
                   CHECK (status IN ('not_assessed', 'nonconformant', 'partial', 'conformant', 'not_applicable')),
    maturity       INTEGER CHECK (maturity BETWEEN 0 AND 5),
    justification  TEXT NOT NULL DEFAULT '',  -- why not_applicable
    notes          TEXT NOT NULL DEFAULT '',
    interviewed    TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT '',
    gap            TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'not_applicable' OR justification <> ''),
    PRIMARY KEY (assessment_id, catalog_id, ref),
    FOREIGN KEY (assessment_id, catalog_id) REFERENCES assessment_catalog (assessment_id, catalog_id) ON DELETE CASCADE,
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
) WITHOUT ROWID;
CREATE INDEX assessment_result_requirement ON assessment_result (catalog_id, ref);

CREATE TABLE assessment_action (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL,
    catalog_id    TEXT NOT NULL,
    ref           TEXT NOT NULL,
    title         TEXT NOT NULL CHECK (title <> ''),
    owner         TEXT NOT NULL DEFAULT '',
    due_date      TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    priority      TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
    notes         TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (assessment_id, catalog_id) REFERENCES assessment_catalog (assessment_id, catalog_id) ON DELETE CASCADE,
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
);
CREATE INDEX assessment_action_requirement ON assessment_action (assessment_id, catalog_id, ref);
CREATE INDEX assessment_action_catalog ON assessment_action (catalog_id, ref);

-- Documents and records (level-4 documents) of the register seen as evidence for a result.
-- A link goes with its document when the document is deleted.
CREATE TABLE assessment_evidence (
    assessment_id INTEGER NOT NULL,
    catalog_id    TEXT NOT NULL,
    ref           TEXT NOT NULL,
    document_id   INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    PRIMARY KEY (assessment_id, catalog_id, ref, document_id),
    FOREIGN KEY (assessment_id, catalog_id, ref) REFERENCES assessment_result (assessment_id, catalog_id, ref)
        ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX assessment_evidence_document ON assessment_evidence (document_id);
