#pragma once
// A workspace with the ISO/IEC 20000-1 catalog and a pinned clock, for the register's tests.

#include "TestSupport.h"

#include "catalog/CatalogStore.h"
#include "common/Clock.h"
#include "documents/DocumentRegister.h"
#include "interchange/Interchange.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>
#include <vector>

namespace registertest {

inline constexpr const char* kCatalog = "iso20000-1:2018";

struct Register {
    cwtest::TempDir dir;
    std::shared_ptr<cw::FixedClock> clock =
        std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
    std::unique_ptr<cw::Workspace> ws;

    explicit Register(const std::string& language = "en")
    {
        cwtest::useSourceResources();
        cw::NewWorkspace init;
        init.name = "Register test";
        init.language = language;
        ws = cw::Workspace::create(dir / "r.cwb", init, clock);
        ws->setActor("chen.jing");
        cw::addBuiltinCatalog(*ws, kCatalog);
    }

    void at(const std::string& utc) { clock->set(cw::parseUtc(utc, "test clock")); }

    /// Creates a document; clause refs are of the 20000-1 catalog.
    std::int64_t add(const std::string& code, int level, const std::string& type,
                     std::optional<std::int64_t> parent = {}, const std::vector<std::string>& clauses = {},
                     const std::string& title = {})
    {
        cw::Document d;
        d.code = code;
        d.title = title.empty() ? "Title of " + code : title;
        d.level = level;
        d.type = type;
        d.parentId = parent;
        for (const auto& ref : clauses)
            d.clauses.push_back({kCatalog, ref});
        return cw::createDocument(*ws, d);
    }

    /// The whole workspace as interchange text plus the audit trail length: equal before and
    /// after a refused action means it changed nothing.
    [[nodiscard]] std::string state() const
    {
        return cw::exportWorkspaceText(*ws) + "#audit " + std::to_string(cw::listAuditTrail(*ws).size());
    }
};

} // namespace registertest
