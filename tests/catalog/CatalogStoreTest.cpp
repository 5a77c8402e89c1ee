// Catalog copies inside a workspace.
#include "TestSupport.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogImport.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "common/Resources.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

namespace {
std::unique_ptr<cw::Workspace> newWorkspace(const std::filesystem::path& file)
{
    cw::NewWorkspace init;
    init.name = "Catalog test";
    return cw::Workspace::create(file, init);
}
} // namespace

TEST_CASE("a workspace keeps its own exact copy of a catalog", "[catalog][store]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    const auto file = dir / "w.cwb";
    {
        auto ws = newWorkspace(file);
        cw::addBuiltinCatalog(*ws, "iso20000-1:2018");
        CHECK(cw::loadWorkspaceCatalog(*ws, "iso20000-1:2018") == cw::builtinCatalog("iso20000-1:2018"));
        const auto trail = cw::listAuditTrail(*ws, {"catalog", "iso20000-1:2018", 0});
        REQUIRE(trail.size() == 1);
        CHECK_THAT(*trail[0].newValue, Catch::Contains("77 requirements"));
    }
    // Another machine without our resources still shows what was assessed.
    cw::resources::setSearchPath({dir.path() / "nowhere"});
    auto ws = cw::Workspace::open(file);
    const auto copy = cw::loadWorkspaceCatalog(*ws, "iso20000-1:2018");
    CHECK(copy.requirements.size() == 77);
    CHECK(copy.contentVersion == "1.0.0");
    CHECK(copy.find("8.6.1")->questions.size() >= 2);
    cwtest::useSourceResources();
}

TEST_CASE("adding a second standard brings the mappings, read from both sides", "[catalog][store][mapping]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = newWorkspace(dir / "m.cwb");
    cw::addBuiltinCatalog(*ws, "iso20000-1:2018");
    CHECK(cw::allWorkspaceMappings(*ws).empty());
    cw::addBuiltinCatalog(*ws, "iso27001:2022");
    const auto all = cw::allWorkspaceMappings(*ws);
    CHECK(all.size() == cw::builtinMappingLinks("iso20000-1:2018", "iso27001:2022").size());
    const auto from20000 = cw::mappedRequirements(*ws, "iso20000-1:2018", "10.1");
    REQUIRE_FALSE(from20000.empty());
    CHECK(from20000[0].targetCatalog == "iso27001:2022");
    CHECK(from20000[0].targetRef == "10.2");
    const auto from27001 = cw::mappedRequirements(*ws, "iso27001:2022", "10.2");
    REQUIRE(from27001.size() >= 1);
    CHECK(from27001[0].targetRef == "10.1");
    CHECK(from27001[0].sourceCatalog == "iso27001:2022");
    CHECK_NOTHROW(cw::addBuiltinCatalog(*ws, "iso27001:2022")); // already there: nothing happens
    CHECK(cw::listWorkspaceCatalogs(*ws).size() == 2);
}

TEST_CASE("importing a broken or duplicate catalog changes nothing", "[catalog][store][failure]")
{
    cwtest::useSourceResources();
    cwtest::TempDir dir;
    auto ws = newWorkspace(dir / "d.cwb");
    const auto ciso =
        cw::readCatalogSource(cwtest::sharedDir() / "interop" / "ciso-assistant" / "iso22301-2019.yaml");
    cw::addCatalog(*ws, ciso);
    CHECK(cw::loadWorkspaceCatalog(*ws, ciso.id) == ciso);
    const auto trailBefore = cw::listAuditTrail(*ws).size();
    CHECK_THROWS_WITH(cw::addCatalog(*ws, ciso), Catch::Contains("already holds a catalog"));
    CHECK(cw::listWorkspaceCatalogs(*ws).size() == 1);
    CHECK(cw::listAuditTrail(*ws).size() == trailBefore);
    CHECK_THROWS_AS(cw::loadWorkspaceCatalog(*ws, "nope"), cw::Error);
}
