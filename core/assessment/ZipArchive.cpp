#include "assessment/ZipArchive.h"

#include "common/Error.h"

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace cw {

namespace {

constexpr std::uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr std::uint32_t kCentralDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kLocalSize = 30;

std::uint16_t le16(const std::string& b, std::size_t at)
{
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) |
                                      (static_cast<unsigned char>(b[at + 1]) << 8));
}

std::uint32_t le32(const std::string& b, std::size_t at)
{
    return std::uint32_t{le16(b, at)} | (std::uint32_t{le16(b, at + 2)} << 16);
}

} // namespace

void ZipArchive::fail(const std::string& problem) const
{
    throw Error(ErrorCode::InvalidInput, m_source + ": " + problem);
}

ZipArchive::ZipArchive(std::string bytes, std::string source)
    : m_bytes(std::move(bytes))
    , m_source(std::move(source))
{
    const std::string& b = m_bytes;
    if (b.size() < kEndSize || le32(b, 0) != kLocalHeader)
        fail("not a ZIP archive (an XLSX workbook is one)");
    // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
    std::size_t end = std::string::npos;
    const std::size_t lowest = b.size() > kEndSize + 0xFFFF ? b.size() - kEndSize - 0xFFFF : 0;
    for (std::size_t at = b.size() - kEndSize + 1; at-- > lowest;) {
        if (le32(b, at) == kEndOfCentralDirectory && at + kEndSize + le16(b, at + 20) == b.size()) {
            end = at;
            break;
        }
    }
    if (end == std::string::npos)
        fail("the ZIP archive is truncated or damaged (no end of central directory)");
    const std::uint16_t count = le16(b, end + 10);
    const std::uint32_t dirSize = le32(b, end + 12);
    const std::uint32_t dirOffset = le32(b, end + 16);
    if (count == 0xFFFF || dirOffset == 0xFFFFFFFF)
        fail("ZIP64 archives are not supported; save the workbook again as a normal .xlsx file");
    if (std::uint64_t{dirOffset} + dirSize > end)
        fail("the ZIP archive is damaged (central directory outside the file)");

    std::size_t at = dirOffset;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + kCentralSize > end || le32(b, at) != kCentralDirectoryEntry)
            fail("the ZIP archive is damaged (entry " + std::to_string(i + 1) + " of the central directory)");
        Entry e;
        e.flags = le16(b, at + 8);
        e.method = le16(b, at + 10);
        e.crc = le32(b, at + 16);
        e.compressedSize = le32(b, at + 20);
        e.size = le32(b, at + 24);
        const std::size_t nameLen = le16(b, at + 28);
        const std::size_t extraLen = le16(b, at + 30);
        const std::size_t commentLen = le16(b, at + 32);
        e.localOffset = le32(b, at + 42);
        if (at + kCentralSize + nameLen + extraLen + commentLen > end)
            fail("the ZIP archive is damaged (entry " + std::to_string(i + 1) + " runs past the directory)");
        e.name = b.substr(at + kCentralSize, nameLen);
        m_entries.push_back(std::move(e));
        at += kCentralSize + nameLen + extraLen + commentLen;
    }
}

std::vector<std::string> ZipArchive::names() const
{
    std::vector<std::string> out;
    for (const auto& e : m_entries)
        out.push_back(e.name);
    return out;
}

const ZipArchive::Entry* ZipArchive::find(const std::string& name) const
{
    for (const auto& e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

bool ZipArchive::contains(const std::string& name) const
{
    return find(name) != nullptr;
}

std::string ZipArchive::read(const std::string& name) const
{
    const Entry* e = find(name);
    if (!e)
        fail("the archive holds no '" + name + "'");
    const std::string where = "'" + name + "' in the archive ";
    if (e->flags & 0x0001)
        fail(where + "is encrypted; remove the password and save again");
    if (e->size > kMaxEntrySize)
        fail(where + "is too large (" + std::to_string(e->size) + " bytes)");
    const std::string& b = m_bytes;
    const std::size_t local = e->localOffset;
    if (local + kLocalSize > b.size() || le32(b, local) != kLocalHeader)
        fail(where + "is damaged (bad local header)");
    const std::size_t data = local + kLocalSize + le16(b, local + 26) + le16(b, local + 28);
    if (data + e->compressedSize > b.size())
        fail(where + "is truncated");

    std::string out;
    if (e->method == 0) {
        if (e->compressedSize != e->size)
            fail(where + "is damaged (stored sizes differ)");
        out = b.substr(data, e->size);
    } else if (e->method == 8 && e->size == 0) {
        out.clear();
    } else if (e->method == 8) {
        out.resize(e->size);
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            fail(where + "cannot be decompressed (zlib)");
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(b.data() + data));
        zs.avail_in = e->compressedSize;
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        zs.avail_out = e->size;
        const int rc = inflate(&zs, Z_FINISH);
        const auto produced = zs.total_out;
        inflateEnd(&zs);
        if (rc != Z_STREAM_END || produced != e->size)
            fail(where + "is damaged (its compressed data does not inflate to " + std::to_string(e->size) +
                 " bytes)");
    } else {
        fail(where + "uses compression method " + std::to_string(e->method) +
             "; only stored and deflated are read");
    }
    const auto crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.data()),
                           static_cast<uInt>(out.size()));
    if (crc != e->crc)
        fail(where + "is damaged (checksum mismatch)");
    return out;
}

} // namespace cw
