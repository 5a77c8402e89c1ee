-- Schema 5: a tamper-evident audit trail. Each entry carries the hash of the entry before it and
-- its own hash over both; entries written before this schema are sealed by the program on the
-- first writable open (SQL cannot compute SHA-256).
ALTER TABLE audit_trail ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_trail ADD COLUMN hash TEXT;
