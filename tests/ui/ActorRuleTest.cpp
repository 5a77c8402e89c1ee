// The desktop program records the same actor as the CLI: the preference, else CW_ACTOR, else the
// login name (cw::resolveActor).
#include "UiTestSupport.h"

#include "engagement/Engagement.h"
#include "platform/Platform.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditTrail.h"
#include "storage/Workspace.h"

#include <cstdlib>
#include <optional>

namespace {

/// Sets CW_ACTOR for the scope.
class ActorEnv {
public:
    explicit ActorEnv(const char* value)
    {
        if (const char* old = std::getenv("CW_ACTOR"))
            m_old = old;
        if (value)
            ::setenv("CW_ACTOR", value, 1);
        else
            ::unsetenv("CW_ACTOR");
    }
    ~ActorEnv()
    {
        if (m_old)
            ::setenv("CW_ACTOR", m_old->c_str(), 1);
        else
            ::unsetenv("CW_ACTOR");
    }
    ActorEnv(const ActorEnv&) = delete;
    ActorEnv& operator=(const ActorEnv&) = delete;

private:
    std::optional<std::string> m_old;
};

/// The actor of the trail entry a name change in the window's workspace records.
std::string actorOfAnEdit(cw::ui::MainWindow& window, const std::string& file)
{
    window.session().setWorkspace(cw::Workspace::create(file, cw::NewWorkspace{"Actor rule", "en"}));
    REQUIRE(window.session().run(
        [](cw::Workspace& ws) { cw::setEngagementField(ws, cw::EngagementField::Name, "Edited"); }));
    const auto trail = cw::listAuditTrail(*window.session().workspace(), {"engagement", "1", 1});
    REQUIRE(trail.size() == 1);
    return trail.front().actor;
}

} // namespace

TEST_CASE("the GUI records CW_ACTOR when no name is set in the preferences", "[actor]")
{
    cwtest::UiFixture fx;
    const ActorEnv env("auditor.zhang");
    cw::ui::MainWindow window(fx.languages());
    // Before: the login name ($USER), unlike the CLI.
    CHECK(actorOfAnEdit(window, (fx.dir / "a.cwb").string()) == "auditor.zhang");
}

TEST_CASE("the GUI's preference wins over CW_ACTOR, without either the login name is used", "[actor]")
{
    cwtest::UiFixture fx;
    {
        const ActorEnv env("auditor.zhang");
        cw::ui::AppSettings::setActor(QStringLiteral("Zhang Wei"));
        cw::ui::MainWindow window(fx.languages());
        CHECK(actorOfAnEdit(window, (fx.dir / "b.cwb").string()) == "Zhang Wei");
    }
    {
        const ActorEnv env(nullptr);
        cw::ui::AppSettings::setActor(QString());
        cw::ui::MainWindow window(fx.languages());
        CHECK(actorOfAnEdit(window, (fx.dir / "c.cwb").string()) == cw::platform::currentUserName());
    }
    {
        const ActorEnv env("bad\nname"); // a control character: the login name, never the raw text
        cw::ui::MainWindow window(fx.languages());
        CHECK(actorOfAnEdit(window, (fx.dir / "d.cwb").string()) == cw::platform::currentUserName());
    }
}
