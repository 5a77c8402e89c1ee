// Our catalog JSON loader and its validation; valid catalogs must survive a write/read round trip.
#include "FuzzSupport.h"

#include "catalog/CatalogJson.h"
#include "common/Error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        const auto c = cw::parseCatalogJson(cwfuzz::text(data, size), "fuzz.json");
        if (!(cw::parseCatalogJson(cw::catalogToJson(c).dump(), "again.json") == c))
            std::abort();
    } catch (const cw::Error&) {
    }
    try {
        (void)cw::parseMappingJson(cwfuzz::text(data, size), "fuzz-mapping.json");
    } catch (const cw::Error&) {
    }
    return 0;
}
