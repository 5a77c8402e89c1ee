#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cw {

/// A read-only ZIP archive held in memory: enough of the format for office files (stored and
/// deflated entries, no ZIP64, no encryption). Every malformed input is an Error(InvalidInput)
/// naming the source, never a crash: offsets and sizes are checked before use.
class ZipArchive {
public:
    /// Parses the central directory of `bytes`.
    ZipArchive(std::string bytes, std::string source);

    [[nodiscard]] const std::string& source() const { return m_source; }
    [[nodiscard]] std::vector<std::string> names() const;
    [[nodiscard]] bool contains(const std::string& name) const;
    /// The uncompressed content of an entry (CRC checked); Error(InvalidInput) when absent or damaged.
    [[nodiscard]] std::string read(const std::string& name) const;

    /// Largest entry read, against archive bombs.
    static constexpr std::uint32_t kMaxEntrySize = 256u * 1024u * 1024u;

private:
    struct Entry {
        std::string name;
        std::uint16_t flags = 0;
        std::uint16_t method = 0;
        std::uint32_t crc = 0;
        std::uint32_t compressedSize = 0;
        std::uint32_t size = 0;
        std::uint32_t localOffset = 0;
    };
    [[noreturn]] void fail(const std::string& problem) const;
    const Entry* find(const std::string& name) const;

    std::string m_bytes;
    std::string m_source;
    std::vector<Entry> m_entries;
};

} // namespace cw
