// readXlsx(): the worksheet of an XLSX workbook as text cells. An XLSX file is a ZIP archive of
// XML parts: xl/workbook.xml names the sheets, its .rels file says which part holds each,
// xl/sharedStrings.xml holds the strings the cells refer to by index.
#include "assessment/Spreadsheet.h"
#include "assessment/XmlScanner.h"
#include "assessment/ZipArchive.h"
#include "common/Error.h"
#include "common/Utf8.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace cw {

namespace {

using Kind = XmlScanner::Kind;

constexpr std::size_t kMaxColumns = 16384; // XFD, the widest a worksheet gets

/// "64 MiB", or "1000 bytes" for a limit that is no whole number of MiB.
std::string byteCount(std::size_t bytes)
{
    constexpr std::size_t mib = 1024 * 1024;
    return bytes % mib == 0 ? std::to_string(bytes / mib) + " MiB" : std::to_string(bytes) + " bytes";
}

/// OOXML escapes characters XML cannot hold as _xHHHH_.
std::string unescapeOoxml(const std::string& s)
{
    if (s.find("_x") == std::string::npos)
        return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_' &&
            s.substr(i + 2, 4).find_first_not_of("0123456789abcdefABCDEF") == std::string::npos) {
            const auto cp = std::stoul(s.substr(i + 2, 4), nullptr, 16);
            if (cp < 0x80) {
                out += static_cast<char>(cp);
                i += 6;
                continue;
            }
            out += XmlScanner::decode("&#" + std::to_string(cp) + ";");
            i += 6;
            continue;
        }
        out += s[i];
    }
    return out;
}

/// A number as Excel shows it in General format, as far as it matters here: shortest form.
std::string formatNumber(const std::string& raw)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
    if (ec != std::errc() || end != raw.data() + raw.size())
        return raw;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string directoryOf(const std::string& part)
{
    const auto slash = part.rfind('/');
    return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string resolve(const std::string& baseDir, const std::string& target)
{
    if (!target.empty() && target[0] == '/')
        return target.substr(1);
    return baseDir + target;
}

/// Relationship id -> target part, from a .rels part (empty when absent).
std::map<std::string, std::pair<std::string, std::string>> relationships(const ZipArchive& zip,
                                                                         const std::string& part)
{
    std::map<std::string, std::pair<std::string, std::string>> out;
    if (!zip.contains(part))
        return out;
    const std::string xml = zip.read(part);
    XmlScanner scan(xml, zip.source() + ": " + part);
    XmlScanner::Token t;
    while (scan.next(t))
        if (t.kind == Kind::Open && t.name == "Relationship")
            out[t.attribute("Id")] = {t.attribute("Target"), t.attribute("Type")};
    return out;
}

std::vector<std::string> sharedStrings(const ZipArchive& zip, const std::string& part,
                                       const SheetLimits& limits)
{
    std::vector<std::string> out;
    if (part.empty() || !zip.contains(part))
        return out;
    const std::string xml = zip.read(part);
    XmlScanner scan(xml, zip.source() + ": " + part);
    XmlScanner::Token t;
    std::string current;
    std::size_t bytes = 0;
    bool inItem = false, capture = false;
    int phonetic = 0; // inside <rPh>: reading aids, not part of the text
    while (scan.next(t)) {
        if (t.kind == Kind::Open) {
            if (t.name == "si") {
                inItem = true;
                current.clear();
            } else if (t.name == "rPh") {
                ++phonetic;
            } else if (t.name == "t" && inItem && phonetic == 0) {
                capture = true;
            }
        } else if (t.kind == Kind::Close) {
            if (t.name == "si") {
                out.push_back(unescapeOoxml(current));
                bytes += out.back().size();
                if (out.size() > limits.maxCells || bytes > limits.maxTextBytes)
                    throw Error(ErrorCode::InvalidInput,
                                zip.source() + ": " + part + " holds more than " +
                                    (out.size() > limits.maxCells
                                         ? std::to_string(limits.maxCells) + " shared strings"
                                         : byteCount(limits.maxTextBytes) + " of text") +
                                    ", more than a checklist needs");
                inItem = false;
            } else if (t.name == "rPh") {
                --phonetic;
            } else if (t.name == "t") {
                capture = false;
            }
        } else if (capture) {
            current += t.text;
        }
    }
    return out;
}

} // namespace

Sheet readXlsx(const std::string& bytes, const std::string& source, const std::string& sheetName,
               const SheetLimits& limits)
{
    const ZipArchive zip(bytes, source);
    std::string workbook = "xl/workbook.xml";
    if (!zip.contains(workbook)) {
        workbook.clear();
        for (const auto& [id, rel] : relationships(zip, "_rels/.rels"))
            if (rel.second.size() >= 15 &&
                rel.second.compare(rel.second.size() - 15, 15, "/officeDocument") == 0)
                workbook = resolve("", rel.first);
        if (workbook.empty() || !zip.contains(workbook))
            throw Error(ErrorCode::InvalidInput,
                        source + ": not an XLSX workbook (it holds no xl/workbook.xml)");
    }
    const std::string dir = directoryOf(workbook);
    const auto rels = relationships(zip, dir + "_rels/" + workbook.substr(dir.size()) + ".rels");

    Sheet sheet;
    sheet.source = source;
    std::vector<std::pair<std::string, std::string>> sheets; // name, part
    {
        const std::string xml = zip.read(workbook);
        XmlScanner scan(xml, source + ": " + workbook);
        XmlScanner::Token t;
        while (scan.next(t)) {
            if (t.kind != Kind::Open || t.name != "sheet")
                continue;
            const auto rel = rels.find(t.attribute("id"));
            std::string part = rel != rels.end() ? resolve(dir, rel->second.first)
                                                 : dir + "worksheets/sheet" + t.attribute("sheetId") + ".xml";
            sheets.emplace_back(t.attribute("name"), part);
            sheet.sheetNames.push_back(t.attribute("name"));
        }
    }
    if (sheets.empty())
        throw Error(ErrorCode::InvalidInput, source + ": the workbook has no worksheet");
    std::string part;
    if (sheetName.empty()) {
        sheet.name = sheets.front().first;
        part = sheets.front().second;
    } else {
        for (const auto& [name, p] : sheets)
            if (name == sheetName) {
                sheet.name = name;
                part = p;
            }
        if (part.empty()) {
            std::string names;
            for (const auto& n : sheet.sheetNames)
                names += (names.empty() ? "'" : ", '") + n + "'";
            throw Error(ErrorCode::InvalidInput, source + ": the workbook has no sheet named '" + sheetName +
                                                     "' (it has " + names + ")");
        }
    }
    if (!zip.contains(part))
        throw Error(ErrorCode::InvalidInput,
                    source + ": the sheet '" + sheet.name + "' is missing from the file (" + part + ")");

    std::string stringsPart = dir + "sharedStrings.xml";
    for (const auto& [id, rel] : rels)
        if (rel.second.size() >= 14 && rel.second.compare(rel.second.size() - 14, 14, "/sharedStrings") == 0)
            stringsPart = resolve(dir, rel.first);
    const auto strings = sharedStrings(zip, stringsPart, limits);

    const std::string xml = zip.read(part);
    XmlScanner scan(xml, source + ": " + part);
    XmlScanner::Token t;
    SheetRow row;
    bool rowSorted = true; // cells came in column order (as every writer puts them)
    std::size_t lastLine = 0, nextColumn = 0, column = 0;
    std::size_t cellCount = 0, textBytes = 0;
    std::vector<bool> columnUsed(kMaxColumns, false);
    std::size_t columnsUsed = 0;
    std::string type, value, cellRef;
    bool inCell = false, capture = false, inInline = false;
    int phonetic = 0;
    auto fail = [&](const std::string& problem) {
        throw Error(ErrorCode::InvalidInput,
                    source + ": sheet '" + sheet.name + "', cell " + cellRef + ": " + problem);
    };
    auto limit = [&](const std::string& what, std::size_t max) {
        fail("the sheet holds more than " + std::to_string(max) + " " + what +
             ", more than a checklist needs; delete what is not part of the checklist and save again");
    };
    while (scan.next(t)) {
        if (t.kind == Kind::Open) {
            if (t.name == "row") {
                row = SheetRow{};
                rowSorted = true;
                const std::string r = t.attribute("r");
                row.line = r.empty() || r.find_first_not_of("0123456789") != std::string::npos || r.size() > 7
                               ? lastLine + 1
                               : std::stoul(r);
                lastLine = row.line;
                nextColumn = 0;
            } else if (t.name == "c") {
                inCell = true;
                type = t.attribute("t");
                value.clear();
                cellRef = t.attribute("r");
                column = nextColumn;
                if (!cellRef.empty()) {
                    const auto letters = cellRef.substr(0, cellRef.find_first_of("0123456789"));
                    const auto c = columnFromLetters(letters);
                    if (!c)
                        fail("not a cell reference");
                    column = *c;
                }
                if (column >= kMaxColumns)
                    fail("beyond the last column a worksheet can have");
                if (cellRef.empty())
                    cellRef = columnLetters(column) + std::to_string(row.line);
            } else if (t.name == "is" && inCell) {
                inInline = true;
            } else if (t.name == "rPh") {
                ++phonetic;
            } else if ((t.name == "v" && inCell) || (t.name == "t" && inInline && phonetic == 0)) {
                capture = true;
            }
        } else if (t.kind == Kind::Close) {
            if (t.name == "v" || t.name == "t") {
                capture = false;
            } else if (t.name == "rPh") {
                --phonetic;
            } else if (t.name == "is") {
                inInline = false;
            } else if (t.name == "c" && inCell) {
                inCell = false;
                std::string text;
                if (type == "s") {
                    std::size_t index = 0;
                    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
                    if (ec != std::errc() || end != value.data() + value.size() || index >= strings.size())
                        fail("refers to shared string '" + value + "', which the workbook does not hold");
                    text = strings[index];
                } else if (type == "inlineStr" || type == "str" || type == "e" || type == "d") {
                    text = unescapeOoxml(value);
                } else if (type == "b") {
                    text = value == "1" ? "TRUE" : "FALSE";
                } else {
                    text = formatNumber(value);
                }
                // Bytes that are not UTF-8 (or "&#xD800;", "_xD800_") would be stored and break
                // every JSON output later.
                if (const auto bad = utf8::firstInvalid(text))
                    fail("the text is not valid UTF-8 (at byte " + std::to_string(*bad) + ")");
                if (!text.empty()) {
                    std::size_t chars = 0;
                    for (const char ch : text)
                        chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
                    if (chars > limits.maxCellChars)
                        fail("holds " + std::to_string(chars) + " characters, more than the " +
                             std::to_string(limits.maxCellChars) + " a cell can hold");
                    if (++cellCount > limits.maxCells)
                        limit("cells with text", limits.maxCells);
                    textBytes += text.size();
                    if (textBytes > limits.maxTextBytes)
                        fail("the sheet holds more than " + byteCount(limits.maxTextBytes) +
                             " of text, more than a checklist needs; delete what is not part of the "
                             "checklist and save again");
                    if (!columnUsed[column]) {
                        columnUsed[column] = true;
                        if (++columnsUsed > limits.maxColumnsUsed)
                            limit("different columns with text", limits.maxColumnsUsed);
                    }
                    if (!row.cells.empty() && row.cells.back().column >= column)
                        rowSorted = false;
                    row.cells.push_back({column, std::move(text)});
                }
                nextColumn = column + 1;
            } else if (t.name == "row") {
                if (!rowSorted) {
                    // Cells out of order, or one column twice: sort once, the last one wins.
                    std::stable_sort(
                        row.cells.begin(), row.cells.end(),
                        [](const SheetCell& a, const SheetCell& b) { return a.column < b.column; });
                    std::vector<SheetCell> unique;
                    for (auto& c : row.cells) {
                        if (!unique.empty() && unique.back().column == c.column)
                            unique.back() = std::move(c);
                        else
                            unique.push_back(std::move(c));
                    }
                    row.cells = std::move(unique);
                }
                if (!row.cells.empty())
                    sheet.rows.push_back(std::move(row));
                row = SheetRow{};
            }
        } else if (capture) {
            value += t.text;
        }
    }
    return sheet;
}

} // namespace cw
