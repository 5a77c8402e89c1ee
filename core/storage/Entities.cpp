#include "storage/Entities.h"

namespace cw {

const std::vector<EntityTable>& entityTables()
{
    static const std::vector<EntityTable> tables{
        {"audit_trail", "audit_trail"},
    };
    return tables;
}

} // namespace cw
