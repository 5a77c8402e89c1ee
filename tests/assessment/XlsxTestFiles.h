#pragma once
// Test workbooks: a hand-made ZIP of stored (uncompressed) entries, to control every byte, and
// real ones written by libxlsxwriter (deflated, shared strings or inline strings).

#include <xlsxwriter.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace cwtest {

inline void putLe(std::string& out, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

/// A ZIP archive of stored entries.
inline std::string storedZip(const std::vector<std::pair<std::string, std::string>>& files)
{
    std::string out, dir;
    for (const auto& [name, data] : files) {
        const auto crc = static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0),
                                                          reinterpret_cast<const Bytef*>(data.data()),
                                                          static_cast<uInt>(data.size())));
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto size = static_cast<std::uint32_t>(data.size());
        const auto nameLen = static_cast<std::uint32_t>(name.size());
        putLe(out, 0x04034b50, 4);
        putLe(out, 20, 2); // version needed
        putLe(out, 0, 2);  // flags
        putLe(out, 0, 2);  // stored
        putLe(out, 0, 4);  // time, date
        putLe(out, crc, 4);
        putLe(out, size, 4);
        putLe(out, size, 4);
        putLe(out, nameLen, 2);
        putLe(out, 0, 2);
        out += name + data;
        putLe(dir, 0x02014b50, 4);
        putLe(dir, 20, 2);
        putLe(dir, 20, 2);
        putLe(dir, 0, 2);
        putLe(dir, 0, 2);
        putLe(dir, 0, 4);
        putLe(dir, crc, 4);
        putLe(dir, size, 4);
        putLe(dir, size, 4);
        putLe(dir, nameLen, 2);
        putLe(dir, 0, 2); // extra
        putLe(dir, 0, 2); // comment
        putLe(dir, 0, 2); // disk
        putLe(dir, 0, 2); // internal attributes
        putLe(dir, 0, 4); // external attributes
        putLe(dir, offset, 4);
        dir += name;
    }
    const auto dirOffset = static_cast<std::uint32_t>(out.size());
    out += dir;
    putLe(out, 0x06054b50, 4);
    putLe(out, 0, 4);
    putLe(out, static_cast<std::uint32_t>(files.size()), 2);
    putLe(out, static_cast<std::uint32_t>(files.size()), 2);
    putLe(out, static_cast<std::uint32_t>(dir.size()), 4);
    putLe(out, dirOffset, 4);
    putLe(out, 0, 2);
    return out;
}

/// The smallest workbook Excel opens: one sheet named `sheetName` with `sheetData` (the inside of
/// <sheetData>), and optionally shared strings (the <si> items). Elements carry the "x:" prefix
/// some generators write when `prefixed`.
inline std::string minimalXlsx(const std::string& sheetData, const std::string& sharedItems = {},
                               const std::string& sheetName = "Checklist", bool prefixed = false)
{
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string p = prefixed ? "x:" : "";
    const std::string xmlns = prefixed ? "xmlns:x=\"" + ns + "\"" : "xmlns=\"" + ns + "\"";
    std::vector<std::pair<std::string, std::string>> files{
        {"[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types "
                                "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
         "relationships\"><Relationship Id=\"rId1\" Type=\"" +
             rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\"?><" + p + "workbook " + xmlns + " xmlns:r=\"" + rel + "\"><" + p +
             "sheets><" + p + "sheet name=\"Cover\" sheetId=\"1\" r:id=\"rId2\"/><" + p + "sheet name=\"" +
             sheetName + "\" sheetId=\"2\" r:id=\"rId1\"/></" + p + "sheets></" + p + "workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel + "/worksheet\" Target=\"worksheets/data.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel +
             "/worksheet\" Target=\"/xl/worksheets/cover.xml\"/><Relationship Id=\"rId3\" Type=\"" + rel +
             "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/worksheets/cover.xml", "<?xml version=\"1.0\"?><" + p + "worksheet " + xmlns + "><" + p +
                                        "sheetData/></" + p + "worksheet>"},
        {"xl/worksheets/data.xml", "<?xml version=\"1.0\"?><" + p + "worksheet " + xmlns + "><" + p +
                                       "sheetData>" + sheetData + "</" + p + "sheetData></" + p +
                                       "worksheet>"},
    };
    if (!sharedItems.empty())
        files.emplace_back("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><" + p + "sst " + xmlns + ">" +
                                                       sharedItems + "</" + p + "sst>");
    return storedZip(files);
}

/// Writes rows of text (numbers where a cell parses as one) with libxlsxwriter.
inline void writeRealXlsx(const std::filesystem::path& file,
                          const std::vector<std::vector<std::string>>& rows, bool inlineStrings = false,
                          const char* sheetName = "Gap analysis")
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(file.string().c_str(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheetName);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto& v = rows[r][c];
            if (v.empty())
                continue;
            char* end = nullptr;
            const double n = std::strtod(v.c_str(), &end);
            const auto row = static_cast<lxw_row_t>(r);
            const auto col = static_cast<lxw_col_t>(c);
            if (end && *end == '\0' && v.find_first_not_of("0123456789.") == std::string::npos)
                worksheet_write_number(ws, row, col, n, nullptr);
            else
                worksheet_write_string(ws, row, col, v.c_str(), nullptr);
        }
    workbook_close(wb);
}

} // namespace cwtest
