#include "engagement/CncaCategories.h"

#include "common/Error.h"

#include <algorithm>

namespace cw {

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string CncaCategory::code() const
{
    return std::string(letter) + " " + std::string(number);
}

const std::vector<CncaCategory>& cncaCategories()
{
    // The category table of the CNCA announcement on ITSMS certification. Codes and numbers are
    // the table's; the names are our own short wording in both languages.
    static const std::vector<CncaCategory> table{
        {"A", "01.01", {"Information system consulting and planning", "信息系统咨询规划"}},
        {"C", "01.03", {"Information system software design and development", "信息系统软件设计开发"}},
        {"D", "01.04", {"Information technology consulting", "信息技术咨询"}},
        {"G", "03.01", {"Information system testing", "信息系统测试"}},
        {"H", "03.02", {"Software product testing", "软件产品测试"}},
        {"I", "03.03", {"Information system project supervision", "信息系统工程监理"}},
        {"J", "03.04", {"Software project supervision", "软件工程监理"}},
        {"L", "04.01", {"Infrastructure operation and maintenance", "基础设施运行维护"}},
        {"M", "04.02", {"Hardware operation and maintenance", "硬件运行维护"}},
        {"N", "04.03", {"Software operation and maintenance", "软件运行维护"}},
        {"U", "06.01", {"E-commerce support", "电子商务支持"}},
        {"V", "06.02", {"Software operation services", "软件运营"}},
        {"W", "06.03", {"Data processing", "数据处理"}},
        {"X", "06.04", {"Call centre / service desk", "呼叫中心/服务台"}},
    };
    return table;
}

const CncaCategory* findCncaCategory(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return nullptr;
    std::string_view letter;
    std::string_view number;
    if (const auto sp = text.find(' '); sp != std::string_view::npos) {
        letter = trim(text.substr(0, sp));
        number = trim(text.substr(sp + 1));
    } else if (text.size() == 1) {
        letter = text;
    } else {
        number = text;
    }
    for (const auto& c : cncaCategories()) {
        const bool letterOk =
            letter.empty() ||
            (letter.size() == 1 && (letter[0] == c.letter[0] || letter[0] == c.letter[0] + ('a' - 'A')));
        const bool numberOk = number.empty() || number == c.number;
        if (letterOk && numberOk)
            return &c;
    }
    return nullptr;
}

std::vector<std::string> parseCncaCategories(const std::string& text)
{
    std::vector<const CncaCategory*> found;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find_first_of(",;\n", start);
        const std::string_view item = trim(
            std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!item.empty()) {
            const CncaCategory* c = findCncaCategory(item);
            if (!c)
                throw Error(ErrorCode::InvalidInput,
                            "cnca_categories: '" + std::string(item) +
                                "' is not a category of the CNCA table (A 01.01 ... X 06.04)");
            if (std::find(found.begin(), found.end(), c) == found.end())
                found.push_back(c);
        }
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    const auto& table = cncaCategories();
    std::sort(found.begin(), found.end(), [&](const CncaCategory* a, const CncaCategory* b) {
        return (a - table.data()) < (b - table.data());
    });
    std::vector<std::string> codes;
    for (const auto* c : found)
        codes.push_back(c->code());
    return codes;
}

} // namespace cw
