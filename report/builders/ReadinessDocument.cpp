#include "builders/ReadinessDocument.h"

#include "builders/ReportTerms.h"
#include "engagement/CncaCategories.h"

#include <QByteArray>
#include <QImage>

namespace cw::report {

namespace {

QString tone(bool good)
{
    return good ? QStringLiteral("good") : QStringLiteral("bad");
}

QString joinLines(const std::vector<std::string>& items, const QString& sep)
{
    QStringList out;
    for (const auto& i : items)
        out << QString::fromStdString(i);
    return out.isEmpty() ? QStringLiteral("-") : out.join(sep);
}

class Builder {
public:
    Builder(const ReadinessReport& r, ReportDocument& d)
        : r(r)
        , f(r.facts)
        , d(d)
        , w(d)
    {}

    void cover()
    {
        d.title = d.t("Certification readiness report", "认证准备度报告");
        d.cover.title = d.title;
        const QString org = w.title(f.engagement.organizationEn, f.engagement.organizationZh);
        d.cover.subtitle = org.isEmpty() ? ReportTerms::text(f.engagement.name) : org;
        if (!f.plan.logo.empty())
            d.cover.logo =
                QImage::fromData(QByteArray(f.plan.logo.data(), static_cast<qsizetype>(f.plan.logo.size())));
        auto& facts = d.cover.facts;
        facts << qMakePair(d.t("Engagement", "项目"), ReportTerms::text(f.engagement.name));
        facts << qMakePair(d.t("Scope", "范围"), f.engagement.scope.empty()
                                                     ? QStringLiteral("-")
                                                     : ReportTerms::text(f.engagement.scope));
        facts << qMakePair(d.t("Services", "服务"), joinLines(f.plan.services, QStringLiteral("; ")));
        facts << qMakePair(d.t("Sites", "场所"), joinLines(f.plan.sites, QStringLiteral("; ")));
        QStringList cats;
        for (const auto& code : f.plan.cncaCategories) {
            const CncaCategory* c = findCncaCategory(code);
            cats << ReportTerms::text(code) + (c ? QStringLiteral(" ") + w.text(c->name) : QString());
        }
        facts << qMakePair(d.t("CNCA business categories", "认监委业务类别"),
                           cats.isEmpty() ? QStringLiteral("-") : cats.join(QStringLiteral("; ")));
        facts << qMakePair(d.t("Certification body", "认证机构"),
                           f.plan.certificationBody.empty() ? QStringLiteral("-")
                                                            : ReportTerms::text(f.plan.certificationBody));
        facts << qMakePair(d.t("Report date", "报告日期"), ReportTerms::text(formatDate(f.today)));
    }

    void summary()
    {
        d.blocks << Heading{1, d.t("Executive summary", "执行摘要")};
        const auto level = r.verdict.level;
        d.blocks << Paragraph{w.text(levelTitle(level)),
                              level == ReadinessLevel::Stage2   ? Paragraph::Tone::Good
                              : level == ReadinessLevel::Stage1 ? Paragraph::Tone::Warning
                                                                : Paragraph::Tone::Bad};
        KeyValues kv;
        kv.rows << qMakePair(d.t("Verdict", "结论"), w.text(levelTitle(level)));
        kv.rows << qMakePair(d.t("Assessment", "评估"),
                             f.assessment ? ReportTerms::text(f.assessment->assessment.name + " (" +
                                                              f.assessment->assessment.date + ")")
                                          : QStringLiteral("-"));
        kv.rows << qMakePair(d.t("Overall readiness", "总体准备度"),
                             ReportTerms::percent(f.score.readiness()));
        kv.rows << qMakePair(d.t("Coverage", "评估覆盖率"), ReportTerms::percent(f.score.coverage()));
        kv.rows << qMakePair(d.t("Readiness threshold (stage 2)", "准备度阈值（二阶段）"),
                             ReportTerms::percent(f.threshold));
        kv.rows << qMakePair(d.t("Open major nonconformities", "未关闭的严重不符合项"),
                             QString::number(f.findings.openMajor));
        kv.rows << qMakePair(d.t("Open minor nonconformities", "未关闭的轻微不符合项"),
                             QString::number(f.findings.openMinor));
        kv.rows << qMakePair(d.t("Overdue corrective actions", "逾期纠正措施"),
                             QString::number(f.findings.overdueActions));
        kv.rows << qMakePair(d.t("Earliest stage 1", "最早一阶段审核"), earliest(r.timeline.stage1));
        kv.rows << qMakePair(d.t("Earliest stage 2", "最早二阶段审核"), earliest(r.timeline.stage2));
        d.blocks << kv;

        d.blocks << Heading{2, d.t("Top blockers", "主要障碍")};
        const auto unmet = r.verdict.unmet();
        if (unmet.empty())
            d.blocks << Paragraph{d.t("Every criterion is met.", "全部准则均已满足。"),
                                  Paragraph::Tone::Good};
        for (const auto& c : unmet)
            d.blocks << Paragraph{ReportTerms::text(c.id) + QStringLiteral(" ") + w.text(c.title) +
                                      QStringLiteral(": ") + w.text(c.reason),
                                  Paragraph::Tone::Bad};

        Table t;
        t.sheetName = d.t("Criteria", "准则");
        t.headers = {d.t("Criterion", "准则"), d.t("Rule", "规则"), d.t("Met", "满足"),
                     d.t("Reason", "说明")};
        t.widths = {9, 50, 8, 90};
        for (const auto& c : r.verdict.criteria) {
            t.rows << QStringList{ReportTerms::text(c.id), w.text(c.title), w.yesNo(c.met), w.text(c.reason)};
            t.rowTones << tone(c.met);
        }
        d.blocks << Heading{2, d.t("Readiness criteria", "准备度准则")};
        d.blocks << t;
    }

    QString earliest(const EarliestDate& e) const
    {
        if (e.date.empty())
            return d.t("cannot be determined yet", "尚无法确定");
        const QString date = ReportTerms::text(e.date);
        return e.determined
                   ? date
                   : d.t("not before ", "不早于 ") + date + d.t(" (more to plan)", "（尚有待计划事项）");
    }

    void clauses()
    {
        d.blocks << Heading{1, d.t("Readiness per clause", "各条款准备度")};
        if (r.clauses.empty()) {
            d.blocks << Paragraph{
                d.t("No assessment of ISO/IEC 20000-1:2018 yet.", "尚无 ISO/IEC 20000-1:2018 评估。"),
                Paragraph::Tone::Muted};
            return;
        }
        BarChart chart;
        chart.title = d.t("Readiness of clauses 4-10", "第 4-10 章准备度");
        Table t;
        t.sheetName = d.t("Clauses", "条款");
        t.headers = {d.t("Clause", "条款"), d.t("Title", "标题"), d.t("Readiness", "准备度"),
                     d.t("Coverage", "覆盖率")};
        t.widths = {10, 60, 12, 12};
        for (const auto& c : r.clauses) {
            if (c.level < 1 || c.level > 2)
                continue;
            const QString title = w.title(c.titleEn, c.titleZh);
            t.rows << QStringList{ReportTerms::text(c.key.ref), title,
                                  ReportTerms::percent(c.score.readiness()),
                                  ReportTerms::percent(c.score.coverage())};
            const auto readiness = c.score.readiness();
            t.rowTones << (!readiness                  ? QString()
                           : *readiness >= f.threshold ? QStringLiteral("good")
                           : *readiness >= 0.5         ? QStringLiteral("warn")
                                                       : QStringLiteral("bad"));
            if (c.level == 1) {
                chart.labels << ReportTerms::text(c.key.ref) + QStringLiteral(" ") + title;
                chart.values << (readiness ? *readiness : -1.0);
            }
        }
        d.blocks << chart << t;
    }

    void gaps()
    {
        d.blocks << Heading{1, d.t("Prioritised gap list", "改进优先级清单")};
        if (r.gaps.empty()) {
            d.blocks << Paragraph{d.t("No gaps: no requirement is nonconformant or partial.",
                                      "无差距：没有不符合或部分符合的要求。"),
                                  Paragraph::Tone::Good};
            return;
        }
        Table t;
        t.sheetName = d.t("Gaps", "差距");
        t.headers = {d.t("Clause", "条款"),     d.t("Title", "标题"),   d.t("Status", "状态"),
                     d.t("Priority", "优先级"), d.t("Owner", "负责人"), d.t("Due", "截止日期")};
        t.widths = {10, 50, 14, 10, 24, 12};
        for (const auto& g : r.gaps) {
            t.rows << QStringList{ReportTerms::text(g.gap.key.ref),
                                  w.title(g.gap.titleEn, g.gap.titleZh),
                                  w.status(g.gap.status),
                                  w.priority(g.gap.priority),
                                  g.owners.empty() ? QStringLiteral("-") : ReportTerms::text(g.owners),
                                  ReportTerms::date(g.dueDate) +
                                      (g.overdue ? d.t(" (overdue)", "（逾期）") : QString())};
            t.rowTones << (g.overdue || g.gap.status == AssessmentStatus::Nonconformant
                               ? QStringLiteral("bad")
                               : QStringLiteral("warn"));
        }
        d.blocks << t;
    }

    void requiredDocuments()
    {
        d.blocks << Heading{1, d.t("Required documented information", "必需的成文信息")};
        Table t;
        t.sheetName = d.t("Required documents", "必需文件");
        t.headers = {d.t("Clause", "条款"), d.t("Item", "项目"), d.t("Kind", "类型"), d.t("Status", "状态"),
                     d.t("Documents", "文件")};
        t.widths = {10, 50, 10, 12, 30};
        for (const auto& row : f.requiredDocuments) {
            t.rows << QStringList{ReportTerms::text(row.clause), w.text(row.title), w.kind(row.kind),
                                  w.coverage(row.status), joinLines(row.documents, QStringLiteral(", "))};
            t.rowTones << (row.status == DocumentCoverageStatus::Covered ? QStringLiteral("good")
                           : row.status == DocumentCoverageStatus::Draft ? QStringLiteral("warn")
                                                                         : QStringLiteral("bad"));
        }
        if (t.rows.isEmpty())
            d.blocks << Paragraph{d.t("The workspace holds no ISO/IEC 20000-1:2018 catalog.",
                                      "工作区中没有 ISO/IEC 20000-1:2018 目录。"),
                                  Paragraph::Tone::Muted};
        else
            d.blocks << t;

        d.blocks << Heading{2, d.t("Document register health", "文件登记健康状况")};
        const auto& h = r.documents;
        KeyValues kv;
        kv.rows << qMakePair(d.t("Documents", "文件总数"), QString::number(h.total));
        kv.rows << qMakePair(d.t("Approved (in force)", "已批准（现行）"), QString::number(h.approved));
        kv.rows << qMakePair(d.t("In review", "审核中"), QString::number(h.inReview));
        kv.rows << qMakePair(d.t("In draft", "草稿"), QString::number(h.draft));
        kv.rows << qMakePair(d.t("Obsolete", "已作废"), QString::number(h.obsolete));
        kv.rows << qMakePair(d.t("Reviews overdue", "逾期评审"), QString::number(h.overdueReviews));
        d.blocks << kv;
        if (!h.overdueDocuments.empty()) {
            d.blocks << Paragraph{
                d.t("Documents in force whose review is overdue:", "现行文件中评审已逾期的："),
                Paragraph::Tone::Warning};
            Table o;
            o.headers = {d.t("Code", "编号"), d.t("Title", "标题"), d.t("Owner", "负责人"),
                         d.t("Next review", "下次评审")};
            for (const auto& doc : h.overdueDocuments) {
                o.rows << QStringList{ReportTerms::text(doc.code), ReportTerms::text(doc.title),
                                      ReportTerms::text(doc.owner), ReportTerms::date(doc.nextReview)};
                o.rowTones << QStringLiteral("bad");
            }
            d.blocks << o;
        }
    }

    void audits()
    {
        d.blocks << Heading{1, d.t("Internal audit status", "内部审核状况")};
        KeyValues kv;
        if (f.programme) {
            const auto& c = f.programme->coverage;
            kv.rows << qMakePair(d.t("Programme", "审核方案"),
                                 ReportTerms::text(f.programme->programme.name));
            kv.rows << qMakePair(d.t("Clauses audited", "已审核条款"),
                                 QStringLiteral("%1 / %2").arg(c.auditedLeaves).arg(c.leaves));
            kv.rows << qMakePair(d.t("Clauses planned", "已计划条款"), QString::number(c.plannedLeaves));
            kv.rows << qMakePair(d.t("Clauses not planned", "未计划条款"),
                                 QString::number(c.notPlannedLeaves));
            kv.rows << qMakePair(d.t("Last audit completed", "最近完成审核"),
                                 ReportTerms::date(c.lastCompletedEnd()));
        } else {
            kv.rows << qMakePair(d.t("Programme", "审核方案"), d.t("none", "无"));
        }
        d.blocks << kv;

        d.blocks << Heading{2, d.t("Findings by type and state", "按类型和状态统计的审核发现")};
        Table t;
        t.sheetName = d.t("Findings summary", "发现汇总");
        t.headers = {d.t("Type", "类型")};
        for (const auto s : allFindingStates())
            t.headers << w.findingState(s);
        t.headers << d.t("Total", "合计");
        for (const auto type : allFindingTypes()) {
            QStringList row{w.findingType(type)};
            int total = 0;
            for (const auto s : allFindingStates()) {
                int n = 0;
                for (const auto& fr : f.allFindings)
                    if (fr.finding.type == type && fr.finding.state == s)
                        ++n;
                total += n;
                row << QString::number(n);
            }
            row << QString::number(total);
            t.rows << row;
        }
        d.blocks << t;

        d.blocks << Heading{2, d.t("Overdue corrective actions", "逾期纠正措施")};
        if (r.overdueActions.empty()) {
            d.blocks << Paragraph{d.t("None.", "无。"), Paragraph::Tone::Good};
            return;
        }
        // The most overdue first, at most kListed: the findings register lists them all.
        constexpr qsizetype kListed = 50;
        Table o;
        o.headers = {d.t("Finding", "发现"), d.t("Action", "措施"), d.t("Owner", "负责人"),
                     d.t("Due", "截止日期")};
        for (const auto& a : r.overdueActions) {
            if (o.rows.size() == kListed)
                break;
            o.rows << QStringList{ReportTerms::text(a.findingCode), ReportTerms::text(a.action.description),
                                  ReportTerms::text(a.action.owner), ReportTerms::date(a.action.dueDate)};
            o.rowTones << QStringLiteral("bad");
        }
        d.blocks << o;
        const auto more = static_cast<qsizetype>(r.overdueActions.size()) - o.rows.size();
        if (more > 0)
            d.blocks << Paragraph{d.t("… and %1 more overdue corrective actions: see the findings register.",
                                      "……另有 %1 项逾期纠正措施，见审核发现登记册。")
                                      .arg(more),
                                  Paragraph::Tone::Muted};
    }

    void review()
    {
        d.blocks << Heading{1, d.t("Management review", "管理评审")};
        if (!r.latestReview) {
            d.blocks << Paragraph{d.t("No management review has been held yet.", "尚未召开管理评审。"),
                                  Paragraph::Tone::Bad};
            return;
        }
        const auto& mr = r.latestReview->review;
        KeyValues kv;
        kv.rows << qMakePair(d.t("Review", "评审"), ReportTerms::text(mr.title));
        kv.rows << qMakePair(d.t("Held on", "召开日期"), ReportTerms::date(mr.heldOn));
        kv.rows << qMakePair(d.t("Chair", "主持人"), ReportTerms::text(mr.chair));
        kv.rows << qMakePair(d.t("Conclusions", "结论"), ReportTerms::text(mr.conclusions));
        d.blocks << kv;
        if (r.latestReview->outputs.empty())
            return;
        d.blocks << Heading{2, d.t("Decisions and actions", "决定和措施")};
        Table t;
        t.headers = {d.t("Output", "输出"), d.t("Owner", "负责人"), d.t("Due", "截止日期"),
                     d.t("State", "状态")};
        for (const auto& o : r.latestReview->outputs) {
            const QString state = o.kind == OutputKind::Decision      ? d.t("Decision", "决定")
                                  : o.state == OutputState::Done      ? d.t("Done", "已完成")
                                  : o.state == OutputState::Cancelled ? d.t("Cancelled", "已取消")
                                                                      : d.t("Open", "未完成");
            t.rows << QStringList{ReportTerms::text(o.text), ReportTerms::text(o.owner),
                                  ReportTerms::date(o.dueDate), state};
        }
        d.blocks << t;
    }

    void records()
    {
        d.blocks << Heading{1, d.t("Records evidence per process", "各过程记录证据")};
        d.blocks << Paragraph{
            d.t("Each process of clause 8 that must leave records needs entries spanning at least 3 "
                "months up to today (criterion S2.5).",
                "第 8 章每个须保留记录的过程，其记录条目截至今日应至少覆盖 3 个月（准则 S2.5）。"),
            Paragraph::Tone::Muted};
        Table t;
        t.sheetName = d.t("Records", "记录");
        t.headers = {d.t("Clause", "条款"),     d.t("Records", "记录"), d.t("First entry", "首条"),
                     d.t("Last entry", "末条"), d.t("Months", "月数"),  d.t("Documents", "文件"),
                     d.t("Sufficient", "满足")};
        t.widths = {10, 44, 12, 12, 8, 24, 10};
        for (const auto& rec : f.records) {
            t.rows << QStringList{ReportTerms::text(rec.clause),
                                  w.text(rec.title),
                                  ReportTerms::date(rec.span.first),
                                  ReportTerms::date(rec.span.last),
                                  QString::number(rec.span.months),
                                  joinLines(rec.documents, QStringLiteral(", ")),
                                  w.yesNo(rec.sufficient)};
            t.rowTones << tone(rec.sufficient);
        }
        d.blocks << t;
    }

    void timeline()
    {
        const auto& tl = r.timeline;
        d.blocks << Heading{1, d.t("Certification timeline", "认证时间线")};
        Timeline chart;
        chart.title = d.t("Certification timeline", "认证时间线");
        for (const auto& m : tl.milestones)
            chart.milestones << qMakePair(ReportTerms::text(m.date), w.text(m.label));
        if (!chart.milestones.isEmpty())
            d.blocks << chart;
        for (const auto& warning : tl.warnings)
            d.blocks << Paragraph{w.text(warning), Paragraph::Tone::Warning};
        KeyValues kv;
        kv.rows << qMakePair(d.t("Earliest stage 1", "最早一阶段审核"), earliest(tl.stage1));
        kv.rows << qMakePair(d.t("Earliest stage 2", "最早二阶段审核"), earliest(tl.stage2));
        kv.rows << qMakePair(d.t("Certification decision (expected)", "认证决定（预计）"),
                             ReportTerms::date(tl.decision));
        kv.rows << qMakePair(d.t("Surveillance audit 1 due by", "第一次监督审核截止"),
                             ReportTerms::date(tl.surveillance1));
        kv.rows << qMakePair(d.t("Surveillance audit 2 due by", "第二次监督审核截止"),
                             ReportTerms::date(tl.surveillance2));
        kv.rows << qMakePair(d.t("Recertification audit due by", "再认证审核截止"),
                             ReportTerms::date(tl.recertification));
        kv.rows << qMakePair(d.t("Certificate expiry", "证书到期"), ReportTerms::date(tl.expiry));
        d.blocks << kv;
        for (const auto* e : {&tl.stage1, &tl.stage2}) {
            d.blocks << Heading{2, e == &tl.stage1 ? d.t("What stage 1 waits for", "一阶段审核的前提")
                                                   : d.t("What stage 2 waits for", "二阶段审核的前提")};
            Table t;
            t.headers = {d.t("Constraint", "约束"), d.t("Date", "日期"), d.t("Detail", "说明")};
            for (const auto& c : e->constraints) {
                t.rows << QStringList{ReportTerms::text(c.criterion),
                                      c.date.empty() ? d.t("undetermined", "待定")
                                                     : ReportTerms::text(c.date),
                                      w.text(c.label)};
                t.rowTones << (c.date.empty() ? QStringLiteral("bad") : QString());
            }
            d.blocks << t;
        }
    }

    void appendix()
    {
        d.blocks << PageBreak{};
        d.blocks << Heading{1, d.t("Appendix: checklist results", "附录：检查表结果")};
        if (r.checklist.empty()) {
            d.blocks << Paragraph{d.t("No assessment yet.", "尚无评估。"), Paragraph::Tone::Muted};
            return;
        }
        d.blocks << Paragraph{
            ReportTerms::text(f.assessment->assessment.name + " (" + f.assessment->assessment.date + ")"),
            Paragraph::Tone::Muted};
        d.blocks << checklistTable(r, d);
    }

    static Table checklistTable(const ReadinessReport& r, const ReportDocument& d)
    {
        const ReportTerms w(d);
        Table t;
        t.sheetName = readinessCsvSheet(d.language);
        // Five columns: the result of every requirement. Gaps and recommendations are in the
        // prioritised gap list above and in the gap analysis report (table cells are what a PDF's
        // layout time grows with).
        t.headers = {d.t("Catalog", "标准"), d.t("Clause", "条款"), d.t("Title", "标题"),
                     d.t("Status", "状态"), d.t("Maturity", "成熟度")};
        t.widths = {16, 10, 60, 14, 9};
        for (const auto& row : r.checklist) {
            if (!row.assessable)
                continue;
            const auto& res = row.result;
            t.rows << QStringList{ReportTerms::text(row.key.catalogId), ReportTerms::text(row.key.ref),
                                  w.title(row.titleEn, row.titleZh), w.status(res.status),
                                  res.maturity ? QString::number(*res.maturity) : QStringLiteral("-")};
            t.rowTones << (res.status == AssessmentStatus::Conformant      ? QStringLiteral("good")
                           : res.status == AssessmentStatus::Partial       ? QStringLiteral("warn")
                           : res.status == AssessmentStatus::Nonconformant ? QStringLiteral("bad")
                                                                           : QString());
        }
        return t;
    }

private:
    const ReadinessReport& r;
    const ReadinessFacts& f;
    ReportDocument& d;
    ReportTerms w;
};

} // namespace

QString readinessCsvSheet(const QString& language)
{
    return language == QLatin1String("zh") ? QStringLiteral("检查表") : QStringLiteral("Checklist");
}

ReportDocument readinessDocument(const ReadinessReport& report, const QString& language)
{
    ReportDocument d;
    d.language = language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("en");
    Builder b(report, d);
    b.cover();
    b.summary();
    b.clauses();
    b.gaps();
    b.requiredDocuments();
    b.audits();
    b.review();
    b.records();
    b.timeline();
    b.appendix();
    return d;
}

} // namespace cw::report
