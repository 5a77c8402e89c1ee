#include "readiness/Readiness.h"

#include "assessment/AssessmentTypes.h"
#include "readiness/ReadinessDates.h"

#include <array>

namespace cw {

namespace {

struct Message {
    std::string_view id;
    std::string_view en;
    std::string_view zh;
};

// Every sentence of the verdict. {n} is the n-th parameter.
constexpr std::array<Message, 24> kMessages{{
    {"catalog.missing", "The workspace holds no ISO/IEC 20000-1:2018 catalog.",
     "工作区中没有 ISO/IEC 20000-1:2018 目录。"},
    {"S1.1.ok", "The scope statement is recorded.", "已记录范围声明。"},
    {"S1.1.empty", "No scope statement is recorded for the engagement.", "项目尚未记录范围声明。"},
    {"S1.2.ok", "All {1} required documents are covered by approved documents.",
     "全部 {1} 项必需文件均有已批准的文件覆盖。"},
    {"S1.2.missing",
     "{1} of {2} required documents lack an approved document: missing {3}; only in draft {4}.",
     "{2} 项必需文件中有 {1} 项缺少已批准的文件：缺失 {3}；仅有草稿 {4}。"},
    {"S1.3.none", "No assessment covers ISO/IEC 20000-1:2018 yet.", "尚无覆盖 ISO/IEC 20000-1:2018 的评估。"},
    {"S1.3.ok", "The latest assessment \"{1}\" ({2}) has assessed all {3} applicable requirements.",
     "最新评估“{1}”（{2}）已评估全部 {3} 项适用要求。"},
    {"S1.3.incomplete",
     "The latest assessment \"{1}\" ({2}) has assessed {3} of {4} applicable requirements (coverage {5}).",
     "最新评估“{1}”（{2}）已评估 {4} 项适用要求中的 {3} 项（覆盖率 {5}）。"},
    {"S2.1.none", "No assessment covers ISO/IEC 20000-1:2018 yet.", "尚无覆盖 ISO/IEC 20000-1:2018 的评估。"},
    {"S2.1.ok", "Readiness of \"{1}\" is {2} (required {3}) and no requirement is nonconformant.",
     "“{1}”的准备度为 {2}（要求 {3}），且没有不符合的要求。"},
    {"S2.1.low", "Readiness of \"{1}\" is {2}, below the required {3}.",
     "“{1}”的准备度为 {2}，低于要求的 {3}。"},
    {"S2.1.nonconformant",
     "Readiness of \"{1}\" is {2} (required {3}), but requirements are nonconformant ({4}): {5}.",
     "“{1}”的准备度为 {2}（要求 {3}），但有 {4} 项要求不符合：{5}。"},
    {"S2.1.low_nonconformant",
     "Readiness of \"{1}\" is {2}, below the required {3}, and requirements are nonconformant ({4}): {5}.",
     "“{1}”的准备度为 {2}，低于要求的 {3}，且有 {4} 项要求不符合：{5}。"},
    {"S2.2.ok", "No major nonconformity is open.", "没有未关闭的严重不符合项。"},
    {"S2.2.open", "Major nonconformities still open ({1}): {2}.", "有 {1} 项严重不符合项尚未关闭：{2}。"},
    {"S2.3.none", "No internal audit programme covers ISO/IEC 20000-1:2018.",
     "没有覆盖 ISO/IEC 20000-1:2018 的内部审核方案。"},
    {"S2.3.ok", "The completed audits of \"{1}\" cover every clause 4-10 since {2}.",
     "“{1}”已完成的审核自 {2} 起覆盖第 4-10 章全部条款。"},
    {"S2.3.gaps", "The completed audits of \"{1}\" cover {2} of {3} clauses; not audited yet: {4}.",
     "“{1}”已完成的审核覆盖 {3} 项条款中的 {2} 项；尚未审核：{4}。"},
    {"S2.3.stale",
     "The audits of \"{1}\" cover every clause, but some were last audited on {2}, more than 12 months ago.",
     "“{1}”的审核覆盖全部条款，但部分条款最近一次审核在 {2}，已超过 12 个月。"},
    {"S2.4.no_audits", "No internal audit has been completed yet, so no management review can follow it.",
     "尚无已完成的内部审核，管理评审无从跟进。"},
    {"S2.4.ok", "Management review \"{1}\" was held on {2}, after the last audit ended on {3}.",
     "管理评审“{1}”于 {2} 召开，晚于最后一次审核结束日期 {3}。"},
    {"S2.4.none", "No management review has been held since the last audit ended on {1}.",
     "自最后一次审核于 {1} 结束以来尚未召开管理评审。"},
    {"S2.5.ok", "All {1} required records of clause 8 have entries spanning at least 3 months up to today.",
     "第 8 章全部 {1} 项必需记录均有截至今日至少 3 个月的记录条目。"},
    {"S2.5.short", "{1} of {2} required records of clause 8 lack entries spanning 3 months up to today: {3}.",
     "第 8 章 {2} 项必需记录中有 {1} 项缺少截至今日满 3 个月的记录条目：{3}。"},
}};

struct Rule {
    std::string_view id;
    std::string_view en;
    std::string_view zh;
};

constexpr std::array<Rule, 8> kRules{{
    {"S1.1", "A scope statement is recorded", "已记录范围声明"},
    {"S1.2", "Every required document is covered by an approved document",
     "每项必需文件均有已批准的文件覆盖"},
    {"S1.3", "The latest ISO/IEC 20000-1 assessment has 100 % coverage",
     "最新 ISO/IEC 20000-1 评估覆盖率达到 100%"},
    {"S2.1", "Readiness at or above the threshold and no requirement nonconformant",
     "准备度达到阈值且没有不符合的要求"},
    {"S2.2", "No open major nonconformity", "没有未关闭的严重不符合项"},
    {"S2.3", "Completed internal audits cover every clause 4-10 within the last 12 months",
     "已完成的内部审核在最近 12 个月内覆盖第 4-10 章全部条款"},
    {"S2.4", "A management review held after the last of those audits",
     "在上述最后一次审核之后召开了管理评审"},
    {"S2.5", "Records of every clause 8 process span at least 3 months up to today",
     "第 8 章各过程的记录截至今日至少覆盖 3 个月"},
}};

/// "a, b, c" with at most `limit` items, then "(+N)".
std::string listOf(const std::vector<std::string>& items, std::size_t limit = 12)
{
    if (items.empty())
        return "-";
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < limit; ++i) {
        if (i > 0)
            out += ", ";
        out += items[i];
    }
    if (items.size() > limit)
        out += " (+" + std::to_string(items.size() - limit) + ")";
    return out;
}

Criterion make(std::string_view id, bool met, std::string messageId, std::vector<std::string> params)
{
    Criterion c;
    c.id = std::string(id);
    c.stage = id[1] == '1' ? 1 : 2;
    for (const auto& r : kRules)
        if (r.id == id)
            c.title = {std::string(r.en), std::string(r.zh)};
    c.met = met;
    c.reason = {readinessMessage(messageId, params, "en"), readinessMessage(messageId, params, "zh")};
    c.messageId = std::move(messageId);
    c.params = std::move(params);
    return c;
}

Criterion scopeRule(const ReadinessFacts& f)
{
    const bool met = f.engagement.scope.find_first_not_of(" \t\r\n") != std::string::npos;
    return make("S1.1", met, met ? "S1.1.ok" : "S1.1.empty", {});
}

Criterion documentsRule(const ReadinessFacts& f)
{
    if (!f.catalogPresent)
        return make("S1.2", false, "catalog.missing", {});
    int total = 0;
    std::vector<std::string> missing, draft;
    for (const auto& row : f.requiredDocuments) {
        if (row.kind != DocumentKind::Document)
            continue;
        ++total;
        if (row.status == DocumentCoverageStatus::Missing)
            missing.push_back(row.clause);
        else if (row.status == DocumentCoverageStatus::Draft)
            draft.push_back(row.clause);
    }
    const auto unmet = missing.size() + draft.size();
    if (unmet == 0)
        return make("S1.2", true, "S1.2.ok", {std::to_string(total)});
    return make("S1.2", false, "S1.2.missing",
                {std::to_string(unmet), std::to_string(total), listOf(missing), listOf(draft)});
}

Criterion coverageRule(const ReadinessFacts& f)
{
    if (!f.assessment)
        return make("S1.3", false, "S1.3.none", {});
    const auto& a = f.assessment->assessment;
    const Score& s = f.score;
    if (s.applicable() > 0 && s.assessed() == s.applicable())
        return make("S1.3", true, "S1.3.ok", {a.name, a.date, std::to_string(s.applicable())});
    return make("S1.3", false, "S1.3.incomplete",
                {a.name, a.date, std::to_string(s.assessed()), std::to_string(s.applicable()),
                 formatPercent(s.coverage())});
}

Criterion readinessRule(const ReadinessFacts& f)
{
    if (!f.assessment)
        return make("S2.1", false, "S2.1.none", {});
    const auto& a = f.assessment->assessment;
    const auto readiness = f.score.readiness();
    const bool high = readiness && *readiness + 1e-9 >= f.threshold;
    const std::vector<std::string> base{a.name, formatPercent(readiness), formatPercent(f.threshold)};
    if (f.nonconformant.empty())
        return make("S2.1", high, high ? "S2.1.ok" : "S2.1.low", base);
    std::vector<std::string> refs;
    for (const auto& k : f.nonconformant)
        refs.push_back(k.ref);
    auto params = base;
    params.push_back(std::to_string(refs.size()));
    params.push_back(listOf(refs));
    return make("S2.1", false, high ? "S2.1.nonconformant" : "S2.1.low_nonconformant", params);
}

Criterion majorsRule(const ReadinessFacts& f)
{
    if (f.openMajors.empty())
        return make("S2.2", true, "S2.2.ok", {});
    std::vector<std::string> codes;
    for (const auto& r : f.openMajors)
        codes.push_back(r.finding.code);
    return make("S2.2", false, "S2.2.open", {std::to_string(codes.size()), listOf(codes)});
}

Criterion auditsRule(const ReadinessFacts& f)
{
    if (!f.programme || f.programme->coverage.leaves == 0)
        return make("S2.3", false, "S2.3.none", {});
    const auto& p = *f.programme;
    const auto& c = p.coverage;
    if (!c.fullyAudited()) {
        std::vector<std::string> refs;
        for (const auto* row : c.gaps())
            refs.push_back(row->clause.ref);
        return make(
            "S2.3", false, "S2.3.gaps",
            {p.programme.name, std::to_string(c.auditedLeaves), std::to_string(c.leaves), listOf(refs)});
    }
    const std::string since = c.auditedSince();
    if (since < formatDate(readiness::addMonths(f.today, -12)))
        return make("S2.3", false, "S2.3.stale", {p.programme.name, since});
    return make("S2.3", true, "S2.3.ok", {p.programme.name, since});
}

Criterion reviewRule(const ReadinessFacts& f)
{
    const std::string lastAudit = f.programme ? f.programme->coverage.lastCompletedEnd() : std::string();
    if (lastAudit.empty())
        return make("S2.4", false, "S2.4.no_audits", {});
    const std::string today = formatDate(f.today);
    const ManagementReview* held = nullptr;
    for (const auto& r : f.reviews)
        if (r.heldOn > lastAudit && r.heldOn <= today)
            held = &r;
    if (!held)
        return make("S2.4", false, "S2.4.none", {lastAudit});
    return make("S2.4", true, "S2.4.ok", {held->title, held->heldOn, lastAudit});
}

Criterion recordsRule(const ReadinessFacts& f)
{
    if (!f.catalogPresent)
        return make("S2.5", false, "catalog.missing", {});
    std::vector<std::string> shortOnes;
    for (const auto& r : f.records)
        if (!r.sufficient)
            shortOnes.push_back(r.clause);
    const auto total = std::to_string(f.records.size());
    if (shortOnes.empty())
        return make("S2.5", true, "S2.5.ok", {total});
    return make("S2.5", false, "S2.5.short", {std::to_string(shortOnes.size()), total, listOf(shortOnes)});
}

} // namespace

std::string_view toString(ReadinessLevel level)
{
    switch (level) {
    case ReadinessLevel::NotReady:
        return "not_ready";
    case ReadinessLevel::Stage1:
        return "stage1";
    case ReadinessLevel::Stage2:
        return "stage2";
    }
    return {};
}

LocalizedText levelTitle(ReadinessLevel level)
{
    switch (level) {
    case ReadinessLevel::NotReady:
        return {"Not ready for certification audits", "尚不具备认证审核条件"};
    case ReadinessLevel::Stage1:
        return {"Ready for the stage 1 audit", "具备一阶段审核条件"};
    case ReadinessLevel::Stage2:
        return {"Ready for the stage 2 audit", "具备二阶段审核条件"};
    }
    return {};
}

std::string readinessMessage(std::string_view messageId, const std::vector<std::string>& params,
                             const std::string& lang)
{
    for (const auto& m : kMessages) {
        if (m.id != messageId)
            continue;
        const std::string_view tpl = lang == "zh" ? m.zh : m.en;
        std::string out;
        for (std::size_t i = 0; i < tpl.size(); ++i) {
            if (tpl[i] == '{' && i + 2 < tpl.size() && tpl[i + 2] == '}' && tpl[i + 1] >= '1' &&
                tpl[i + 1] <= '9') {
                const auto n = static_cast<std::size_t>(tpl[i + 1] - '1');
                out += n < params.size() ? params[n] : std::string();
                i += 2;
            } else {
                out += tpl[i];
            }
        }
        return out;
    }
    return std::string(messageId);
}

std::vector<Criterion> Verdict::unmet() const
{
    std::vector<Criterion> out;
    for (const auto& c : criteria)
        if (!c.met)
            out.push_back(c);
    return out;
}

const Criterion* Verdict::find(std::string_view id) const
{
    for (const auto& c : criteria)
        if (c.id == id)
            return &c;
    return nullptr;
}

Verdict evaluateReadiness(const ReadinessFacts& f)
{
    Verdict v;
    v.criteria = {scopeRule(f),  documentsRule(f), coverageRule(f), readinessRule(f),
                  majorsRule(f), auditsRule(f),    reviewRule(f),   recordsRule(f)};
    bool stage1 = true;
    bool stage2 = true;
    for (const auto& c : v.criteria) {
        if (c.met)
            continue;
        stage2 = false;
        if (c.stage == 1)
            stage1 = false;
    }
    v.level = stage2 ? ReadinessLevel::Stage2 : stage1 ? ReadinessLevel::Stage1 : ReadinessLevel::NotReady;
    return v;
}

Verdict readinessVerdict(Workspace& ws)
{
    return evaluateReadiness(gatherReadinessFacts(ws));
}

} // namespace cw
