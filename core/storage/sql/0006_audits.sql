-- Schema 6: internal audits (clause 9.2), findings with the nonconformity lifecycle and corrective
-- actions (10.1), and management reviews (9.3). Dates are YYYY-MM-DD, times UTC. People are free
-- text; lists of people hold one name per line.
-- Ids are never reused (AUTOINCREMENT), so an undone delete can put a record back under its id.

-- An audit programme: the audits of one cycle (usually a year) over the catalogs in scope.
CREATE TABLE audit_programme (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE CHECK (name <> ''),
    period_start TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    period_end   TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    objectives   TEXT NOT NULL DEFAULT '',
    CHECK (period_start <= period_end)
);

CREATE TABLE audit_programme_catalog (
    programme_id INTEGER NOT NULL REFERENCES audit_programme (id) ON DELETE CASCADE,
    catalog_id   TEXT NOT NULL REFERENCES catalog (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (programme_id, catalog_id)
) WITHOUT ROWID;

CREATE TABLE audit (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    code           TEXT NOT NULL UNIQUE CHECK (code <> ''),
    programme_id   INTEGER REFERENCES audit_programme (id),
    title          TEXT NOT NULL CHECK (title <> ''),
    scope          TEXT NOT NULL DEFAULT '',   -- processes, sites, services in words
    criteria       TEXT NOT NULL DEFAULT '',
    lead_auditor   TEXT NOT NULL DEFAULT '',
    auditors       TEXT NOT NULL DEFAULT '',   -- the rest of the team
    auditees       TEXT NOT NULL DEFAULT '',
    process_owners TEXT NOT NULL DEFAULT '',   -- declared owners of the audited processes
    planned_start  TEXT,
    planned_end    TEXT,
    actual_start   TEXT,
    actual_end     TEXT,
    status         TEXT NOT NULL DEFAULT 'planned'
                   CHECK (status IN ('planned', 'in_progress', 'reported', 'closed')),
    summary        TEXT NOT NULL DEFAULT ''    -- the report's summary and conclusion
);
CREATE INDEX audit_programme_audits ON audit (programme_id);

-- The clauses an audit covers (a clause covers the clauses below it).
CREATE TABLE audit_clause (
    audit_id   INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    catalog_id TEXT NOT NULL,
    ref        TEXT NOT NULL,
    PRIMARY KEY (audit_id, catalog_id, ref),
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
) WITHOUT ROWID;
CREATE INDEX audit_clause_ref ON audit_clause (catalog_id, ref);

CREATE TABLE audit_transition (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id    INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    at_utc      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_transition_audit ON audit_transition (audit_id);

-- Checklist lines: generated from the catalog questions of the audited clauses, or added by hand
-- (clause optional). A NULL result means "not answered yet".
CREATE TABLE audit_checklist_line (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    audit_id   INTEGER NOT NULL REFERENCES audit (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    catalog_id TEXT,
    ref        TEXT,
    question   TEXT NOT NULL CHECK (question <> ''),
    result     TEXT CHECK (result IS NULL OR result IN ('conforming', 'nonconformity', 'observation', 'not_audited')),
    notes      TEXT NOT NULL DEFAULT '',
    evidence   TEXT NOT NULL DEFAULT '',
    CHECK ((catalog_id IS NULL) = (ref IS NULL)),
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
);
CREATE INDEX audit_checklist_audit ON audit_checklist_line (audit_id, position);

CREATE TABLE finding (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    code             TEXT NOT NULL UNIQUE CHECK (code <> ''),   -- NC-2026-001, OBS-2026-001 ...
    type             TEXT NOT NULL CHECK (type IN ('major', 'minor', 'observation', 'improvement', 'positive')),
    source           TEXT NOT NULL CHECK (source IN ('internal_audit', 'external_audit', 'complaint',
                                                     'incident_review', 'other')),
    audit_id         INTEGER REFERENCES audit (id),
    source_reference TEXT NOT NULL DEFAULT '',   -- e.g. the complaint or incident number
    title            TEXT NOT NULL CHECK (title <> ''),
    requirement      TEXT NOT NULL DEFAULT '',   -- the requirement, in the auditor's words
    statement        TEXT NOT NULL DEFAULT '',   -- the nonconformity (or observation ...)
    evidence         TEXT NOT NULL DEFAULT '',
    raised_by        TEXT NOT NULL DEFAULT '',
    raised_on        TEXT NOT NULL,
    auditee          TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'correction_recorded',
                     'action_planned', 'implemented', 'verified', 'closed')),
    correction       TEXT NOT NULL DEFAULT '',
    rca_method       TEXT NOT NULL DEFAULT '' CHECK (rca_method IN ('', 'five_whys', 'fishbone', 'free_text')),
    rca_category     TEXT NOT NULL DEFAULT '',   -- fishbone category
    root_cause       TEXT NOT NULL DEFAULT '',
    CHECK ((source = 'internal_audit') = (audit_id IS NOT NULL))
);
CREATE INDEX finding_audit ON finding (audit_id);

CREATE TABLE finding_clause (
    finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    catalog_id TEXT NOT NULL,
    ref        TEXT NOT NULL,
    PRIMARY KEY (finding_id, catalog_id, ref),
    FOREIGN KEY (catalog_id, ref) REFERENCES requirement (catalog_id, ref)
) WITHOUT ROWID;
CREATE INDEX finding_clause_ref ON finding_clause (catalog_id, ref);

CREATE TABLE finding_transition (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    at_utc     TEXT NOT NULL,
    actor      TEXT NOT NULL,
    comment    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_transition_finding ON finding_transition (finding_id);

-- Round 1 holds the first plan; each failed verification opens the next round.
CREATE TABLE corrective_action (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id     INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    round          INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
    description    TEXT NOT NULL CHECK (description <> ''),
    owner          TEXT NOT NULL DEFAULT '',
    due_date       TEXT,
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'implemented', 'cancelled')),
    implemented_on TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'implemented') = (implemented_on IS NOT NULL))
);
CREATE INDEX corrective_action_finding ON corrective_action (finding_id);

CREATE TABLE finding_verification (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    finding_id  INTEGER NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    verified_by TEXT NOT NULL CHECK (verified_by <> ''),
    verified_on TEXT NOT NULL,
    effective   INTEGER NOT NULL CHECK (effective IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_verification_finding ON finding_verification (finding_id);

CREATE TABLE management_review (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL CHECK (title <> ''),
    held_on     TEXT NOT NULL,
    chair       TEXT NOT NULL DEFAULT '',
    attendees   TEXT NOT NULL DEFAULT '',
    conclusions TEXT NOT NULL DEFAULT ''
);

-- The inputs clause 9.3 expects, one text per item (pre-filled from the workspace, then edited).
CREATE TABLE review_input (
    review_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
    item      TEXT NOT NULL CHECK (item IN ('previous_actions', 'context_changes', 'performance',
              'audit_results', 'nonconformities', 'customer_satisfaction', 'supplier_performance',
              'risks_opportunities', 'resources', 'improvement')),
    text      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item)
) WITHOUT ROWID;

-- Outputs: decisions, and actions with owners and due dates.
CREATE TABLE review_output (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id INTEGER NOT NULL REFERENCES management_review (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('decision', 'action')),
    text      TEXT NOT NULL CHECK (text <> ''),
    owner     TEXT NOT NULL DEFAULT '',
    due_date  TEXT,
    status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled'))
);
CREATE INDEX review_output_review ON review_output (review_id, position);
