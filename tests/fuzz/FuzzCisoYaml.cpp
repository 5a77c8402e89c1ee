// CISO Assistant framework library (YAML) import.
#include "FuzzSupport.h"

#include "catalog/CatalogImport.h"
#include "common/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        (void)cw::parseCisoAssistantYaml(cwfuzz::text(data, size), "fuzz.yaml");
    } catch (const cw::Error&) {
    }
    return 0;
}
