// The mapping step of the checklist import: field names, header detection, status vocabulary.
#include "assessment/ChecklistImport.h"

#include <algorithm>
#include <array>

namespace cw {

namespace {

using S = AssessmentStatus;

constexpr std::array<std::pair<ChecklistField, std::string_view>, 9> kFields{{
    {ChecklistField::Ref, "ref"},
    {ChecklistField::Status, "status"},
    {ChecklistField::Maturity, "maturity"},
    {ChecklistField::Notes, "notes"},
    {ChecklistField::Interviewed, "interviewed"},
    {ChecklistField::Evidence, "evidence"},
    {ChecklistField::Gap, "gap"},
    {ChecklistField::Recommendation, "recommendation"},
    {ChecklistField::Justification, "justification"},
}};

struct HeaderWords {
    ChecklistField field;
    std::vector<std::string_view> words;
};

// Normalised header names (see normalise()). Exact matches win over "contains" matches.
const std::vector<HeaderWords>& headerWords()
{
    static const std::vector<HeaderWords> words{
        {ChecklistField::Ref,
         {"ref",     "reference", "clause",     "clause no",   "clause number",  "clause ref", "clause #",
          "section", "control",   "control no", "control id",  "requirement id", "req id",     "id",
          "no",      "#",         "条款",       "条款号",      "条款编号",       "章节",       "章节号",
          "编号",    "标准条款",  "控制项",     "控制措施编号"}},
        {ChecklistField::Status,
         {"status", "result", "assessment", "assessment result", "compliance", "compliance status",
          "conformity", "conformance", "rating", "状态", "结果", "评估结果", "符合性", "符合情况", "符合程度",
          "评价", "评估状态"}},
        {ChecklistField::Maturity,
         {"maturity", "maturity level", "level", "cmm level", "成熟度", "成熟度等级"}},
        {ChecklistField::Notes,
         {"notes", "note", "findings", "finding", "comments", "comment", "remarks", "observations",
          "observation", "备注", "发现", "审核发现", "评估发现", "说明", "现状", "现状描述"}},
        {ChecklistField::Interviewed,
         {"interviewed", "interviewee", "interviewees", "people interviewed", "persons interviewed",
          "contact", "contacts", "respondent", "访谈对象", "访谈人员", "受访人", "受访者", "访谈人"}},
        {ChecklistField::Evidence,
         {"evidence", "evidence seen", "evidence reviewed", "evidences", "证据", "查看的证据", "审核证据",
          "证据记录"}},
        {ChecklistField::Gap,
         {"gap", "gaps", "gap description", "gap identified", "差距", "差距描述", "差距分析"}},
        {ChecklistField::Recommendation,
         {"recommendation", "recommendations", "recommended action", "action", "actions", "remediation",
          "improvement", "建议", "改进建议", "建议措施", "整改建议", "措施"}},
        {ChecklistField::Justification,
         {"justification", "reason", "rationale", "exclusion justification", "n/a justification", "理由",
          "不适用理由", "删减理由"}},
    };
    return words;
}

/// Lower-case ASCII, single spaces, no surrounding spaces (ideographic ones too) or trailing
/// punctuation (":", "：", "*", ".").
std::string normalise(const std::string& text)
{
    std::string s;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (text.compare(i, 3, "\xE3\x80\x80") == 0) { // U+3000 ideographic space
            space = true;
            i += 2;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            space = true;
            continue;
        }
        if (space && !s.empty())
            s += ' ';
        space = false;
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        s += c;
    }
    for (;;) {
        if (!s.empty() && (s.back() == ':' || s.back() == '*' || s.back() == '.' || s.back() == ' '))
            s.pop_back();
        else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xEF\xBC\x9A") == 0) // full-width colon
            s.resize(s.size() - 3);
        else
            break;
    }
    return s;
}

/// The fields a header may name, best first.
std::vector<ChecklistField> fieldsForHeader(const std::string& header, bool exact)
{
    std::vector<ChecklistField> out;
    const std::string h = normalise(header);
    if (h.empty())
        return out;
    for (const auto& hw : headerWords())
        for (const auto w : hw.words)
            if (exact ? h == w : (w.size() >= 4 && h.find(w) != std::string::npos)) {
                out.push_back(hw.field);
                break;
            }
    return out;
}

/// Columns named by a header row; a row holding a clause reference is data, not a header.
std::map<std::size_t, ChecklistField> columnsFromHeader(const SheetRow& row)
{
    std::map<std::size_t, ChecklistField> columns;
    for (const auto& cell : row.cells) {
        const std::string n = normalise(cell.text);
        if (!n.empty() && n[0] >= '0' && n[0] <= '9')
            return columns;
    }
    std::vector<ChecklistField> taken;
    for (const bool exact : {true, false}) {
        for (const auto& cell : row.cells) {
            const std::size_t c = cell.column;
            if (columns.count(c))
                continue;
            for (const auto f : fieldsForHeader(cell.text, exact)) {
                if (std::find(taken.begin(), taken.end(), f) == taken.end()) {
                    columns[c] = f;
                    taken.push_back(f);
                    break;
                }
            }
        }
    }
    return columns;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

std::string_view fieldKey(ChecklistField f)
{
    for (const auto& [field, key] : kFields)
        if (field == f)
            return key;
    return {};
}

std::optional<ChecklistField> checklistFieldFromKey(std::string_view key)
{
    for (const auto& [field, k] : kFields)
        if (k == key)
            return field;
    return std::nullopt;
}

std::optional<std::size_t> ChecklistMapping::columnOf(ChecklistField f) const
{
    for (const auto& [column, field] : columns)
        if (field == f)
            return column;
    return std::nullopt;
}

const std::vector<std::pair<std::string, AssessmentStatus>>& defaultStatusVocabulary()
{
    static const std::vector<std::pair<std::string, AssessmentStatus>> words = [] {
        const std::vector<std::pair<S, std::vector<std::string>>> groups{
            {S::Conformant,
             {"conformant",
              "conforming",
              "conformity",
              "compliant",
              "complies",
              "yes",
              "y",
              "met",
              "fully met",
              "fully compliant",
              "fully conformant",
              "fully implemented",
              "implemented",
              "full",
              "ok",
              "pass",
              "c",
              "符合",
              "完全符合",
              "已符合",
              "满足",
              "是",
              "已实施",
              "√",
              "✓",
              "✔"}},
            {S::Partial,
             {"partial", "partially", "partly", "partially met", "partially compliant",
              "partially conformant", "partially implemented", "in progress", "p", "pc", "部分符合", "部分",
              "部分满足", "部分实施", "基本符合"}},
            {S::Nonconformant,
             {"nonconformant",
              "non-conformant",
              "nonconforming",
              "non-conforming",
              "nonconformity",
              "non-compliant",
              "noncompliant",
              "not compliant",
              "not met",
              "no",
              "n",
              "not implemented",
              "gap",
              "missing",
              "fail",
              "nc",
              "不符合",
              "不满足",
              "未实施",
              "否",
              "缺失",
              "×",
              "✗",
              "✘"}},
            {S::NotApplicable,
             {"not_applicable", "not applicable", "n/a", "na", "n.a", "excluded", "exclusion", "不适用",
              "不涉及", "删减"}},
            {S::NotAssessed,
             {"not_assessed", "not assessed", "tbd", "to be assessed", "pending", "?", "-", "未评估",
              "待评估"}},
        };
        std::vector<std::pair<std::string, AssessmentStatus>> out;
        for (const auto& [status, list] : groups)
            for (const auto& w : list)
                out.emplace_back(normalise(w), status);
        return out;
    }();
    return words;
}

std::optional<AssessmentStatus> statusFromWord(const std::string& cell, const ChecklistMapping& mapping)
{
    const std::string w = normalise(cell);
    if (w.empty())
        return AssessmentStatus::NotAssessed;
    for (const auto& [word, status] : mapping.statusWords)
        if (normalise(word) == w)
            return status;
    for (const auto& [word, status] : defaultStatusVocabulary())
        if (word == w)
            return status;
    if (const auto s = assessmentStatusFromString(w))
        return s;
    return std::nullopt;
}

std::optional<std::string> extractRef(const std::string& cell)
{
    const std::string& s = cell;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool boundary = i == 0 || !(isAlnum(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '-');
        if (!boundary)
            continue;
        std::string ref;
        std::size_t p = i;
        const bool annex = p + 2 < s.size() &&
                           ((s[p] >= 'A' && s[p] <= 'Z') || (s[p] >= 'a' && s[p] <= 'z')) &&
                           s[p + 1] == '.' && isDigit(s[p + 2]);
        if (annex) {
            ref += static_cast<char>(s[p] >= 'a' ? s[p] - 'a' + 'A' : s[p]);
            ref += '.';
            p += 2;
        } else if (!isDigit(s[p])) {
            continue;
        }
        while (p < s.size() && (isDigit(s[p]) || (s[p] == '.' && p + 1 < s.size() && isDigit(s[p + 1]))))
            ref += s[p++];
        // "4.1x" or "20000-1" are not refs; CJK text, spaces or punctuation may follow one.
        if (p < s.size() && (isAlnum(s[p]) || s[p] == '-'))
            continue;
        return ref;
    }
    return std::nullopt;
}

ChecklistMapping detectChecklistMapping(const Sheet& sheet)
{
    ChecklistMapping m;
    const std::size_t scan = std::min<std::size_t>(sheet.rows.size(), 10);
    for (std::size_t r = 0; r < scan && !m.headerRow; ++r) {
        auto columns = columnsFromHeader(sheet.rows[r]);
        if (columns.size() >= 2) {
            m.headerRow = r;
            m.columns = std::move(columns);
        }
    }
    if (!m.columnOf(ChecklistField::Ref)) {
        // No header names the reference: take the first column whose cells mostly hold refs.
        const std::size_t first = m.headerRow ? *m.headerRow + 1 : 0;
        // One pass over the cells that hold text (a sparse row may reach column XFD): per column,
        // how many are filled and how many of those hold a ref.
        std::map<std::size_t, std::pair<std::size_t, std::size_t>> counts;
        for (std::size_t r = first; r < sheet.rows.size(); ++r)
            for (const auto& cell : sheet.rows[r].cells) {
                auto& [filled, refs] = counts[cell.column];
                ++filled;
                refs += extractRef(cell.text) ? 1 : 0;
            }
        for (const auto& [c, count] : counts) {
            if (m.columns.count(c))
                continue;
            const auto [filled, refs] = count;
            if (filled > 0 && refs * 2 >= filled) {
                m.columns[c] = ChecklistField::Ref;
                break;
            }
        }
    }
    return m;
}

std::string ImportProblem::text() const
{
    std::string s;
    if (line > 0)
        s += "line " + std::to_string(line);
    if (!column.empty())
        s += (s.empty() ? "column " : ", column ") + column;
    return s.empty() ? problem : s + ": " + problem;
}

} // namespace cw
