#include "readiness/CertificationTimeline.h"

#include "readiness/ReadinessDates.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw {

namespace {

using readiness::addDays;
using readiness::addMonths;
using readiness::laterOf;

LocalizedText text(std::string en, std::string zh)
{
    return {std::move(en), std::move(zh)};
}

std::string joinRefs(const std::vector<std::string>& refs)
{
    std::string out;
    for (std::size_t i = 0; i < refs.size() && i < 8; ++i)
        out += (i ? ", " : "") + refs[i];
    if (refs.size() > 8)
        out += " (+" + std::to_string(refs.size() - 8) + ")";
    return out;
}

void finish(EarliestDate& e)
{
    e.determined = true;
    for (const auto& c : e.constraints) {
        if (c.date.empty())
            e.determined = false;
        e.date = laterOf(e.date, c.date);
    }
}

/// The latest due date of active gap actions on `ref` of the readiness catalog ("" when none).
std::string actionsDue(const ReadinessFacts& f, const std::string& ref, bool& undated)
{
    std::string due;
    undated = true;
    for (const auto& a : f.activeActions) {
        if (a.action.key.catalogId != kReadinessCatalog || a.action.key.ref != ref)
            continue;
        if (a.action.dueDate.empty())
            continue;
        undated = false;
        due = laterOf(due, a.action.dueDate);
    }
    return due;
}

EarliestDate stage1(const ReadinessFacts& f, const Verdict& v)
{
    EarliestDate e;
    const std::string today = formatDate(f.today);
    e.constraints.push_back({"today", today, text("Today", "今日")});
    const auto& trial = f.plan.trialOperationStart;
    if (!trial.empty())
        e.constraints.push_back(
            {"trial", addMonths(trial, 3),
             text("3 months of trial operation from " + trial, "自 " + trial + " 起试运行满 3 个月")});
    else
        e.constraints.push_back(
            {"trial", "", text("The start of trial operation is not set", "尚未设定试运行开始日期")});

    std::string audit;
    if (f.programme && !f.programme->coverage.completed.empty())
        audit = f.programme->coverage.completed.front().actualEnd;
    if (!audit.empty())
        e.constraints.push_back(
            {"internal_audit", audit,
             text("First internal audit completed on " + audit, "首次内部审核于 " + audit + " 完成")});
    else if (!f.plan.plannedInternalAudit.empty())
        e.constraints.push_back({"internal_audit", f.plan.plannedInternalAudit,
                                 text("Planned internal audit on " + f.plan.plannedInternalAudit,
                                      "计划于 " + f.plan.plannedInternalAudit + " 进行内部审核")});
    else
        e.constraints.push_back(
            {"internal_audit", "",
             text("No internal audit completed or planned", "尚无已完成或已计划的内部审核")});

    std::string review;
    for (const auto& r : f.reviews)
        if (r.heldOn <= today) {
            review = r.heldOn;
            break;
        }
    if (!review.empty())
        e.constraints.push_back(
            {"management_review", review,
             text("First management review held on " + review, "首次管理评审于 " + review + " 召开")});
    else if (!f.plan.plannedManagementReview.empty())
        e.constraints.push_back({"management_review", f.plan.plannedManagementReview,
                                 text("Planned management review on " + f.plan.plannedManagementReview,
                                      "计划于 " + f.plan.plannedManagementReview + " 召开管理评审")});
    else
        e.constraints.push_back(
            {"management_review", "",
             text("No management review held or planned", "尚无已召开或已计划的管理评审")});

    for (const auto& c : v.criteria) {
        if (c.met || c.stage != 1)
            continue;
        if (c.id != "S1.2" || !f.catalogPresent) {
            e.constraints.push_back({c.id, "", c.reason});
            continue;
        }
        for (const auto& row : f.requiredDocuments) {
            if (row.kind != DocumentKind::Document || row.status == DocumentCoverageStatus::Covered)
                continue;
            bool undated = false;
            const std::string due = actionsDue(f, row.clause, undated);
            if (undated)
                e.constraints.push_back({"S1.2", "",
                                         text(row.clause + " " + row.title.en + ": no action with a due date",
                                              row.clause + " " + row.title.zh + "：没有带截止日期的措施")});
            else
                e.constraints.push_back({"S1.2", due,
                                         text(row.clause + " " + row.title.en + ": actions due " + due,
                                              row.clause + " " + row.title.zh + "：措施截止 " + due)});
        }
    }
    finish(e);
    return e;
}

void gapConstraints(const ReadinessFacts& f, EarliestDate& e)
{
    if (!f.assessment) {
        e.constraints.push_back(
            {"S2.1", "", text("No assessment of ISO/IEC 20000-1:2018", "尚无 ISO/IEC 20000-1:2018 评估")});
        return;
    }
    std::string due;
    int dated = 0;
    std::vector<std::string> undatedNc;
    for (const auto& [key, status] : f.assessment->statuses) {
        if (key.catalogId != kReadinessCatalog ||
            (status != AssessmentStatus::Nonconformant && status != AssessmentStatus::Partial))
            continue;
        bool undated = false;
        const std::string d = actionsDue(f, key.ref, undated);
        if (!undated) {
            ++dated;
            due = laterOf(due, d);
        } else if (status == AssessmentStatus::Nonconformant) {
            undatedNc.push_back(key.ref);
        }
    }
    if (dated > 0)
        e.constraints.push_back(
            {"S2.1", due,
             text("Gap actions of " + std::to_string(dated) + " requirements due by " + due,
                  std::to_string(dated) + " 项要求的差距措施截止 " + due)});
    if (!undatedNc.empty())
        e.constraints.push_back({"S2.1", "",
                                 text("Nonconformant without a dated action: " + joinRefs(undatedNc),
                                      "不符合且没有带截止日期措施的要求：" + joinRefs(undatedNc))});
    if (dated == 0 && undatedNc.empty())
        e.constraints.push_back({"S2.1", "",
                                 text("Readiness below the threshold and no gap action with a due date",
                                      "准备度低于阈值且没有带截止日期的差距措施")});
}

void majorConstraints(const ReadinessFacts& f, EarliestDate& e)
{
    for (const auto& m : f.openMajors) {
        std::string due;
        bool undated = true;
        for (const auto& a : f.openCorrectiveActions)
            if (a.findingCode == m.finding.code && !a.action.dueDate.empty()) {
                undated = false;
                due = laterOf(due, a.action.dueDate);
            }
        const auto& code = m.finding.code;
        if (undated)
            e.constraints.push_back(
                {"S2.2", "",
                 text(code + ": no corrective action with a due date", code + "：没有带截止日期的纠正措施")});
        else
            e.constraints.push_back(
                {"S2.2", due,
                 text(code + ": corrective actions due " + due, code + "：纠正措施截止 " + due)});
    }
}

/// Returns the date the audit constraint gives ("" when undetermined).
std::string auditConstraints(const ReadinessFacts& f, const Criterion& c, EarliestDate& e)
{
    const std::string& planned = f.plan.plannedInternalAudit;
    auto fallback = [&](const std::string& why_en, const std::string& why_zh) {
        if (!planned.empty()) {
            e.constraints.push_back({"S2.3", planned,
                                     text(why_en + "; internal audit planned on " + planned,
                                          why_zh + "；计划于 " + planned + " 进行内部审核")});
            return planned;
        }
        e.constraints.push_back(
            {"S2.3", "", text(why_en + "; no internal audit planned", why_zh + "；未计划内部审核")});
        return std::string();
    };
    if (!f.programme || c.messageId != "S2.3.gaps")
        return fallback(c.reason.en, c.reason.zh);
    std::map<std::string, const Audit*> byCode;
    for (const auto& a : f.programme->audits)
        byCode[a.code] = &a;
    std::string due;
    std::vector<std::string> unplanned;
    for (const auto* row : f.programme->coverage.gaps()) {
        std::string end;
        for (const auto& code : row->audits) {
            const auto it = byCode.find(code);
            if (it == byCode.end() || isCompleted(it->second->status))
                continue;
            const std::string d =
                it->second->plannedEnd.empty() ? it->second->plannedStart : it->second->plannedEnd;
            if (!d.empty())
                end = end.empty() ? d : std::min(end, d);
        }
        if (end.empty())
            unplanned.push_back(row->clause.ref);
        else
            due = laterOf(due, end);
    }
    if (!due.empty())
        e.constraints.push_back({"S2.3", due,
                                 text("Audits planned to cover the remaining clauses end by " + due,
                                      "覆盖其余条款的计划审核于 " + due + " 前结束")});
    if (!unplanned.empty())
        return laterOf(due, fallback("Clauses in no planned audit: " + joinRefs(unplanned),
                                     "未纳入计划审核的条款：" + joinRefs(unplanned)));
    return due;
}

void reviewConstraint(const ReadinessFacts& f, const std::string& afterAudits, EarliestDate& e)
{
    const std::string& planned = f.plan.plannedManagementReview;
    const std::string lastAudit = f.programme ? f.programme->coverage.lastCompletedEnd() : std::string();
    const std::string after = laterOf(lastAudit, afterAudits);
    if (!planned.empty() && planned > after) {
        e.constraints.push_back(
            {"S2.4", planned,
             text("Management review planned on " + planned, "计划于 " + planned + " 召开管理评审")});
        return;
    }
    e.constraints.push_back({"S2.4", "",
                             text("No management review planned after the last internal audit",
                                  "未计划在最后一次内部审核之后召开管理评审")});
}

void recordConstraints(const ReadinessFacts& f, EarliestDate& e)
{
    const std::string today = formatDate(f.today);
    std::string due;
    std::vector<std::string> refs;
    for (const auto& r : f.records) {
        if (r.sufficient)
            continue;
        refs.push_back(r.clause);
        const bool stale = r.span.last.empty() || r.span.last < addMonths(today, -1);
        // Records that stopped (or never started) need 3 months of new entries from today.
        const std::string from = r.span.first.empty() || stale ? today : r.span.first;
        due = laterOf(due, addMonths(from, 3));
    }
    if (!refs.empty())
        e.constraints.push_back({"S2.5", due,
                                 text("Records of " + joinRefs(refs) + " span 3 months by " + due,
                                      joinRefs(refs) + " 的记录于 " + due + " 满 3 个月")});
}

std::string carried(const EarliestDate& e, const std::string& planned)
{
    if (!planned.empty() && planned >= e.date)
        return planned;
    return e.determined ? e.date : std::string();
}

void warnIfEarly(CertificationTimeline& t, const EarliestDate& e, const std::string& planned,
                 const std::string& en, const std::string& zh)
{
    if (!planned.empty() && !e.date.empty() && planned < e.date)
        t.warnings.push_back(text("The planned " + en + " (" + planned +
                                      ") is before the earliest feasible date (" + e.date + ").",
                                  "计划的" + zh + "（" + planned + "）早于最早可行日期（" + e.date + "）。"));
}

} // namespace

CertificationTimeline certificationTimeline(const ReadinessFacts& f, const Verdict& v)
{
    CertificationTimeline t;
    t.stage1 = stage1(f, v);
    t.stage1Date = carried(t.stage1, f.plan.plannedStage1);

    EarliestDate& s2 = t.stage2;
    s2.constraints.push_back({"stage1", addDays(t.stage1Date, kStage2AfterStage1Days),
                              text(std::to_string(kStage2AfterStage1Days) + " days after stage 1",
                                   "一阶段审核后 " + std::to_string(kStage2AfterStage1Days) + " 天")});
    std::string auditsDone;
    for (const auto& c : v.criteria) {
        if (c.met || c.stage != 2)
            continue;
        if (c.id == "S2.1")
            gapConstraints(f, s2);
        else if (c.id == "S2.2")
            majorConstraints(f, s2);
        else if (c.id == "S2.3")
            auditsDone = auditConstraints(f, c, s2);
        else if (c.id == "S2.4")
            reviewConstraint(f, auditsDone, s2);
        else if (c.id == "S2.5")
            recordConstraints(f, s2);
    }
    finish(s2);
    t.stage2Date = carried(s2, f.plan.plannedStage2);
    warnIfEarly(t, t.stage1, f.plan.plannedStage1, "stage 1 audit", "一阶段审核");
    warnIfEarly(t, t.stage2, f.plan.plannedStage2, "stage 2 audit", "二阶段审核");

    if (!t.stage2Date.empty()) {
        t.decision = addMonths(t.stage2Date, 1);
        t.surveillance1 = addMonths(t.decision, 12);
        t.surveillance2 = addMonths(t.decision, 24);
        t.expiry = addMonths(t.decision, 36);
        t.recertification = addMonths(t.expiry, -3);
    }

    auto add = [&](const std::string& id, const std::string& date, LocalizedText label, bool planned) {
        if (!date.empty())
            t.milestones.push_back({id, date, std::move(label), planned});
    };
    add("trial_start", f.plan.trialOperationStart, text("Trial operation starts", "试运行开始"), true);
    add("trial_3_months", addMonths(f.plan.trialOperationStart, 3),
        text("3 months of trial operation", "试运行满 3 个月"), false);
    for (const auto& c : t.stage1.constraints)
        if (c.criterion == "internal_audit" || c.criterion == "management_review")
            add(c.criterion, c.date,
                c.criterion == "internal_audit" ? text("Internal audit", "内部审核")
                                                : text("Management review", "管理评审"),
                c.date == f.plan.plannedInternalAudit || c.date == f.plan.plannedManagementReview);
    add("stage1", t.stage1Date, text("Stage 1 audit", "一阶段审核"), t.stage1Date == f.plan.plannedStage1);
    add("stage2", t.stage2Date, text("Stage 2 audit", "二阶段审核"), t.stage2Date == f.plan.plannedStage2);
    add("decision", t.decision, text("Certification decision", "认证决定"), false);
    add("surveillance1", t.surveillance1, text("Surveillance audit 1 (due)", "第一次监督审核（截止）"),
        false);
    add("surveillance2", t.surveillance2, text("Surveillance audit 2 (due)", "第二次监督审核（截止）"),
        false);
    add("recertification", t.recertification, text("Recertification audit (due)", "再认证审核（截止）"),
        false);
    add("expiry", t.expiry, text("Certificate expires", "证书到期"), false);
    std::stable_sort(t.milestones.begin(), t.milestones.end(),
                     [](const Milestone& a, const Milestone& b) { return a.date < b.date; });
    return t;
}

} // namespace cw
