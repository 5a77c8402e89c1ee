#include "storage/Entities.h"

namespace cw {

const std::vector<EntityTable>& entityTables()
{
    static const std::vector<EntityTable> tables{
        {"catalogs", "catalog"},
        {"requirements", "requirement"},
        {"catalog_mappings", "catalog_mapping"},
        {"documents", "document"},
        {"document_versions", "document_version"},
        {"record_entries", "record_entry"},
        {"attachments", "document_attachment"},
        {"assessments", "assessment"},
        {"assessment_results", "assessment_result"},
        {"assessment_evidence", "assessment_evidence"},
        {"assessment_actions", "assessment_action"},
        {"audit_programmes", "audit_programme"},
        {"audits", "audit"},
        {"audit_checklist_lines", "audit_checklist_line"},
        {"findings", "finding"},
        {"corrective_actions", "corrective_action"},
        {"management_reviews", "management_review"},
        {"audit_trail", "audit_trail"},
    };
    return tables;
}

} // namespace cw
