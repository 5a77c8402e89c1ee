// reviewInputTexts(): the pre-filled management review inputs, written from the figures.
#include "review/ReviewPrefill.h"

#include <cmath>
#include <cstdio>

namespace cw {

namespace {

/// The words of the texts in one language.
struct Words {
    bool zh = false;
    [[nodiscard]] std::string pick(const char* en, const char* cn) const { return zh ? cn : en; }
};

std::string percent(double ratio)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", std::round(ratio * 1000.0) / 10.0);
    return buf;
}

std::string points(double delta)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "%+.1f", std::round(delta * 1000.0) / 10.0);
    return buf;
}

std::string typeName(FindingType t, const Words& w)
{
    switch (t) {
    case FindingType::Major:
        return w.pick("major", "严重不符合");
    case FindingType::Minor:
        return w.pick("minor", "一般不符合");
    case FindingType::Observation:
        return w.pick("observation", "观察项");
    case FindingType::Improvement:
        return w.pick("improvement", "改进机会");
    case FindingType::Positive:
        return w.pick("positive", "正面发现");
    }
    return {};
}

std::string stateName(FindingState s, const Words& w)
{
    switch (s) {
    case FindingState::Open:
        return w.pick("open", "待处理");
    case FindingState::CorrectionRecorded:
        return w.pick("correction and root cause recorded", "已纠正并分析原因");
    case FindingState::ActionPlanned:
        return w.pick("corrective action planned", "纠正措施已计划");
    case FindingState::Implemented:
        return w.pick("implemented", "已实施");
    case FindingState::Verified:
        return w.pick("verified effective", "已验证有效");
    case FindingState::Closed:
        return w.pick("closed", "已关闭");
    }
    return {};
}

std::string actionLine(const ReviewFigures::ActionItem& a, const Words& w)
{
    std::string details;
    if (!a.owner.empty())
        details += w.pick("owner ", "负责人：") + a.owner;
    if (!a.dueDate.empty())
        details += (details.empty() ? "" : w.pick(", ", "，")) + w.pick("due ", "期限：") + a.dueDate;
    std::string line = "- " + a.source + w.pick(": ", "：") + a.text;
    if (!details.empty())
        line += w.zh ? "（" + details + "）" : " (" + details + ")";
    if (a.overdue)
        line += w.pick(" - OVERDUE", " - 已逾期");
    return line + "\n";
}

std::string previousActions(const ReviewFigures& f, const Words& w)
{
    std::string s;
    if (f.earlierReviews == 0) {
        s += w.pick("No earlier management review is recorded.\n", "此前没有管理评审记录。\n");
    } else {
        s += w.zh ? "以往管理评审措施：已完成 " + std::to_string(f.earlierActionsDone) + " 项，未完成 " +
                        std::to_string(f.earlierActionsOpen) + " 项，已取消 " +
                        std::to_string(f.earlierActionsCancelled) + " 项。\n"
                  : "Actions from earlier management reviews: " + std::to_string(f.earlierActionsDone) +
                        " done, " + std::to_string(f.earlierActionsOpen) + " open, " +
                        std::to_string(f.earlierActionsCancelled) + " cancelled.\n";
        for (const auto& a : f.earlierOpenActions)
            s += actionLine(a, w);
    }
    const int gapTotal = f.gapActionsDone + f.gapActionsActive + f.gapActionsCancelled;
    if (gapTotal > 0) {
        s += w.zh ? "差距分析改进措施：已完成 " + std::to_string(f.gapActionsDone) + " 项，进行中 " +
                        std::to_string(f.gapActionsActive) + " 项，已取消 " +
                        std::to_string(f.gapActionsCancelled) + " 项；逾期 " +
                        std::to_string(f.overdueGapActions.size()) + " 项。\n"
                  : "Gap-analysis actions: " + std::to_string(f.gapActionsDone) + " done, " +
                        std::to_string(f.gapActionsActive) + " open or in progress, " +
                        std::to_string(f.gapActionsCancelled) + " cancelled; " +
                        std::to_string(f.overdueGapActions.size()) + " overdue.\n";
        for (const auto& a : f.overdueGapActions)
            s += actionLine(a, w);
    }
    return s;
}

std::string performance(const ReviewFigures& f, const Words& w)
{
    std::vector<const ReviewFigures::TrendPoint*> scored;
    for (const auto& p : f.readinessTrend)
        if (p.readiness)
            scored.push_back(&p);
    if (scored.empty())
        return w.pick("No gap analysis is recorded yet.\n", "尚无差距分析记录。\n");
    std::string s = w.pick("Readiness from the gap analysis: ", "差距分析的符合度：");
    for (std::size_t i = 0; i < scored.size(); ++i)
        s += (i ? " -> " : "") + scored[i]->name + " (" + scored[i]->date + ") " +
             percent(*scored[i]->readiness);
    if (scored.size() > 1) {
        const double delta = *scored.back()->readiness - *scored.front()->readiness;
        s += w.zh ? "（" + points(delta) + " 个百分点）" : " (" + points(delta) + " points)";
    }
    return s + w.pick(".\n", "。\n");
}

std::string auditResults(const ReviewFigures& f, const Words& w)
{
    std::string s;
    if (f.completedAudits.empty())
        s += w.pick("No internal audit has been completed yet.\n", "尚未完成内部审核。\n");
    else
        s += w.pick("Completed internal audits: ", "已完成的内部审核：") +
             std::to_string(f.completedAudits.size()) + w.pick(".\n", "次。\n");
    for (const auto& a : f.completedAudits) {
        const ChecklistTally& t = a.tally;
        std::string found;
        for (const auto& [type, n] : a.findings)
            found += (found.empty() ? "" : w.pick(", ", "，")) +
                     (w.zh ? typeName(type, w) + " " + std::to_string(n)
                           : std::to_string(n) + " " + typeName(type, w));
        if (found.empty())
            found = w.pick("none", "无");
        if (w.zh)
            s += "- " + a.code + " " + a.title + "（" + a.start + " 至 " + a.end + "）：检查表 " +
                 std::to_string(t.total()) + " 项，符合 " + std::to_string(t.conforming) + "，不符合 " +
                 std::to_string(t.nonconformity) + "，观察 " + std::to_string(t.observation) + "，未审核 " +
                 std::to_string(t.notAudited) + "；发现：" + found + "。\n";
        else
            s += "- " + a.code + " " + a.title + " (" + a.start + " to " + a.end +
                 "): " + std::to_string(t.total()) + " checklist lines, " + std::to_string(t.conforming) +
                 " conforming, " + std::to_string(t.nonconformity) + " nonconformity, " +
                 std::to_string(t.observation) + " observation, " + std::to_string(t.notAudited) +
                 " not audited; findings: " + found + ".\n";
    }
    if (!f.pendingAudits.empty()) {
        s += w.pick("Audits still to be completed:\n", "尚待完成的审核：\n");
        for (const auto& a : f.pendingAudits)
            s += "- " + a.code + " " + a.title +
                 (a.start.empty() ? std::string()
                                  : (w.zh ? "（计划 " + a.start + "）" : " (planned " + a.start + ")")) +
                 "\n";
    }
    return s;
}

std::string nonconformities(const ReviewFigures& f, const Words& w)
{
    const auto tally = [&](FindingType t) {
        const auto it = f.findingsByType.find(t);
        return it == f.findingsByType.end() ? ReviewFigures::Tally{} : it->second;
    };
    const auto major = tally(FindingType::Major);
    const auto minor = tally(FindingType::Minor);
    std::string s =
        w.zh ? "不符合项：严重 " + std::to_string(major.open + major.closed) + " 项（未关闭 " +
                   std::to_string(major.open) + "），一般 " + std::to_string(minor.open + minor.closed) +
                   " 项（未关闭 " + std::to_string(minor.open) + "）。\n"
             : "Nonconformities: " + std::to_string(major.open + major.closed) + " major (" +
                   std::to_string(major.open) + " open), " + std::to_string(minor.open + minor.closed) +
                   " minor (" + std::to_string(minor.open) + " open).\n";
    for (const auto& n : f.openNonconformities) {
        s += "- " + n.code + (w.zh ? "（" : " (") + typeName(n.type, w) + w.pick(", ", "，") +
             stateName(n.state, w) + w.pick("): ", "）：") + n.title;
        if (!n.nextDue.empty())
            s += w.zh ? "；下一期限 " + n.nextDue : "; next due " + n.nextDue;
        if (n.overdue)
            s += w.pick(" - OVERDUE", " - 已逾期");
        s += "\n";
    }
    s += w.pick("Overdue corrective actions: ", "逾期的纠正措施：") +
         std::to_string(f.overdueCorrectiveActions.size()) + w.pick(".\n", "项。\n");
    for (const auto& a : f.overdueCorrectiveActions)
        s += actionLine(a, w);
    return s;
}

std::string improvements(const ReviewFigures& f, const Words& w)
{
    if (f.openImprovements.empty())
        return w.pick("No open observation or opportunity for improvement.\n",
                      "没有未关闭的观察项或改进机会。\n");
    std::string s =
        w.pick("Open observations and opportunities for improvement:\n", "未关闭的观察项和改进机会：\n");
    for (const auto& i : f.openImprovements)
        s += "- " + i.code +
             (w.zh ? "（" + typeName(i.type, w) + "）：" : " (" + typeName(i.type, w) + "): ") + i.title +
             "\n";
    return s;
}

} // namespace

std::map<ReviewInput, std::string> reviewInputTexts(const ReviewFigures& figures, const std::string& lang)
{
    const Words w{lang == "zh"};
    std::map<ReviewInput, std::string> out;
    for (const auto i : allReviewInputs())
        out[i];
    out[ReviewInput::PreviousActions] = previousActions(figures, w);
    out[ReviewInput::Performance] = performance(figures, w);
    out[ReviewInput::AuditResults] = auditResults(figures, w);
    out[ReviewInput::Nonconformities] = nonconformities(figures, w);
    out[ReviewInput::Improvement] = improvements(figures, w);
    for (auto& [input, text] : out)
        while (!text.empty() && text.back() == '\n')
            text.pop_back();
    return out;
}

} // namespace cw
