#include "demo/LargeWorkspace.h"

#include "assessment/Assessment.h"
#include "assessment/AssessmentResults.h"
#include "audit/Audit.h"
#include "audit/AuditChecklist.h"
#include "audit/AuditLifecycle.h"
#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogStore.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentVersions.h"
#include "documents/RecordEntries.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPlan.h"
#include "findings/CorrectiveActions.h"
#include "findings/Finding.h"
#include "review/ManagementReview.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <array>
#include <random>

namespace cw {

namespace {

constexpr const char* k20000 = "iso20000-1:2018";

/// A catalog of `count` assessable requirements in a three-level tree (clause, subclause,
/// requirement; ten per level as long as they last).
Catalog generatedCatalog(int count)
{
    Catalog c;
    c.id = "generated:" + std::to_string(count);
    c.title = {"Generated catalog of " + std::to_string(count) + " requirements",
               "生成的 " + std::to_string(count) + " 项要求目录"};
    c.contentVersion = "1";
    c.languages = {"en", "zh"};
    auto add = [&](const std::string& ref, std::optional<std::string> parent, bool assessable) {
        Requirement r;
        r.ref = ref;
        r.parent = std::move(parent);
        r.title = {"Requirement " + ref, "要求 " + ref};
        r.assessable = assessable;
        c.requirements.push_back(std::move(r));
    };
    int made = 0;
    for (int a = 1; made < count; ++a) {
        const auto ra = std::to_string(a);
        add(ra, std::nullopt, false);
        for (int b = 1; b <= 10 && made < count; ++b) {
            const auto rb = ra + "." + std::to_string(b);
            add(rb, ra, false);
            for (int d = 1; d <= 10 && made < count; ++d, ++made)
                add(rb + "." + std::to_string(d), rb, true);
        }
    }
    finalizeCatalog(c, "generated catalog");
    return c;
}

class Dates {
public:
    explicit Dates(Date today) : m_today(std::chrono::sys_days(today)) {}
    /// `days` relative to today (negative: in the past).
    [[nodiscard]] std::string at(int days) const { return formatDate(Date(m_today + std::chrono::days(days))); }

private:
    std::chrono::sys_days m_today;
};

} // namespace

std::unique_ptr<Workspace> createLargeWorkspace(const std::filesystem::path& file, const LargeWorkspaceSize& size,
                                                std::shared_ptr<const Clock> clock,
                                                const GenerationProgress& progress, LargeWorkspaceCounts* counts)
{
    auto report = [&](const std::string& step, double fraction) {
        if (progress)
            progress(step, fraction);
    };
    LargeWorkspaceCounts made;
    auto ws = Workspace::create(file, {"Large generated engagement", "en"}, std::move(clock));
    const Dates dates(ws->clock().today());
    std::mt19937 rng(42);
    auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };

    report("engagement", 0.0);
    setEngagementField(*ws, EngagementField::OrganizationEn, "Generated Services Ltd.");
    setEngagementField(*ws, EngagementField::OrganizationZh, "生成服务有限公司");
    setEngagementField(*ws, EngagementField::Scope,
                       "IT service management of the generated services for internal customers; "
                       "生成服务的 IT 服务管理。");
    setPlanField(*ws, PlanField::Services, "Service desk\nHosting\nNetwork");
    setPlanField(*ws, PlanField::Sites, "Head office\nData centre");
    setPlanField(*ws, PlanField::CertificationBody, "Example Certification Co.");
    setPlanField(*ws, PlanField::TrialOperationStart, dates.at(-300));
    setPlanField(*ws, PlanField::PlannedInternalAudit, dates.at(-60));
    setPlanField(*ws, PlanField::PlannedManagementReview, dates.at(-30));
    setPlanField(*ws, PlanField::PlannedStage1, dates.at(30));
    setPlanField(*ws, PlanField::PlannedStage2, dates.at(90));

    report("catalogs", 0.02);
    addBuiltinCatalog(*ws, k20000);
    const auto generated = generatedCatalog(size.generatedRequirements);
    addCatalog(*ws, generated);
    const auto c20000 = loadWorkspaceCatalog(*ws, k20000);
    std::vector<std::string> refs;
    for (const auto& r : c20000.requirements)
        if (r.assessable)
            refs.push_back(r.ref);
    auto clauseOf = [&refs](int i) { return ClauseLink{k20000, refs[static_cast<std::size_t>(i) % refs.size()]}; };

    const std::array<AssessmentStatus, 4> statuses{AssessmentStatus::Nonconformant, AssessmentStatus::Partial,
                                                   AssessmentStatus::Conformant, AssessmentStatus::Conformant};
    std::vector<std::int64_t> assessmentIds;
    for (int i = 0; i < size.assessments; ++i) {
        report("assessments", 0.05 + 0.25 * i / std::max(1, size.assessments));
        const auto id = createAssessment(
            *ws, {"Assessment " + std::to_string(i + 1) + " 评估",
                  dates.at(-300 + 300 * (i + 1) / std::max(1, size.assessments)),
                  {"Assessor A", "评审员 B"},
                  {k20000, generated.id},
                  ""});
        assessmentIds.push_back(id);
        ws->write("Fill assessment", [&](WriteContext& ctx) {
            for (const auto* cat : {&c20000, &generated})
                for (const auto& r : cat->requirements) {
                    if (!r.assessable)
                        continue;
                    RequirementResult res;
                    res.key = {cat->id, r.ref};
                    res.status = statuses[static_cast<std::size_t>(pick(4))];
                    res.maturity = pick(6);
                    res.notes = "Interview notes for " + r.ref + "：流程运行中，记录按月保存。";
                    res.gap = res.status == AssessmentStatus::Conformant ? "" : "差距 gap " + r.ref;
                    res.recommendation = res.gap.empty() ? "" : "Recommendation for " + r.ref;
                    writeResult(ctx, id, res);
                    ++made.results;
                }
        });
        ++made.assessments;
    }

    const int docChunk = 1000;
    for (int start = 0; start < size.documents; start += docChunk) {
        report("documents", 0.30 + 0.35 * start / std::max(1, size.documents));
        ws->write("Generate documents", [&](WriteContext&) {
            for (int i = start; i < std::min(size.documents, start + docChunk); ++i) {
                Document d;
                d.code = "DOC-" + std::to_string(100000 + i);
                d.title = "文件 Document " + std::to_string(i) + (i % 2 ? " 变更管理程序" : " service procedure");
                d.level = 1 + i % 4;
                d.type = d.level == 4 ? "record" : "procedure";
                d.owner = "Owner " + std::to_string(i % 37);
                d.reviewMonths = 12;
                d.nextReview = dates.at(-40 + pick(400));
                d.clauses = {clauseOf(i)};
                const auto id = createDocument(*ws, d);
                if (i % 3 != 0) {
                    changeDocumentStatus(*ws, id, DocumentStatus::InReview, "");
                    changeDocumentStatus(*ws, id, DocumentStatus::Approved, "", dates.at(-200));
                }
                if (d.level == 4 && i % 8 == 3)
                    for (int m = 0; m < 6; ++m)
                        (void)addRecordEntry(*ws, id, {0, 0, dates.at(-180 + 30 * m), "sample", ""});
                ++made.documents;
            }
        });
    }

    report("audit", 0.65);
    Audit audit;
    audit.title = "Internal audit of the whole SMS 体系内审";
    audit.scope = "All clauses 4 to 10";
    audit.criteria = "ISO/IEC 20000-1:2018";
    audit.leadAuditor = "Lead Auditor";
    audit.auditees = {"Owner 1"};
    audit.plannedStart = audit.actualStart = dates.at(-62);
    audit.plannedEnd = audit.actualEnd = dates.at(-60);
    for (int c = 4; c <= 10; ++c)
        audit.clauses.push_back({k20000, std::to_string(c)});
    audit.summary = "The SMS is implemented and operating; records are kept. 体系运行有效。";
    const auto auditId = createAudit(*ws, audit);
    takeAuditStep(*ws, auditId, AuditStep::Start);
    (void)generateChecklist(*ws, auditId);
    ws->write("Record checklist results", [&](WriteContext&) {
        for (const auto& line : listChecklist(*ws, auditId))
            setChecklistLineField(*ws, line.id, ChecklistLineField::Result, "conforming");
    });
    takeAuditStep(*ws, auditId, AuditStep::Report);
    takeAuditStep(*ws, auditId, AuditStep::Close);

    const int findingChunk = 500;
    for (int start = 0; start < size.findings; start += findingChunk) {
        report("findings", 0.70 + 0.15 * start / std::max(1, size.findings));
        ws->write("Generate findings", [&](WriteContext&) {
            for (int i = start; i < std::min(size.findings, start + findingChunk); ++i) {
                Finding f;
                f.type = i % 50 == 0  ? FindingType::Major
                         : i % 3 == 0 ? FindingType::Observation
                                      : FindingType::Minor;
                f.source = FindingSource::Other;
                f.title = "Finding " + std::to_string(i) + " 发现：记录不完整";
                f.raisedOn = dates.at(-220 + i % 200);
                f.clauses = {clauseOf(i)};
                const auto id = createFinding(*ws, f);
                ++made.findings;
                if (isNonconformity(f.type)) {
                    CorrectiveAction a;
                    a.description = "Fix " + std::to_string(i) + " 纠正";
                    a.owner = "Owner " + std::to_string(i % 11);
                    a.dueDate = dates.at(-70 + i % 100);
                    (void)addCorrectiveAction(*ws, id, a);
                    ++made.correctiveActions;
                }
            }
        });
    }

    report("review", 0.85);
    (void)createReview(*ws, {"Management review 管理评审", dates.at(-30), "Top management", {"Owner 1", "Owner 2"}});

    // Ordinary edits, one action each as a user makes them, until the trail has its size.
    auto trailSize = [&ws] {
        return ws->db().execAndGet("SELECT count(*) FROM audit_trail").getInt64();
    };
    made.auditEntries = trailSize();
    const auto missing = size.minAuditEntries - made.auditEntries;
    for (std::int64_t k = 0; k < missing && !assessmentIds.empty();) {
        report("edits", 0.90 + 0.10 * static_cast<double>(k) / static_cast<double>(missing));
        ws->write("Edit notes", [&](WriteContext& ctx) {
            for (int j = 0; j < 1000 && k < missing; ++j, ++k) {
                RequirementResult res;
                res.key = {k20000, refs[static_cast<std::size_t>(pick(static_cast<int>(refs.size())))]};
                res.status = statuses[static_cast<std::size_t>(pick(4))];
                res.notes = "Revised note " + std::to_string(k) + "：补充证据。";
                writeResult(ctx, assessmentIds[static_cast<std::size_t>(pick(size.assessments))], res);
            }
        });
        made.auditEntries = trailSize();
        if (made.auditEntries >= size.minAuditEntries)
            break;
    }
    made.auditEntries = trailSize();
    report("done", 1.0);
    if (counts)
        *counts = made;
    return ws;
}

} // namespace cw
