// Catalogs with very deep parent chains: validated in time linear in the catalog.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogImport.h"
#include "common/Error.h"

#include <catch2/catch.hpp>

#include <chrono>

namespace {

/// r0 <- r1 <- ... <- r(n-1): every requirement the child of the one before.
cw::Catalog chain(std::size_t n)
{
    cw::Catalog c;
    c.id = "test:deep";
    c.languages = {"en"};
    c.title.en = "Deep";
    for (std::size_t i = 0; i < n; ++i) {
        cw::Requirement r;
        r.ref = "r" + std::to_string(i);
        if (i > 0)
            r.parent = "r" + std::to_string(i - 1);
        r.title.en = r.ref;
        c.requirements.push_back(std::move(r));
    }
    return c;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("a 100,000-deep parent chain is validated in well under a second per 10,000", "[catalog][bounds]")
{
    // Before: every requirement walked its whole chain up (quadratic): 42 s for 20,000 in a release
    // build, about 17 minutes for 100,000. Now each is walked once: 0.3 s for 100,000.
    auto c = chain(100'000);
    const auto start = std::chrono::steady_clock::now();
    cw::finalizeCatalog(c, "deep.json");
    CHECK(secondsSince(start) < 10.0); // generous for sanitizer and debug builds
    REQUIRE(c.requirements.size() == 100'000);
    CHECK(c.requirements.front().ref == "r0");
    CHECK(c.requirements.back().ref == "r99999");
    CHECK(c.requirements.back().depth == 99'999);
}

TEST_CASE("cycles are still found, at the end of a deep chain and in the middle",
          "[catalog][bounds][failure]")
{
    auto requireCycle = [](cw::Catalog c, const std::string& expected) {
        try {
            cw::finalizeCatalog(c, "deep.json");
            FAIL("accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::InvalidInput);
            CHECK(std::string(e.what()) == expected);
        }
    };
    // The root of a 50,000-deep chain made the child of its last requirement: one big cycle; the
    // first requirement of the catalog on it is named.
    auto closed = chain(50'000);
    closed.requirements[0].parent = "r49999";
    const auto start = std::chrono::steady_clock::now();
    requireCycle(closed, "deep.json: $.requirements[0].parent: 'r0' is its own ancestor (a cycle)");
    CHECK(secondsSince(start) < 10.0);

    // A small cycle (r7 -> r9 -> r8 -> r7) that a long chain below it leads into: the cycle's first
    // member in catalog order is named, not the requirements that merely lead to it.
    auto inner = chain(20'000);
    inner.requirements[7].parent = "r9";
    requireCycle(inner, "deep.json: $.requirements[7].parent: 'r7' is its own ancestor (a cycle)");

    // Its own parent.
    auto self = chain(3);
    self.requirements[2].parent = "r2";
    requireCycle(self, "deep.json: $.requirements[2].parent: 'r2' is its own ancestor (a cycle)");
}

TEST_CASE("a deep CSV catalog and a deep CISO Assistant library import in linear time", "[catalog][bounds]")
{
    cwtest::TempDir dir;
    constexpr std::size_t n = 20'000;
    std::string csv = "ref,parent,title_en\n";
    std::string yaml =
        "urn: urn:test:deep\nlocale: en\nref_id: deep\nname: Deep\nprovider: test\nversion: 1\n"
        "objects:\n  framework:\n    urn: urn:test:framework:deep\n    ref_id: deep\n"
        "    name: Deep\n    requirement_nodes:\n";
    for (std::size_t i = 0; i < n; ++i) {
        const std::string ref = "r" + std::to_string(i);
        csv += ref + "," + (i > 0 ? "r" + std::to_string(i - 1) : "") + ",Requirement " + ref + "\n";
        yaml += "    - urn: urn:test:req:" + ref + "\n      ref_id: " + ref + "\n      name: Requirement " +
                ref + "\n      assessable: true\n";
        if (i > 0)
            yaml += "      parent_urn: urn:test:req:r" + std::to_string(i - 1) + "\n";
    }
    cwtest::writeFile(dir / "deep.csv", csv);
    cwtest::writeFile(dir / "deep.yaml", yaml);
    for (const std::string name : {"deep.csv", "deep.yaml"}) {
        INFO(name);
        const auto start = std::chrono::steady_clock::now();
        const auto c = cw::readCatalogSource(dir / name);
        CHECK(secondsSince(start) < 20.0);
        REQUIRE(c.requirements.size() == n);
        CHECK(c.requirements.back().depth == static_cast<int>(n - 1));
        // Every requirement but the last has a child: a heading, unless marked assessable.
        if (name == "deep.csv") {
            CHECK_FALSE(c.requirements.front().assessable);
            CHECK(c.requirements.back().assessable);
        }
    }
}
