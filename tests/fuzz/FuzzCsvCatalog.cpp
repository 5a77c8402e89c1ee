// CSV parsing and the CSV checklist import.
#include "FuzzSupport.h"

#include "catalog/CatalogImport.h"
#include "common/Csv.h"
#include "common/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto text = cwfuzz::text(data, size);
    try {
        (void)cw::parseCsv(text, "fuzz.csv");
    } catch (const cw::Error&) {
    }
    try {
        (void)cw::parseCsvCatalog(text, "fuzz.csv", "custom:fuzz", "Fuzz");
    } catch (const cw::Error&) {
    }
    return 0;
}
