#include "builders/RegisterDocuments.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "assessment/GapList.h"
#include "assessment/Scoring.h"
#include "audit/Audit.h"
#include "audit/AuditReport.h"
#include "builders/ReportTerms.h"
#include "common/Error.h"
#include "documents/DocumentCoverage.h"
#include "documents/DocumentQuery.h"
#include "engagement/Engagement.h"
#include "findings/FindingQuery.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace cw::report {

namespace {

constexpr const char* kIsmsCatalog = "iso27001:2022";

ReportDocument start(Workspace& ws, const QString& language, const char* en, const char* zh)
{
    ReportDocument d;
    d.language = language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("en");
    d.title = d.t(en, zh);
    d.cover.title = d.title;
    const Engagement e = loadEngagement(ws);
    const ReportTerms w(d);
    const QString org = w.title(e.organizationEn, e.organizationZh);
    d.cover.subtitle = org.isEmpty() ? ReportTerms::text(e.name) : org;
    d.cover.facts << qMakePair(d.t("Engagement", "项目"), ReportTerms::text(e.name));
    d.cover.facts << qMakePair(d.t("Report date", "报告日期"),
                               ReportTerms::text(formatDate(ws.clock().today())));
    return d;
}

QString clauseList(const std::vector<ClauseLink>& clauses)
{
    QStringList refs;
    for (const auto& c : clauses)
        refs << ReportTerms::text(c.ref);
    return refs.join(QStringLiteral(", "));
}

QString statusTone(AssessmentStatus s)
{
    switch (s) {
    case AssessmentStatus::Conformant:
        return QStringLiteral("good");
    case AssessmentStatus::Partial:
        return QStringLiteral("warn");
    case AssessmentStatus::Nonconformant:
        return QStringLiteral("bad");
    default:
        return {};
    }
}

Assessment pickAssessment(Workspace& ws, const std::string& name, const char* catalog)
{
    if (!name.empty())
        return assessmentByName(ws, name);
    const auto all = listAssessments(ws);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (!catalog || std::find(it->catalogs.begin(), it->catalogs.end(), catalog) != it->catalogs.end())
            return *it;
    if (catalog)
        throw Error(ErrorCode::NotFound, ws.file().string() + ": no assessment covers " + catalog +
                                             "; the Statement of Applicability is drawn from one");
    throw Error(ErrorCode::NotFound, ws.file().string() + ": the workspace holds no assessment yet");
}

} // namespace

ReportDocument gapDocument(Workspace& ws, const std::string& name, const QString& language)
{
    const Assessment a = pickAssessment(ws, name, nullptr);
    ReportDocument d = start(ws, language, "Gap analysis report", "差距分析报告");
    const ReportTerms w(d);
    d.cover.facts << qMakePair(d.t("Assessment", "评估"), ReportTerms::text(a.name + " (" + a.date + ")"));
    QStringList assessors;
    for (const auto& s : a.assessors)
        assessors << ReportTerms::text(s);
    d.cover.facts << qMakePair(d.t("Assessors", "评估人员"), assessors.join(QStringLiteral(", ")));
    const AssessmentSummary summary = summarizeAssessment(ws, a.id);

    d.blocks << Heading{1, d.t("Summary", "概要")};
    Table cats;
    cats.headers = {d.t("Catalog", "标准"), d.t("Readiness", "准备度"), d.t("Coverage", "覆盖率"),
                    d.t("Nonconformant", "不符合"), d.t("Partial", "部分符合")};
    for (const auto& c : summary.catalogs)
        cats.rows << QStringList{w.title(c.titleEn, c.titleZh), ReportTerms::percent(c.score.readiness()),
                                 ReportTerms::percent(c.score.coverage()),
                                 QString::number(c.score.nonconformant), QString::number(c.score.partial)};
    d.blocks << cats;
    BarChart chart;
    chart.title = d.t("Readiness per clause", "各条款准备度");
    for (const auto& c : summary.clauses)
        if (c.level == 1) {
            chart.labels << ReportTerms::text(c.key.ref) + QStringLiteral(" ") +
                                w.title(c.titleEn, c.titleZh);
            chart.values << c.score.readiness().value_or(-1.0);
        }
    d.blocks << chart;

    d.blocks << Heading{1, d.t("Results per requirement", "各要求评估结果")};
    Table t;
    t.sheetName = d.t("Requirements", "要求");
    t.headers = {d.t("Catalog", "标准"),      d.t("Clause", "条款"),     d.t("Title", "标题"),
                 d.t("Status", "状态"),       d.t("Maturity", "成熟度"), d.t("Findings", "发现"),
                 d.t("Evidence", "证据"),     d.t("Gap", "差距"),        d.t("Recommendation", "建议"),
                 d.t("Justification", "理由")};
    t.widths = {16, 10, 44, 14, 9, 40, 40, 40, 40, 30};
    for (const auto& row : assessmentWorksheet(ws, a.id)) {
        if (!row.assessable)
            continue;
        const auto& r = row.result;
        t.rows << QStringList{ReportTerms::text(row.key.catalogId),
                              ReportTerms::text(row.key.ref),
                              w.title(row.titleEn, row.titleZh),
                              w.status(r.status),
                              r.maturity ? QString::number(*r.maturity) : QStringLiteral("-"),
                              ReportTerms::text(r.notes),
                              ReportTerms::text(r.evidence),
                              ReportTerms::text(r.gap),
                              ReportTerms::text(r.recommendation),
                              ReportTerms::text(r.justification)};
        t.rowTones << statusTone(r.status);
    }
    d.blocks << t;

    d.blocks << Heading{1, d.t("Prioritised gap list", "改进优先级清单")};
    Table g;
    g.sheetName = d.t("Gaps", "差距");
    g.headers = {d.t("Clause", "条款"), d.t("Title", "标题"), d.t("Status", "状态"),
                 d.t("Priority", "优先级"), d.t("Recommendation", "建议")};
    for (const auto& gap : prioritisedGaps(ws, a.id)) {
        g.rows << QStringList{ReportTerms::text(gap.key.ref), w.title(gap.titleEn, gap.titleZh),
                              w.status(gap.status), w.priority(gap.priority),
                              ReportTerms::text(gap.recommendation)};
        g.rowTones << statusTone(gap.status);
    }
    d.blocks << g;
    return d;
}

ReportDocument auditDocument(Workspace& ws, const std::string& code, const QString& language)
{
    std::int64_t id = 0;
    if (!code.empty()) {
        id = auditByCode(ws, code).id;
    } else {
        std::string latest;
        for (const auto& a : listAudits(ws))
            if (isCompleted(a.status) && a.actualEnd >= latest) {
                latest = a.actualEnd;
                id = a.id;
            }
        if (id == 0)
            throw Error(ErrorCode::NotFound,
                        ws.file().string() + ": no audit is completed yet; name one with --audit");
    }
    const AuditReport rep = buildAuditReport(ws, id);
    const Audit& a = rep.audit.audit;
    ReportDocument d = start(ws, language, "Internal audit report", "内部审核报告");
    const ReportTerms w(d);
    d.cover.facts << qMakePair(d.t("Audit", "审核"), ReportTerms::text(a.code + " " + a.title));
    d.blocks << Heading{1, d.t("Audit", "审核概况")};
    KeyValues kv;
    auto names = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const auto& s : v)
            out << ReportTerms::text(s);
        return out.join(QStringLiteral(", "));
    };
    kv.rows << qMakePair(d.t("Code", "编号"), ReportTerms::text(a.code));
    kv.rows << qMakePair(d.t("Title", "标题"), ReportTerms::text(a.title));
    kv.rows << qMakePair(d.t("Status", "状态"), w.auditStatus(a.status));
    kv.rows << qMakePair(d.t("Scope", "范围"), ReportTerms::text(a.scope));
    kv.rows << qMakePair(d.t("Criteria", "审核准则"), ReportTerms::text(a.criteria));
    kv.rows << qMakePair(d.t("Lead auditor", "审核组长"), ReportTerms::text(a.leadAuditor));
    kv.rows << qMakePair(d.t("Auditors", "审核员"), names(a.auditors));
    kv.rows << qMakePair(d.t("Auditees", "受审核方"), names(a.auditees));
    kv.rows << qMakePair(d.t("Dates", "日期"), ReportTerms::date(a.actualStart) + QStringLiteral(" – ") +
                                                   ReportTerms::date(a.actualEnd));
    d.blocks << kv;
    d.blocks << Heading{2, d.t("Summary and conclusion", "总结与结论")};
    d.blocks << Paragraph{a.summary.empty() ? QStringLiteral("-") : ReportTerms::text(a.summary),
                          Paragraph::Tone::Normal};
    Table scope;
    scope.headers = {d.t("Catalog", "标准"), d.t("Clause", "条款"), d.t("Title", "标题")};
    for (const auto& s : rep.scope)
        scope.rows << QStringList{ReportTerms::text(s.clause.catalogId), ReportTerms::text(s.clause.ref),
                                  w.title(s.titleEn, s.titleZh)};
    d.blocks << Heading{2, d.t("Audited clauses", "审核条款")} << scope;

    d.blocks << Heading{1, d.t("Checklist results", "检查表结果")};
    KeyValues tally;
    tally.rows << qMakePair(w.checklistResult(ChecklistResult::Conforming),
                            QString::number(rep.tally.conforming));
    tally.rows << qMakePair(w.checklistResult(ChecklistResult::Nonconformity),
                            QString::number(rep.tally.nonconformity));
    tally.rows << qMakePair(w.checklistResult(ChecklistResult::Observation),
                            QString::number(rep.tally.observation));
    tally.rows << qMakePair(w.checklistResult(ChecklistResult::NotAudited),
                            QString::number(rep.tally.notAudited));
    tally.rows << qMakePair(w.checklistResult(ChecklistResult::Pending), QString::number(rep.tally.pending));
    d.blocks << tally;
    Table c;
    c.sheetName = d.t("Checklist", "检查表");
    c.headers = {d.t("#", "序号"),      d.t("Clause", "条款"),   d.t("Question", "问题"),
                 d.t("Result", "结果"), d.t("Evidence", "证据"), d.t("Notes", "备注")};
    c.widths = {5, 10, 50, 14, 40, 40};
    for (const auto& line : rep.audit.checklist) {
        c.rows << QStringList{
            QString::number(line.position),   line.clause ? ReportTerms::text(line.clause->ref) : QString(),
            ReportTerms::text(line.question), w.checklistResult(line.result),
            ReportTerms::text(line.evidence), ReportTerms::text(line.notes)};
        c.rowTones << (line.result == ChecklistResult::Nonconformity ? QStringLiteral("bad")
                       : line.result == ChecklistResult::Observation ? QStringLiteral("warn")
                                                                     : QString());
    }
    d.blocks << c;

    d.blocks << Heading{1, d.t("Findings", "审核发现")};
    Table fnd;
    fnd.sheetName = d.t("Findings", "发现");
    fnd.headers = {d.t("Code", "编号"), d.t("Type", "类型"), d.t("Title", "标题"), d.t("Clauses", "条款"),
                   d.t("State", "状态")};
    for (const auto& fr : rep.findings)
        fnd.rows << QStringList{ReportTerms::text(fr.finding.code), w.findingType(fr.finding.type),
                                ReportTerms::text(fr.finding.title), clauseList(fr.finding.clauses),
                                w.findingState(fr.finding.state)};
    d.blocks << fnd;
    if (!rep.independence.empty()) {
        d.blocks << Heading{2, d.t("Independence of the auditors", "审核员独立性")};
        for (const auto& flag : rep.independence)
            d.blocks << Paragraph{
                d.t("Auditor ", "审核员 ") + ReportTerms::text(flag.auditor) +
                    d.t(" is also owner ", " 同时是负责人 ") + ReportTerms::text(flag.owner) +
                    (flag.documentCode.empty()
                         ? QString()
                         : QStringLiteral(" (") + ReportTerms::text(flag.documentCode) + QLatin1Char(')')),
                Paragraph::Tone::Warning};
    }
    return d;
}

ReportDocument documentRegisterDocument(Workspace& ws, const QString& language)
{
    ReportDocument d = start(ws, language, "Document register", "文件登记册");
    const ReportTerms w(d);
    d.blocks << Heading{1, d.t("Documents", "文件")};
    Table t;
    t.sheetName = d.t("Documents", "文件");
    t.headers = {d.t("Code", "编号"),         d.t("Title", "标题"),           d.t("Level", "层级"),
                 d.t("Type", "类型"),         d.t("Status", "状态"),          d.t("Version", "版本"),
                 d.t("In force", "现行版本"), d.t("Effective", "生效日期"),   d.t("Owner", "负责人"),
                 d.t("Approver", "批准人"),   d.t("Next review", "下次评审"), d.t("Overdue", "逾期")};
    t.widths = {18, 44, 7, 12, 12, 9, 9, 12, 16, 16, 12, 8};
    for (const auto& r : listDocuments(ws)) {
        t.rows << QStringList{ReportTerms::text(r.code),
                              ReportTerms::text(r.title),
                              QString::number(r.level),
                              ReportTerms::text(r.type),
                              w.documentStatus(r.status),
                              ReportTerms::text(r.currentVersion.toString()),
                              r.inForceVersion ? ReportTerms::text(r.inForceVersion->toString())
                                               : QStringLiteral("-"),
                              ReportTerms::date(r.effectiveDate),
                              ReportTerms::text(r.owner),
                              ReportTerms::text(r.approver),
                              ReportTerms::date(r.nextReview),
                              w.yesNo(r.overdue)};
        t.rowTones << (r.overdue ? QStringLiteral("bad") : QString());
    }
    d.blocks << t;
    d.blocks << Heading{1, d.t("Required documented information", "必需的成文信息")};
    Table c;
    c.sheetName = d.t("Required documents", "必需文件");
    c.headers = {d.t("Catalog", "标准"), d.t("Clause", "条款"), d.t("Item", "项目"),
                 d.t("Kind", "类型"),    d.t("Status", "状态"), d.t("Documents", "文件")};
    for (const auto& row : documentCoverage(ws)) {
        QStringList docs;
        for (const auto& code : row.documents)
            docs << ReportTerms::text(code);
        c.rows << QStringList{ReportTerms::text(row.catalogId),
                              ReportTerms::text(row.clause),
                              w.text(row.title),
                              w.kind(row.kind),
                              w.coverage(row.status),
                              docs.join(QStringLiteral(", "))};
        c.rowTones << (row.status == DocumentCoverageStatus::Covered ? QStringLiteral("good")
                       : row.status == DocumentCoverageStatus::Draft ? QStringLiteral("warn")
                                                                     : QStringLiteral("bad"));
    }
    d.blocks << c;
    return d;
}

ReportDocument findingsDocument(Workspace& ws, const QString& language)
{
    ReportDocument d = start(ws, language, "Findings register", "审核发现登记册");
    const ReportTerms w(d);
    d.blocks << Heading{1, d.t("Findings", "审核发现")};
    Table t;
    t.sheetName = d.t("Findings", "发现");
    t.headers = {d.t("Code", "编号"),        d.t("Type", "类型"),    d.t("Audit", "审核"),
                 d.t("Title", "标题"),       d.t("Clauses", "条款"), d.t("Raised on", "提出日期"),
                 d.t("Raised by", "提出人"), d.t("State", "状态"),   d.t("Next due", "下一截止"),
                 d.t("Overdue", "逾期")};
    t.widths = {14, 22, 12, 44, 16, 12, 14, 20, 12, 8};
    for (const auto& r : listFindings(ws)) {
        const auto& f = r.finding;
        t.rows << QStringList{ReportTerms::text(f.code),      w.findingType(f.type),
                              ReportTerms::text(r.auditCode), ReportTerms::text(f.title),
                              clauseList(f.clauses),          ReportTerms::date(f.raisedOn),
                              ReportTerms::text(f.raisedBy),  w.findingState(f.state),
                              ReportTerms::date(r.nextDue),   w.yesNo(r.overdue)};
        t.rowTones << (r.overdue                         ? QStringLiteral("bad")
                       : f.state == FindingState::Closed ? QStringLiteral("good")
                       : f.type == FindingType::Major    ? QStringLiteral("bad")
                                                         : QString());
    }
    d.blocks << t;
    d.blocks << Heading{1, d.t("Open corrective actions", "未完成的纠正措施")};
    Table a;
    a.sheetName = d.t("Corrective actions", "纠正措施");
    a.headers = {d.t("Finding", "发现"), d.t("Round", "轮次"),   d.t("Action", "措施"),
                 d.t("Owner", "负责人"), d.t("Due", "截止日期"), d.t("Overdue", "逾期")};
    for (const auto& r : openCorrectiveActions(ws)) {
        a.rows << QStringList{ReportTerms::text(r.findingCode),        QString::number(r.action.round),
                              ReportTerms::text(r.action.description), ReportTerms::text(r.action.owner),
                              ReportTerms::date(r.action.dueDate),     w.yesNo(r.overdue)};
        a.rowTones << (r.overdue ? QStringLiteral("bad") : QString());
    }
    d.blocks << a;
    return d;
}

ReportDocument soaDocument(Workspace& ws, const std::string& name, const QString& language)
{
    const Assessment a = pickAssessment(ws, name, kIsmsCatalog);
    if (std::find(a.catalogs.begin(), a.catalogs.end(), kIsmsCatalog) == a.catalogs.end())
        throw Error(ErrorCode::NotFound, "assessment \"" + a.name + "\" does not cover " + kIsmsCatalog +
                                             "; the Statement of Applicability is drawn from one that does");
    ReportDocument d = start(ws, language, "Statement of Applicability", "适用性声明");
    const ReportTerms w(d);
    d.cover.facts << qMakePair(d.t("Standard", "标准"), QStringLiteral("ISO/IEC 27001:2022 Annex A"));
    d.cover.facts << qMakePair(d.t("Assessment", "评估"), ReportTerms::text(a.name + " (" + a.date + ")"));
    d.blocks << Heading{1, d.t("Annex A controls", "附录 A 控制措施")};
    Table t;
    t.sheetName = d.t("SoA", "适用性声明");
    t.headers = {d.t("Control", "控制"), d.t("Title", "标题"), d.t("Applicable", "适用"),
                 d.t("Justification", "理由"), d.t("Implementation status", "实施状态")};
    t.widths = {10, 50, 10, 60, 18};
    int applicable = 0;
    int excluded = 0;
    for (const auto& row : assessmentWorksheet(ws, a.id)) {
        if (!row.assessable || row.key.catalogId != kIsmsCatalog || row.key.ref.rfind("A.", 0) != 0)
            continue;
        const auto& r = row.result;
        const bool isApplicable = r.status != AssessmentStatus::NotApplicable;
        (isApplicable ? applicable : excluded)++;
        const std::string why = isApplicable ? (r.notes.empty() ? r.evidence : r.notes) : r.justification;
        t.rows << QStringList{ReportTerms::text(row.key.ref), w.title(row.titleEn, row.titleZh),
                              w.yesNo(isApplicable), ReportTerms::text(why),
                              isApplicable ? w.status(r.status) : QStringLiteral("-")};
        t.rowTones << (isApplicable ? statusTone(r.status) : QString());
    }
    KeyValues kv;
    kv.rows << qMakePair(d.t("Controls applicable", "适用的控制"), QString::number(applicable));
    kv.rows << qMakePair(d.t("Controls excluded", "排除的控制"), QString::number(excluded));
    d.blocks << kv << t;
    return d;
}

} // namespace cw::report
