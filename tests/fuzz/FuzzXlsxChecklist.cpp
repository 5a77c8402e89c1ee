// XLSX checklists: the ZIP container, the inflater, the workbook XML and the column mapping.
#include "FuzzSupport.h"

#include "assessment/ChecklistImport.h"
#include "assessment/Spreadsheet.h"
#include "common/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const cw::Sheet sheet = cw::readXlsx(bytes, "fuzz.xlsx");
        (void)cw::detectChecklistMapping(sheet);
    } catch (const cw::Error&) {
    }
    return 0;
}
