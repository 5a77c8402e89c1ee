#include "engagement/EngagementPlan.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/InputFile.h"
#include "common/Sha256.h"
#include "engagement/CncaCategories.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace cw {

namespace {

struct FieldInfo {
    PlanField field;
    std::string_view key;
};

constexpr std::array<FieldInfo, 9> kFields{{
    {PlanField::Services, "services"},
    {PlanField::Sites, "sites"},
    {PlanField::CncaCategories, "cnca_categories"},
    {PlanField::CertificationBody, "certification_body"},
    {PlanField::TrialOperationStart, "trial_operation_start"},
    {PlanField::PlannedInternalAudit, "planned_internal_audit"},
    {PlanField::PlannedManagementReview, "planned_management_review"},
    {PlanField::PlannedStage1, "planned_stage1"},
    {PlanField::PlannedStage2, "planned_stage2"},
}};

constexpr std::string_view kThresholdKey = "readiness_threshold";

std::string trimmedText(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return std::string(s);
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto nl = text.find('\n', start);
        auto line = trimmedText(
            std::string_view(text).substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (!line.empty())
            out.push_back(std::move(line));
        if (nl == std::string::npos)
            break;
        start = nl + 1;
    }
    return out;
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items) {
        if (!out.empty())
            out += '\n';
        out += i;
    }
    return out;
}

std::string* dateSlot(EngagementPlan& p, PlanField f)
{
    switch (f) {
    case PlanField::TrialOperationStart:
        return &p.trialOperationStart;
    case PlanField::PlannedInternalAudit:
        return &p.plannedInternalAudit;
    case PlanField::PlannedManagementReview:
        return &p.plannedManagementReview;
    case PlanField::PlannedStage1:
        return &p.plannedStage1;
    case PlanField::PlannedStage2:
        return &p.plannedStage2;
    default:
        return nullptr;
    }
}

/// The plan with `field` set from `value` (validated).
EngagementPlan withField(EngagementPlan p, PlanField field, const std::string& value)
{
    switch (field) {
    case PlanField::Services:
        p.services = lines(value);
        break;
    case PlanField::Sites:
        p.sites = lines(value);
        break;
    case PlanField::CncaCategories:
        p.cncaCategories = parseCncaCategories(value);
        break;
    case PlanField::CertificationBody:
        p.certificationBody = trimmedText(value);
        break;
    default: {
        const std::string text = trimmedText(value);
        if (!text.empty())
            (void)parseDate(text, std::string(fieldKey(field)));
        *dateSlot(p, field) = text;
    }
    }
    return p;
}

std::optional<std::string> logoDigest(const std::string& logo)
{
    if (logo.empty())
        return std::nullopt;
    return "sha256:" + Sha256::hex(logo);
}

} // namespace

std::string_view fieldKey(PlanField f)
{
    for (const auto& info : kFields)
        if (info.field == f)
            return info.key;
    return {};
}

std::optional<PlanField> planFieldFromKey(std::string_view key)
{
    for (const auto& info : kFields)
        if (info.key == key)
            return info.field;
    return std::nullopt;
}

const std::vector<PlanField>& allPlanFields()
{
    static const std::vector<PlanField> all = [] {
        std::vector<PlanField> v;
        for (const auto& info : kFields)
            v.push_back(info.field);
        return v;
    }();
    return all;
}

bool isDateField(PlanField f)
{
    EngagementPlan p;
    return dateSlot(p, f) != nullptr;
}

EngagementPlan loadEngagementPlan(Workspace& ws)
{
    SQLite::Statement q(ws.db(), "SELECT services, sites, cnca_categories, certification_body, "
                                 "trial_operation_start, planned_internal_audit, planned_management_review, "
                                 "planned_stage1, planned_stage2, logo FROM engagement WHERE id = 1");
    EngagementPlan p;
    if (q.executeStep()) {
        p.services = lines(q.getColumn(0).getString());
        p.sites = lines(q.getColumn(1).getString());
        p.cncaCategories = lines(q.getColumn(2).getString());
        p.certificationBody = q.getColumn(3).getString();
        p.trialOperationStart = q.getColumn(4).getString();
        p.plannedInternalAudit = q.getColumn(5).getString();
        p.plannedManagementReview = q.getColumn(6).getString();
        p.plannedStage1 = q.getColumn(7).getString();
        p.plannedStage2 = q.getColumn(8).getString();
        const auto logo = q.getColumn(9);
        if (!logo.isNull())
            p.logo.assign(static_cast<const char*>(logo.getBlob()),
                          static_cast<std::size_t>(logo.getBytes()));
    }
    return p;
}

std::string planField(const EngagementPlan& p, PlanField f)
{
    switch (f) {
    case PlanField::Services:
        return joined(p.services);
    case PlanField::Sites:
        return joined(p.sites);
    case PlanField::CncaCategories:
        return joined(p.cncaCategories);
    case PlanField::CertificationBody:
        return p.certificationBody;
    default: {
        EngagementPlan copy = p;
        return *dateSlot(copy, f);
    }
    }
}

void setPlanField(Workspace& ws, PlanField field, const std::string& value)
{
    const std::string key(fieldKey(field));
    ws.write("Edit engagement " + key, [&](WriteContext& ctx) {
        const EngagementPlan old = loadEngagementPlan(ws);
        writeEngagementPlan(ctx, withField(old, field, value));
    });
}

std::string_view logoMimeType(const std::string& bytes)
{
    if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0)
        return "image/png";
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xff\xd8\xff") == 0)
        return "image/jpeg";
    return {};
}

std::string readLogoFile(const std::filesystem::path& file)
{
    std::string bytes = readInputFile(file, kMaxLogoBytes, "a logo");
    if (logoMimeType(bytes).empty())
        throw Error(ErrorCode::InvalidInput, file.string() + ": logo: not a PNG or JPEG image");
    return bytes;
}

void setEngagementLogo(Workspace& ws, const std::string& bytes)
{
    ws.write(bytes.empty() ? "Remove engagement logo" : "Set engagement logo", [&](WriteContext& ctx) {
        EngagementPlan p = loadEngagementPlan(ws);
        p.logo = bytes;
        writeEngagementPlan(ctx, p);
    });
}

double parseReadinessThreshold(const std::string& text)
{
    std::string t = trimmedText(text);
    bool percent = false;
    if (!t.empty() && t.back() == '%') {
        percent = true;
        t = trimmedText(std::string_view(t).substr(0, t.size() - 1));
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || ec != std::errc() || end != t.data() + t.size() || !std::isfinite(value))
        throw Error(ErrorCode::InvalidInput,
                    "readiness_threshold: '" + text + "' is not a number such as 0.9 or 90%");
    if (percent)
        value /= 100.0;
    if (!(value > 0.0 && value <= 1.0))
        throw Error(ErrorCode::InvalidInput,
                    "readiness_threshold: '" + text + "' is out of range (more than 0, at most 1 or 100%)");
    return value;
}

std::string formatThreshold(double value)
{
    for (int digits = 1; digits <= 17; ++digits) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.*g", digits, value);
        double back = 0;
        const std::string s(buf);
        std::from_chars(s.data(), s.data() + s.size(), back);
        if (back == value)
            return s;
    }
    return std::to_string(value);
}

double readinessThreshold(Workspace& ws)
{
    SQLite::Statement q(ws.db(), "SELECT value FROM settings WHERE key = ?");
    q.bind(1, std::string(kThresholdKey));
    if (!q.executeStep())
        return kDefaultReadinessThreshold;
    try {
        return parseReadinessThreshold(q.getColumn(0).getString());
    } catch (const Error&) {
        return kDefaultReadinessThreshold;
    }
}

void setReadinessThreshold(Workspace& ws, double value)
{
    ws.write("Edit readiness threshold", [&](WriteContext& ctx) { writeReadinessThreshold(ctx, value); });
}

void writeReadinessThreshold(WriteContext& ctx, double value)
{
    if (!(value > 0.0 && value <= 1.0))
        throw Error(ErrorCode::InvalidInput, "readiness_threshold: " + formatThreshold(value) +
                                                 " is out of range (more than 0, at most 1)");
    Workspace& ws = ctx.workspace();
    const std::string old = formatThreshold(readinessThreshold(ws));
    const std::string now = formatThreshold(value);
    if (old == now)
        return;
    SQLite::Statement q(ws.db(), "INSERT INTO settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, std::string(kThresholdKey));
    q.bind(2, now);
    q.exec();
    ctx.record("settings", kThresholdKey, "value", old, now);
}

void validateEngagementPlan(const EngagementPlan& p, const std::string& where)
{
    auto fail = [&](const std::string& message) {
        throw Error(ErrorCode::InvalidInput, where + message);
    };
    for (const auto f : allPlanFields()) {
        if (!isDateField(f))
            continue;
        const std::string value = planField(p, f);
        try {
            if (!value.empty())
                (void)parseDate(value, std::string(fieldKey(f)));
        } catch (const Error& e) {
            fail(e.what());
        }
    }
    for (const auto& code : p.cncaCategories) {
        const CncaCategory* c = findCncaCategory(code);
        if (!c || c->code() != code)
            fail("cnca_categories: '" + code +
                 "' is not a category code of the CNCA table (e.g. \"L 04.01\")");
    }
    if (!p.logo.empty() && logoMimeType(p.logo).empty())
        fail("logo: not a PNG or JPEG image");
    if (p.logo.size() > kMaxLogoBytes)
        fail("logo: " + std::to_string(p.logo.size()) + " bytes is larger than the 2 MiB allowed");
}

void writeEngagementPlan(WriteContext& ctx, const EngagementPlan& p)
{
    validateEngagementPlan(p, "");
    Workspace& ws = ctx.workspace();
    const EngagementPlan old = loadEngagementPlan(ws);
    if (old == p)
        return;
    SQLite::Statement q(ws.db(),
                        "UPDATE engagement SET services = ?, sites = ?, cnca_categories = ?, "
                        "certification_body = ?, trial_operation_start = ?, planned_internal_audit = ?, "
                        "planned_management_review = ?, planned_stage1 = ?, planned_stage2 = ?, logo = ? "
                        "WHERE id = 1");
    int i = 1;
    for (const auto f : allPlanFields())
        q.bind(i++, planField(p, f));
    if (p.logo.empty())
        q.bind(i);
    else
        q.bind(i, p.logo.data(), static_cast<int>(p.logo.size()));
    q.exec();
    for (const auto f : allPlanFields()) {
        const auto before = planField(old, f);
        const auto after = planField(p, f);
        if (before != after)
            ctx.record("engagement", "1", fieldKey(f), before, after);
    }
    if (old.logo != p.logo)
        ctx.record("engagement", "1", "logo", logoDigest(old.logo), logoDigest(p.logo));
}

} // namespace cw
