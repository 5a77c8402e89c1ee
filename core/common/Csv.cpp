#include "common/Csv.h"

#include "common/Error.h"

#include <algorithm>

namespace cw {

bool isValidUtf8(const std::string& s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        if (c < 0x80)
            n = 0;
        else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            n = 1;
        else if ((c & 0xF0) == 0xE0)
            n = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            n = 3;
        else
            return false;
        for (std::size_t k = 1; k <= n; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += n + 1;
    }
    return true;
}

std::vector<CsvRow> parseCsv(const std::string& input, const std::string& source)
{
    std::string_view text(input);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (!isValidUtf8(std::string(text)))
        throw Error(ErrorCode::InvalidInput, source + ": the file is not UTF-8 text (save it as CSV UTF-8)");

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
