-- Schema 1: the engagement, settings and the audit trail.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE engagement (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL,
    organization_en TEXT NOT NULL DEFAULT '',
    organization_zh TEXT NOT NULL DEFAULT '',
    scope           TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'zh')),
    created_at      TEXT NOT NULL
);

-- Every write of a user action, in the action's own transaction.
CREATE TABLE audit_trail (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL,
    at_utc    TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_trail_entity ON audit_trail (entity, entity_id);
CREATE INDEX audit_trail_action ON audit_trail (action_id);
