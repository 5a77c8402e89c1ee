#include "storage/Entities.h"

namespace cw {

const std::vector<EntityTable>& entityTables()
{
    static const std::vector<EntityTable> tables{
        {"catalogs", "catalog"},
        {"requirements", "requirement"},
        {"catalog_mappings", "catalog_mapping"},
        {"audit_trail", "audit_trail"},
    };
    return tables;
}

} // namespace cw
