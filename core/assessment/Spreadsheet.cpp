#include "assessment/Spreadsheet.h"

#include "common/Csv.h"
#include "common/Error.h"
#include "common/InputFile.h"

#include <algorithm>
#include <set>

namespace cw {

SheetRow::SheetRow(std::size_t rowLine, const std::vector<std::string>& dense)
    : line(rowLine)
{
    for (std::size_t c = 0; c < dense.size(); ++c)
        if (!dense[c].empty())
            cells.push_back({c, dense[c]});
}

const std::string& SheetRow::cell(std::size_t column) const
{
    static const std::string empty;
    const auto it = std::lower_bound(cells.begin(), cells.end(), column,
                                     [](const SheetCell& c, std::size_t col) { return c.column < col; });
    return it != cells.end() && it->column == column ? it->text : empty;
}

std::vector<std::size_t> usedColumns(const Sheet& sheet)
{
    std::set<std::size_t> used;
    for (const auto& row : sheet.rows)
        for (const auto& c : row.cells)
            used.insert(c.column);
    return {used.begin(), used.end()};
}

std::string columnLetters(std::size_t index)
{
    std::string s;
    ++index;
    while (index > 0) {
        const auto rem = (index - 1) % 26;
        s.insert(s.begin(), static_cast<char>('A' + rem));
        index = (index - 1) / 26;
    }
    return s;
}

std::optional<std::size_t> columnFromLetters(std::string_view letters)
{
    if (letters.empty() || letters.size() > 3)
        return std::nullopt;
    std::size_t n = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return std::nullopt;
        n = n * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return n - 1;
}

Sheet readCsvSheet(const std::string& text, const std::string& source)
{
    Sheet sheet;
    sheet.source = source;
    for (auto& row : parseCsv(text, source)) {
        bool any = false;
        for (const auto& f : row.fields)
            any = any || f.find_first_not_of(" \t") != std::string::npos;
        if (any)
            sheet.rows.emplace_back(row.line, row.fields);
    }
    return sheet;
}

Sheet readSheetFile(const std::filesystem::path& file, const std::string& sheetName)
{
    const std::string bytes = readInputFile(file, kMaxSheetFileBytes, "a checklist");
    const std::string source = file.filename().string();
    if (bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0)
        return readXlsx(bytes, source, sheetName);
    const auto ext = file.extension().string();
    if (ext == ".xlsx" || ext == ".XLSX" || ext == ".xlsm")
        throw Error(ErrorCode::InvalidInput, source + ": not an XLSX workbook (it is not a ZIP archive)");
    if (ext == ".xls" || ext == ".XLS")
        throw Error(ErrorCode::InvalidInput,
                    source + ": the old binary .xls format is not read; save the sheet as .xlsx or .csv");
    if (!sheetName.empty())
        throw Error(ErrorCode::Usage, source + ": a CSV file has no sheets; leave out the sheet name");
    return readCsvSheet(bytes, source);
}

} // namespace cw
