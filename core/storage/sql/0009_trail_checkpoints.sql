-- Schema 9: signed checkpoints of the audit trail, an anchor outside the file for its hash chain.
-- Each row says "entry entry_id had the chain hash head_hash" at at_utc, signed with the Ed25519 key
-- public_key of signer (storage/Checkpoint.cpp has the signed bytes). Writing one is not a user
-- action: it adds no audit entry. There is no foreign key to audit_trail on purpose: a checkpoint
-- that names an entry which is gone is exactly what `verify` reports.
CREATE TABLE trail_checkpoint (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL,
    head_hash  TEXT NOT NULL,
    at_utc     TEXT NOT NULL,
    signer     TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature  TEXT NOT NULL
);
-- The identity of the workspace that checkpoints are signed for, so a checkpoint copied from
-- another workspace does not verify.
INSERT OR IGNORE INTO meta(key, value) VALUES ('workspace_id', lower(hex(randomblob(16))));
