#pragma once
// A workspace with the ISO/IEC 20000-1 and 27001 catalogs, a pinned clock (today 2026-11-22, as
// in the demo) and helpers for audits and findings.

#include "TestSupport.h"

#include "audit/Audit.h"
#include "audit/AuditProgramme.h"
#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "findings/Finding.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <memory>
#include <string>
#include <vector>

namespace audittest {

inline constexpr const char* k20000 = "iso20000-1:2018";
inline constexpr const char* k27001 = "iso27001:2022";

struct Fixture {
    cwtest::TempDir dir;
    std::shared_ptr<cw::FixedClock> clock =
        std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
    std::unique_ptr<cw::Workspace> ws;

    explicit Fixture(const std::string& language = "en")
    {
        cwtest::useSourceResources();
        cw::NewWorkspace init;
        init.name = "Audit test";
        init.language = language;
        ws = cw::Workspace::create(dir / "a.cwb", init, clock);
        ws->setActor("zhou.ting");
        cw::addBuiltinCatalog(*ws, k20000);
        cw::addBuiltinCatalog(*ws, k27001);
    }

    void at(const std::string& utc) { clock->set(cw::parseUtc(utc, "test clock")); }

    static cw::ClauseLink clause(const std::string& ref, const std::string& catalog = k20000)
    {
        return {catalog, ref};
    }

    std::int64_t programme(const std::string& name = "Internal audit programme 2026")
    {
        cw::AuditProgramme p;
        p.name = name;
        p.periodStart = "2026-01-01";
        p.periodEnd = "2026-12-31";
        return cw::createProgramme(*ws, p);
    }

    std::int64_t audit(std::int64_t programmeId, const std::string& title,
                       const std::vector<std::string>& refs, const std::string& lead = "Ma Li",
                       const std::string& plannedStart = "2026-08-17")
    {
        cw::Audit a;
        a.programmeId = programmeId;
        a.title = title;
        a.leadAuditor = lead;
        a.plannedStart = plannedStart;
        for (const auto& r : refs)
            a.clauses.push_back(clause(r));
        return cw::createAudit(*ws, a);
    }

    /// A minor nonconformity of the audit citing `refs` (20000-1).
    std::int64_t nonconformity(std::optional<std::int64_t> auditId, const std::vector<std::string>& refs,
                               cw::FindingType type = cw::FindingType::Minor,
                               const std::string& raisedOn = "2026-08-20")
    {
        cw::Finding f;
        f.type = type;
        f.source = auditId ? cw::FindingSource::InternalAudit : cw::FindingSource::Complaint;
        f.auditId = auditId;
        f.title = "Finding on " + refs.front();
        f.raisedOn = raisedOn;
        for (const auto& r : refs)
            f.clauses.push_back(clause(r));
        return cw::createFinding(*ws, f);
    }

    /// The whole workspace as interchange text plus the audit trail length: equal before and after
    /// a refused action means it changed nothing.
    [[nodiscard]] std::string state() const
    {
        return cw::exportWorkspaceText(*ws) + "#audit " + std::to_string(cw::listAuditTrail(*ws).size());
    }
};

/// The message of the cw::Error `f` throws (fails the test when it throws none).
template <class F> std::string errorOf(F&& f, cw::ErrorCode expected = cw::ErrorCode::InvalidInput)
{
    try {
        f();
    } catch (const cw::Error& e) {
        if (e.code() != expected)
            return std::string("unexpected error code: ") + e.what();
        return e.what();
    }
    return "no error";
}

} // namespace audittest
