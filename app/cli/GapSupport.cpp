#include "cli/GapSupport.h"

#include "assessment/AssessmentTypes.h"
#include "cli/CliSupport.h"
#include "common/Error.h"
#include "engagement/Engagement.h"

namespace cw::cli {

Assessment selectAssessment(Workspace& ws, const po::variables_map& vm)
{
    if (vm.count("assessment"))
        return assessmentByName(ws, vm["assessment"].as<std::string>());
    return latestAssessment(ws);
}

std::string gapLanguage(Workspace& ws, const po::variables_map& vm)
{
    if (vm.count("lang")) {
        const auto l = vm["lang"].as<std::string>();
        if (l != "en" && l != "zh")
            throw Error(ErrorCode::Usage, "--lang must be 'zh' or 'en', not '" + l + "'");
        return l;
    }
    return loadEngagement(ws).language;
}

void requireGapFormat(const std::string& format, std::initializer_list<const char*> allowed)
{
    std::string list;
    for (const char* a : allowed) {
        if (format == a)
            return;
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    throw Error(ErrorCode::Usage, "unknown format '" + format + "' (choose " + list + ")");
}

nlohmann::ordered_json ratioJson(const std::optional<double>& ratio)
{
    if (!ratio)
        return nullptr;
    return roundRatio(*ratio);
}

std::string assessmentLabel(const Assessment& a)
{
    return a.name + " (" + a.date + ")";
}

std::string shortText(const std::string& text, std::size_t width)
{
    std::string line = text.substr(0, text.find('\n'));
    if (displayWidth(line) <= width)
        return line;
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0)
            len = 4;
        else if (c >= 0xE0)
            len = 3;
        else if (c >= 0xC0)
            len = 2;
        const std::string ch = line.substr(i, len);
        if (displayWidth(out + ch) > width - 3)
            break;
        out += ch;
        i += len;
    }
    return out + "...";
}

const std::string& pickTitle(const std::string& en, const std::string& zh, const std::string& lang)
{
    if (lang == "zh")
        return zh.empty() ? en : zh;
    return en.empty() ? zh : en;
}

} // namespace cw::cli
