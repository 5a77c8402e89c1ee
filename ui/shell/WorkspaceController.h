#pragma once

#include "common/BackgroundTask.h"

#include <QObject>
#include <QString>

#include <memory>
#include <string>

class QWidget;

namespace cw {
class Workspace;
}

namespace cw::ui {

class LanguageManager;
class RecentFiles;
class WorkspaceSession;

/// The File menu's work: create, open, open the demo, close. This is the UI boundary for these
/// core calls: every failure becomes a message box (through MessageBoxes) and a false result,
/// and the workspace open before stays open. A workspace is opened without reading every page
/// first (OpenCheck::Deferred); SQLite's page check then runs on a worker thread, and a damaged
/// file is closed again with the same message an immediate check would have given.
class WorkspaceController : public QObject {
    Q_OBJECT
public:
    WorkspaceController(WorkspaceSession& session, RecentFiles& recent, const LanguageManager& languages,
                        QWidget* window);

    /// Asks for a file name (".cwb" is appended when missing) and creates an empty workspace
    /// named after the file, in the language of the user interface.
    bool newWorkspace();
    bool createWorkspace(const QString& file);
    /// Asks for a workspace and opens it.
    bool openWorkspace();
    /// Opens `file`; when another program writes to it, offers to open it read-only.
    bool openFile(const QString& file);
    /// (Re)creates the demo workspace in the language of the user interface and opens it.
    bool openDemo();
    void closeWorkspace();

    /// demo-<language>.cwb in the application's data directory.
    [[nodiscard]] static QString demoFile(const QString& language);

    /// Whether the page check of the workspace just opened is still running.
    [[nodiscard]] bool checking() const { return m_check.running(); }

Q_SIGNALS:
    /// Something worth a line in the status bar.
    void notice(const QString& text);
    /// The page check of `file` ended; `problem` is empty when the file is sound.
    void integrityChecked(const QString& file, const QString& problem);

private:
    void adopt(std::unique_ptr<cw::Workspace> workspace, bool remember);
    bool offerReadOnly(const QString& file);
    bool openReadOnly(const QString& file);
    [[nodiscard]] bool isOpenHere(const QString& file) const;
    void showFailure(const QString& title, const QString& sentence, const QString& detail);
    void startIntegrityCheck(const QString& file);
    /// Acts on the page check that just ended.
    void integrityCheckEnded();

    WorkspaceSession& m_session;
    RecentFiles& m_recent;
    const LanguageManager& m_languages;
    QWidget* m_window;
    QString m_checkedFile;
    std::string m_checkProblem; ///< written by the check's thread, read after it ended
    BackgroundTask m_check;     ///< the page check; last, so it waits before the fields go
};

} // namespace cw::ui
