#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

// Every harness defines this libFuzzer entry point. Inputs must end in a cw::Error or succeed;
// any other exception escapes and is reported as a crash.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace cwfuzz {
inline std::string text(const std::uint8_t* data, std::size_t size)
{
    return std::string(reinterpret_cast<const char*>(data), size);
}
/// A per-process scratch path in the temporary directory, removed when the process exits.
std::string scratchPath(const char* name);
} // namespace cwfuzz
