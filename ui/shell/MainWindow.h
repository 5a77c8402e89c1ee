#pragma once

#include "shell/PageId.h"

#include <QMainWindow>

#include <array>

class QAction;
class QMenu;
class QStackedWidget;

namespace cw::ui {

class LanguageManager;
class LanguageMenu;
class AutoBackup;
class InstanceChannel;
class NavigationSidebar;
class Page;
class RecentFiles;
class RecentFilesMenu;
class WorkspaceController;
class WorkspaceSession;

/// The shell: menus, the page sidebar and the page stack. Features live in their pages; file
/// handling lives in WorkspaceController.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] WorkspaceSession& session() const { return *m_session; }
    [[nodiscard]] WorkspaceController& controller() const { return *m_controller; }
    [[nodiscard]] Page* page(PageId id) const;
    void showPage(PageId id);
    [[nodiscard]] PageId currentPage() const;
    /// Answers other programs asking to open this window's workspace.
    [[nodiscard]] InstanceChannel& instanceChannel() const { return *m_instance; }
    [[nodiscard]] AutoBackup& autoBackup() const { return *m_backup; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createActions();
    void createMenus();
    void installUndoActions();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void reportError(const QString& message);
    void commitPendingEdit();
    void showPreferences();
    void showAbout();

    LanguageManager& m_languages;
    WorkspaceSession* m_session;
    RecentFiles* m_recent;
    WorkspaceController* m_controller;
    InstanceChannel* m_instance;
    AutoBackup* m_backup;
    NavigationSidebar* m_sidebar;
    QStackedWidget* m_stack;
    std::array<Page*, kPageCount> m_pages{};
    QString m_heldError; ///< an error reported while the page check ran (see reportError())

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    RecentFilesMenu* m_recentMenu = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace cw::ui
