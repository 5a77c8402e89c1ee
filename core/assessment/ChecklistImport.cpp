// Preview and import of an existing spreadsheet checklist into an assessment.
#include "assessment/ChecklistImport.h"

#include "assessment/Assessment.h"
#include "common/Error.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace cw {

namespace {

constexpr std::size_t kProgressEvery = 25; ///< rows written between two progress reports

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string statusChoices()
{
    std::string s;
    for (const auto st : allAssessmentStatuses())
        s += (s.empty() ? "" : ", ") + std::string(toString(st));
    return s;
}

/// "3", "3.0", "Level 3", "L3", "3 - Defined" -> 3; nullopt when no level can be read.
std::optional<int> parseMaturity(const std::string& cell)
{
    std::string s = trim(cell);
    std::string lower;
    for (char c : s)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const char* prefix : {"level", "lvl", "l"})
        if (lower.rfind(prefix, 0) == 0) {
            s = trim(s.substr(std::string_view(prefix).size()));
            break;
        }
    if (s.empty() || s[0] < '0' || s[0] > '9')
        return std::nullopt;
    std::size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9')
        ++digits;
    if (digits < s.size() && s[digits] == '.') { // "3.0" is 3, "2.5" is no level
        std::size_t q = digits + 1;
        while (q < s.size() && s[q] == '0')
            ++q;
        if (q < s.size() && s[q] >= '1' && s[q] <= '9')
            return std::nullopt;
    }
    if (digits > 2)
        return std::nullopt;
    return std::stoi(s.substr(0, digits));
}

} // namespace

ChecklistPreview previewChecklist(Workspace& ws, std::int64_t assessmentId, const Sheet& sheet,
                                  const ChecklistMapping& mapping)
{
    const Assessment a = loadAssessment(ws, assessmentId);
    ChecklistPreview out;
    out.catalogId = mapping.catalogId.empty() ? a.catalogs.front() : mapping.catalogId;
    if (std::find(a.catalogs.begin(), a.catalogs.end(), out.catalogId) == a.catalogs.end())
        out.problems.push_back(
            {0, "", "the assessment '" + a.name + "' does not cover the catalog '" + out.catalogId + "'"});
    const auto refColumn = mapping.columnOf(ChecklistField::Ref);
    if (!refColumn)
        out.problems.push_back({0, "", "no column holds the clause reference; map one to 'ref'"});
    if (mapping.headerRow && *mapping.headerRow >= sheet.rows.size())
        out.problems.push_back({0, "", "the header row is beyond the end of the sheet"});
    if (!out.problems.empty())
        return out;

    std::map<std::string, bool> assessable; // ref -> assessable
    {
        SQLite::Statement q(ws.db(), "SELECT ref, assessable FROM requirement WHERE catalog_id = ?");
        q.bind(1, out.catalogId);
        while (q.executeStep())
            assessable[q.getColumn(0).getString()] = q.getColumn(1).getInt() != 0;
    }
    std::map<std::string, RequirementResult> stored;
    for (auto& r : listResults(ws, assessmentId))
        if (r.key.catalogId == out.catalogId)
            stored.emplace(r.key.ref, std::move(r));

    const SheetRow* header = mapping.headerRow ? &sheet.rows[*mapping.headerRow] : nullptr;
    auto columnLabel = [&](std::size_t c) {
        std::string label = columnLetters(c);
        if (header && !trim(header->cell(c)).empty())
            label += " (" + trim(header->cell(c)) + ")";
        return label;
    };
    std::map<std::string, std::size_t> seen; // ref -> line
    for (std::size_t i = mapping.headerRow ? *mapping.headerRow + 1 : 0; i < sheet.rows.size(); ++i) {
        const SheetRow& row = sheet.rows[i];
        bool content = false;
        for (const auto& [c, field] : mapping.columns)
            content = content || (field != ChecklistField::Ref && !trim(row.cell(c)).empty());
        const std::string refCell = trim(row.cell(*refColumn));
        const auto ref = extractRef(refCell);
        PreviewRow p;
        p.line = row.line;
        auto problem = [&](std::optional<std::size_t> column, const std::string& text) {
            p.problems.push_back({row.line, column ? columnLabel(*column) : std::string(), text});
        };
        if (!ref) {
            if (!content) {
                out.skippedLines.push_back(row.line);
                continue;
            }
            problem(*refColumn, refCell.empty() ? "the clause reference is empty"
                                                : "no clause reference in '" + refCell + "'");
        } else if (auto it = assessable.find(*ref); it == assessable.end()) {
            problem(*refColumn, "'" + *ref + "' is not a clause of " + out.catalogId);
        } else if (!it->second) {
            if (!content) {
                out.skippedLines.push_back(row.line);
                continue;
            }
            problem(*refColumn, "'" + *ref + "' is a heading of " + out.catalogId +
                                    "; results belong to the requirements under it");
        } else if (auto dup = seen.find(*ref); dup != seen.end()) {
            problem(*refColumn, "'" + *ref + "' appears already on line " + std::to_string(dup->second));
        }
        if (ref)
            seen.emplace(*ref, row.line);

        RequirementResult before;
        before.key = {out.catalogId, ref.value_or(refCell)};
        if (auto it = stored.find(before.key.ref); it != stored.end())
            before = it->second;
        RequirementResult r = before;
        for (const auto& [c, field] : mapping.columns) {
            const std::string v = trim(row.cell(c));
            if (v.empty() || field == ChecklistField::Ref)
                continue;
            switch (field) {
            case ChecklistField::Status:
                if (const auto s = statusFromWord(v, mapping))
                    r.status = *s;
                else
                    problem(c, "unknown status '" + v + "'; map it to one of " + statusChoices());
                break;
            case ChecklistField::Maturity:
                if (const auto m = parseMaturity(v); m && *m <= 5)
                    r.maturity = *m;
                else
                    problem(c, "the maturity level must be 0 to 5, not '" + v + "'");
                break;
            case ChecklistField::Notes:
                r.notes = v;
                break;
            case ChecklistField::Interviewed:
                r.interviewed = v;
                break;
            case ChecklistField::Evidence:
                r.evidence = v;
                break;
            case ChecklistField::Gap:
                r.gap = v;
                break;
            case ChecklistField::Recommendation:
                r.recommendation = v;
                break;
            case ChecklistField::Justification:
                r.justification = v;
                break;
            case ChecklistField::Ref:
                break;
            }
        }
        if (r.status == AssessmentStatus::NotApplicable && trim(r.justification).empty()) {
            r.justification = !trim(r.notes).empty() ? r.notes : r.gap;
            if (trim(r.justification).empty())
                problem(mapping.columnOf(ChecklistField::Status),
                        "not_applicable needs a justification; give one in a justification or notes column");
        }
        p.result = std::move(r);
        p.replaces = before.stored && !before.sameContent(p.result);
        out.problems.insert(out.problems.end(), p.problems.begin(), p.problems.end());
        out.rows.push_back(std::move(p));
    }
    if (out.rows.empty() && out.problems.empty())
        out.problems.push_back({0, "", "the sheet holds no row with a clause reference"});
    return out;
}

std::size_t importChecklist(Workspace& ws, std::int64_t assessmentId, const Sheet& sheet,
                            const ChecklistMapping& mapping, const Progress& progress)
{
    const ChecklistPreview preview = previewChecklist(ws, assessmentId, sheet, mapping);
    if (!preview.ok()) {
        std::string message = sheet.source + (sheet.name.empty() ? "" : " (sheet '" + sheet.name + "')") +
                              ": " + std::to_string(preview.problems.size()) +
                              (preview.problems.size() == 1 ? " problem" : " problems") +
                              "; nothing was imported:";
        for (const auto& p : preview.problems)
            message += "\n  " + p.text();
        throw Error(ErrorCode::InvalidInput, message);
    }
    return ws.write("Import checklist " + sheet.source, [&](WriteContext& ctx) {
        const std::size_t total = preview.rows.size();
        for (std::size_t i = 0; i < total; ++i) {
            if (i % kProgressEvery == 0)
                reportProgress(progress, i, total);
            writeResult(ctx, assessmentId, preview.rows[i].result);
        }
        reportProgress(progress, total, total); // the last chance to stop before the commit
        return total;
    });
}

} // namespace cw
