#include "builders/ReportTerms.h"

namespace cw::report {

QString ReportTerms::status(AssessmentStatus s) const
{
    switch (s) {
    case AssessmentStatus::NotAssessed:
        return m_doc.t("Not assessed", "未评估");
    case AssessmentStatus::Nonconformant:
        return m_doc.t("Nonconformant", "不符合");
    case AssessmentStatus::Partial:
        return m_doc.t("Partial", "部分符合");
    case AssessmentStatus::Conformant:
        return m_doc.t("Conformant", "符合");
    case AssessmentStatus::NotApplicable:
        return m_doc.t("Not applicable", "不适用");
    }
    return {};
}

QString ReportTerms::priority(ActionPriority p) const
{
    switch (p) {
    case ActionPriority::High:
        return m_doc.t("High", "高");
    case ActionPriority::Medium:
        return m_doc.t("Medium", "中");
    case ActionPriority::Low:
        return m_doc.t("Low", "低");
    }
    return {};
}

QString ReportTerms::actionStatus(ActionStatus s) const
{
    switch (s) {
    case ActionStatus::Open:
        return m_doc.t("Open", "未开始");
    case ActionStatus::InProgress:
        return m_doc.t("In progress", "进行中");
    case ActionStatus::Done:
        return m_doc.t("Done", "已完成");
    case ActionStatus::Cancelled:
        return m_doc.t("Cancelled", "已取消");
    }
    return {};
}

QString ReportTerms::coverage(DocumentCoverageStatus s) const
{
    switch (s) {
    case DocumentCoverageStatus::Covered:
        return m_doc.t("Covered", "已覆盖");
    case DocumentCoverageStatus::Draft:
        return m_doc.t("Draft only", "仅有草稿");
    case DocumentCoverageStatus::Missing:
        return m_doc.t("Missing", "缺失");
    }
    return {};
}

QString ReportTerms::kind(DocumentKind k) const
{
    return k == DocumentKind::Record ? m_doc.t("Record", "记录") : m_doc.t("Document", "文件");
}

QString ReportTerms::documentStatus(DocumentStatus s) const
{
    switch (s) {
    case DocumentStatus::Draft:
        return m_doc.t("Draft", "草稿");
    case DocumentStatus::InReview:
        return m_doc.t("In review", "审核中");
    case DocumentStatus::Approved:
        return m_doc.t("Approved", "已批准");
    case DocumentStatus::Obsolete:
        return m_doc.t("Obsolete", "已作废");
    }
    return {};
}

QString ReportTerms::findingType(FindingType t) const
{
    switch (t) {
    case FindingType::Major:
        return m_doc.t("Major nonconformity", "严重不符合");
    case FindingType::Minor:
        return m_doc.t("Minor nonconformity", "轻微不符合");
    case FindingType::Observation:
        return m_doc.t("Observation", "观察项");
    case FindingType::Improvement:
        return m_doc.t("Opportunity for improvement", "改进机会");
    case FindingType::Positive:
        return m_doc.t("Positive finding", "良好实践");
    }
    return {};
}

QString ReportTerms::findingState(FindingState s) const
{
    switch (s) {
    case FindingState::Open:
        return m_doc.t("Open", "待处理");
    case FindingState::CorrectionRecorded:
        return m_doc.t("Correction recorded", "已纠正并分析原因");
    case FindingState::ActionPlanned:
        return m_doc.t("Action planned", "已制定纠正措施");
    case FindingState::Implemented:
        return m_doc.t("Implemented", "已实施");
    case FindingState::Verified:
        return m_doc.t("Verified", "已验证有效");
    case FindingState::Closed:
        return m_doc.t("Closed", "已关闭");
    }
    return {};
}

QString ReportTerms::auditStatus(AuditStatus s) const
{
    switch (s) {
    case AuditStatus::Planned:
        return m_doc.t("Planned", "已计划");
    case AuditStatus::InProgress:
        return m_doc.t("In progress", "进行中");
    case AuditStatus::Reported:
        return m_doc.t("Reported", "已报告");
    case AuditStatus::Closed:
        return m_doc.t("Closed", "已关闭");
    }
    return {};
}

QString ReportTerms::checklistResult(ChecklistResult r) const
{
    switch (r) {
    case ChecklistResult::Pending:
        return m_doc.t("Pending", "待定");
    case ChecklistResult::Conforming:
        return m_doc.t("Conforming", "符合");
    case ChecklistResult::Nonconformity:
        return m_doc.t("Nonconformity", "不符合");
    case ChecklistResult::Observation:
        return m_doc.t("Observation", "观察项");
    case ChecklistResult::NotAudited:
        return m_doc.t("Not audited", "未审核");
    }
    return {};
}

QString ReportTerms::auditCoverage(CoverageStatus s) const
{
    switch (s) {
    case CoverageStatus::NotPlanned:
        return m_doc.t("Not planned", "未计划");
    case CoverageStatus::Planned:
        return m_doc.t("Planned", "已计划");
    case CoverageStatus::Audited:
        return m_doc.t("Audited", "已审核");
    }
    return {};
}

QString ReportTerms::yesNo(bool b) const
{
    return b ? m_doc.t("Yes", "是") : m_doc.t("No", "否");
}

QString ReportTerms::percent(const std::optional<double>& ratio)
{
    if (!ratio)
        return QStringLiteral("-");
    return QString::number(*ratio * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString ReportTerms::text(const LocalizedText& t) const
{
    return QString::fromStdString(t.in(m_doc.language.toStdString()));
}

QString ReportTerms::title(const std::string& en, const std::string& zh) const
{
    if (m_doc.language == QLatin1String("zh") && !zh.empty())
        return QString::fromStdString(zh);
    return QString::fromStdString(en.empty() ? zh : en);
}

QString ReportTerms::date(const std::string& d)
{
    return d.empty() ? QStringLiteral("-") : QString::fromStdString(d);
}

} // namespace cw::report
