#include "common/Csv.h"

#include "common/Error.h"
#include "common/Utf8.h"

#include <algorithm>

namespace cw {

bool isValidUtf8(const std::string& s)
{
    return utf8::isValid(s);
}

namespace {

/// Cells a spreadsheet would read as a formula start with one of these (OWASP "CSV injection").
bool startsLikeFormula(std::string_view text)
{
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

/// "-3", "+4.5": a plain number, which a spreadsheet reads as a number, never as a formula.
bool isPlainNumber(std::string_view text)
{
    std::size_t i = text.empty() ? 0 : (text[0] == '-' || text[0] == '+') ? 1 : 0;
    std::size_t digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        if (text[i] >= '0' && text[i] <= '9')
            ++digits;
        else if (text[i] == '.' && !point)
            point = true;
        else
            return false;
    }
    return digits > 0 && text.back() != '.';
}

} // namespace

std::string csvNeutralised(std::string_view text)
{
    if (startsLikeFormula(text) && !isPlainNumber(text))
        return "'" + std::string(text);
    return std::string(text);
}

std::string csvField(std::string_view text)
{
    const std::string cell = csvNeutralised(text);
    const bool quote = cell.find_first_of(",\"\r\n") != std::string::npos ||
                       (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quote)
        return cell;
    std::string out = "\"";
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvLine(const std::vector<std::string>& fields)
{
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields[i]);
    }
    return line + "\r\n";
}

std::vector<CsvRow> parseCsv(const std::string& input, const std::string& source)
{
    std::string_view text(input);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (const auto bad = utf8::firstInvalid(text)) {
        const auto line =
            1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*bad), '\n');
        throw Error(ErrorCode::InvalidInput, source + ": line " + std::to_string(line) +
                                                 ": the file is not UTF-8 text (save it as CSV UTF-8)");
    }

    const auto firstLine = text.substr(0, text.find('\n'));
    char delim = ',';
    const auto commas = std::count(firstLine.begin(), firstLine.end(), ',');
    const auto semis = std::count(firstLine.begin(), firstLine.end(), ';');
    const auto tabs = std::count(firstLine.begin(), firstLine.end(), '\t');
    if (semis > commas && semis >= tabs)
        delim = ';';
    else if (tabs > commas && tabs > semis)
        delim = '\t';

    std::vector<CsvRow> rows;
    CsvRow row;
    std::string field;
    std::size_t line = 1;
    row.line = 1;
    bool inQuotes = false;
    bool afterQuote = false;
    std::size_t quoteLine = 0;
    auto endField = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
        afterQuote = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (!blank)
            rows.push_back(std::move(row));
        row = CsvRow{};
        row.line = line;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (inQuotes) {
            if (ch == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (ch == '\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == delim) {
            endField();
        } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (ch == '\n') {
            ++line;
            endRow();
        } else if (ch == '"' && field.empty() && !afterQuote) {
            inQuotes = true;
            quoteLine = line;
        } else {
            if (afterQuote)
                throw Error(ErrorCode::InvalidInput,
                            source + ": line " + std::to_string(line) + ": text after a closing quote");
            field += ch;
        }
    }
    if (inQuotes)
        throw Error(ErrorCode::InvalidInput,
                    source + ": line " + std::to_string(quoteLine) + ": a quoted field is never closed");
    if (!field.empty() || !row.fields.empty())
        endRow();
    return rows;
}

} // namespace cw
