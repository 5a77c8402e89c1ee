// The `conformance-workbench` desktop program: a thin entry point over ui/.
#include "common/Paths.h"
#include "common/Resources.h"
#include "shell/Application.h"

#include <QApplication>

int main(int argc, char** argv)
{
    if (!cw::ui::Application::needsWindow(argc, argv)) {
        QCoreApplication app(argc, argv); // --help and --version work without a display
        cw::ui::Application::runWithoutWindow();
    }
    QApplication app(argc, argv);

    std::vector<std::filesystem::path> dirs;
    if (const QString env = qEnvironmentVariable("CW_DATA_DIR"); !env.isEmpty())
        dirs.push_back(cw::ui::toPath(env));
    dirs.push_back(cw::ui::toPath(QCoreApplication::applicationDirPath()).parent_path() / "share" /
                   "conformance-workbench");
#ifdef CW_SOURCE_DATA_DIR
    dirs.emplace_back(CW_SOURCE_DATA_DIR);
#endif
    cw::resources::setSearchPath(std::move(dirs));

    cw::ui::Application application(app);
    return application.run();
}
