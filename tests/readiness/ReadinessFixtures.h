#pragma once
// The demo engagement in a temporary workspace with a pinned clock (today 2026-11-22, as in the
// demo), for the readiness rules, the timeline and the reports.

#include "TestSupport.h"

#include "common/Clock.h"
#include "demo/Demo.h"
#include "readiness/ReadinessFacts.h"
#include "storage/Workspace.h"

#include <memory>
#include <string>

namespace readinesstest {

struct Demo {
    cwtest::TempDir dir;
    std::shared_ptr<cw::FixedClock> clock =
        std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
    std::unique_ptr<cw::Workspace> ws;

    explicit Demo(const std::string& language = "en")
    {
        cwtest::useSourceResources();
        ws = cw::createDemoWorkspace(dir / "demo.cwb", language, clock);
        ws->setActor("test");
    }
    void today(const std::string& date) { clock->set(cw::parseUtc(date + "T08:00:00Z", "test clock")); }
    [[nodiscard]] cw::ReadinessFacts facts() { return cw::gatherReadinessFacts(*ws); }
};

/// A fresh workspace (no catalog, no data) with the same clock.
struct Empty {
    cwtest::TempDir dir;
    std::shared_ptr<cw::FixedClock> clock =
        std::make_shared<cw::FixedClock>(cw::parseUtc("2026-11-22T08:00:00Z", "test clock"));
    std::unique_ptr<cw::Workspace> ws;

    Empty()
    {
        cwtest::useSourceResources();
        ws = cw::Workspace::create(dir / "empty.cwb", {"Empty", "en"}, clock);
        ws->setActor("test");
    }
};

/// A 1x1 PNG.
inline std::string tinyPng()
{
    static const unsigned char bytes[] = {
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
        0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
        0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
        0x9c, 0x63, 0x60, 0x60, 0x60, 0xf8, 0x0f, 0x00, 0x01, 0x04, 0x01, 0x00, 0x5f, 0xe5,
        0xc3, 0x4b, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
    return std::string(reinterpret_cast<const char*>(bytes), sizeof bytes);
}

} // namespace readinesstest
