#pragma once

class QApplication;

namespace cw::ui {

/// The program around the main window: identity, icon, language, command line, event loop.
/// app/gui_main.cpp creates the application object and hands over.
class Application {
public:
    /// Organisation and application names (they locate the settings), version and display name.
    /// Tests call it too.
    static void setIdentity();

    /// False when the arguments ask for --help or --version, which need no display.
    [[nodiscard]] static bool needsWindow(int argc, const char* const* argv);
    /// Answers --help or --version and exits; needs only a QCoreApplication.
    [[noreturn]] static void runWithoutWindow();

    explicit Application(QApplication& app);
    /// Shows the window and runs the event loop; returns the exit code.
    int run();

private:
    QApplication& m_app;
};

} // namespace cw::ui
