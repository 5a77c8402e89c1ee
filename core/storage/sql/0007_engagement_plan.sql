-- Schema 7: the certification plan of the engagement (readiness report, timeline). Lists hold one
-- entry per line; dates are YYYY-MM-DD or '' when not planned; CNCA categories are codes of the
-- business category table ("L 04.01"), one per line. The logo is the image file's bytes (PNG or
-- JPEG) or NULL. Workspace settings (e.g. readiness_threshold) live in the settings table.
ALTER TABLE engagement ADD COLUMN services TEXT NOT NULL DEFAULT '';
ALTER TABLE engagement ADD COLUMN sites TEXT NOT NULL DEFAULT '';
ALTER TABLE engagement ADD COLUMN cnca_categories TEXT NOT NULL DEFAULT '';
ALTER TABLE engagement ADD COLUMN certification_body TEXT NOT NULL DEFAULT '';
ALTER TABLE engagement ADD COLUMN trial_operation_start TEXT NOT NULL DEFAULT ''
    CHECK (trial_operation_start = '' OR trial_operation_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE engagement ADD COLUMN planned_internal_audit TEXT NOT NULL DEFAULT ''
    CHECK (planned_internal_audit = '' OR planned_internal_audit GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE engagement ADD COLUMN planned_management_review TEXT NOT NULL DEFAULT ''
    CHECK (planned_management_review = '' OR planned_management_review GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE engagement ADD COLUMN planned_stage1 TEXT NOT NULL DEFAULT ''
    CHECK (planned_stage1 = '' OR planned_stage1 GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE engagement ADD COLUMN planned_stage2 TEXT NOT NULL DEFAULT ''
    CHECK (planned_stage2 = '' OR planned_stage2 GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE engagement ADD COLUMN logo BLOB;
