#include "shell/MainWindow.h"

#include "audits/AuditsPage.h"
#include "catalog/CatalogPage.h"
#include "common/Version.h"
#include "common/WheelGuard.h"
#include "dashboard/DashboardPage.h"
#include "documents/DocumentsPage.h"
#include "engagement/Engagement.h"
#include "engagement/EngagementPage.h"
#include "findings/FindingsPage.h"
#include "gap/GapAnalysisPage.h"
#include "reports/ReportsPage.h"
#include "shell/AppSettings.h"
#include "shell/AutoBackup.h"
#include "shell/InstanceChannel.h"
#include "shell/LanguageMenu.h"
#include "shell/MessageBoxes.h"
#include "shell/NavigationSidebar.h"
#include "shell/PreferencesDialog.h"
#include "shell/RecentFiles.h"
#include "shell/RecentFilesMenu.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include <QUndoStack>
#include <utility>

namespace cw::ui {

namespace {

constexpr std::size_t index(PageId id)
{
    return static_cast<std::size_t>(id);
}

} // namespace

MainWindow::MainWindow(LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_session(new WorkspaceSession(this))
    , m_recent(new RecentFiles(this))
    , m_controller(new WorkspaceController(*m_session, *m_recent, languages, this))
    , m_instance(new InstanceChannel(this))
    , m_backup(new AutoBackup(*m_session, this))
    , m_sidebar(new NavigationSidebar(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    WheelGuard::install();
    m_session->setActor(AppSettings::actor());

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createPages();
    createMenus();
    retranslateUi();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_instance->listenFor(m_session->isOpen() ? m_session->filePath() : QString());
        showPage(PageId::Dashboard);
        updateTitle();
        updateActions();
    });
    connect(m_session, &WorkspaceSession::changed, this, &MainWindow::updateTitle);
    connect(m_instance, &InstanceChannel::raiseRequested, this, [this] {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        statusBar()->showMessage(tr("Another window asked to open this workspace."), 8000);
    });
    // Queued: the box must not open inside the edit or undo step that failed.
    connect(m_session, &WorkspaceSession::errorOccurred, this, &MainWindow::reportError,
            Qt::QueuedConnection);
    connect(m_backup, &AutoBackup::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &WorkspaceController::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &WorkspaceController::integrityChecked, this,
            [this](const QString&, const QString& problem) {
                const QString held = std::exchange(m_heldError, QString());
                if (problem.isEmpty() && !held.isEmpty())
                    reportError(held);
            });

    showPage(PageId::Dashboard);
    updateActions();
    if (!restoreGeometry(AppSettings::windowGeometry()))
        resize(1280, 800);
    restoreState(AppSettings::windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto* dashboard = new DashboardPage(*m_session, m_stack);
    connect(dashboard, &DashboardPage::newRequested, m_newAction, &QAction::trigger);
    connect(dashboard, &DashboardPage::openRequested, m_openAction, &QAction::trigger);
    connect(dashboard, &DashboardPage::demoRequested, m_demoAction, &QAction::trigger);
    m_pages[index(PageId::Dashboard)] = dashboard;
    m_pages[index(PageId::Engagement)] = new EngagementPage(*m_session, m_stack);
    m_pages[index(PageId::Catalog)] = new CatalogPage(*m_session, m_languages, m_stack);
    m_pages[index(PageId::Documents)] = new DocumentsPage(*m_session, m_stack);
    m_pages[index(PageId::GapAnalysis)] = new GapAnalysisPage(*m_session, m_stack);
    auto* audits = new AuditsPage(*m_session, m_stack);
    auto* findings = new FindingsPage(*m_session, m_stack);
    connect(audits, &AuditsPage::findingRaised, this, [this, findings](qint64 id) {
        findings->showFinding(id);
        showPage(PageId::Findings);
    });
    m_pages[index(PageId::Audits)] = audits;
    m_pages[index(PageId::Findings)] = findings;
    m_pages[index(PageId::Reports)] = new ReportsPage(*m_session, m_stack);
    for (Page* page : m_pages) {
        m_stack->addWidget(page);
        m_sidebar->addEntry(page->title());
    }
}

void MainWindow::createActions()
{
    const auto make = [this](const char* name, QKeySequence::StandardKey key, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // Each first commits an edit still in progress, to the workspace it was made in.
    m_newAction = make("actionNew", QKeySequence::New, [this] {
        commitPendingEdit();
        m_controller->newWorkspace();
    });
    m_openAction = make("actionOpen", QKeySequence::Open, [this] {
        commitPendingEdit();
        m_controller->openWorkspace();
    });
    m_demoAction = make("actionOpenDemo", QKeySequence::UnknownKey, [this] {
        commitPendingEdit();
        m_controller->openDemo();
    });
    m_closeAction = make("actionClose", QKeySequence::Close, [this] {
        commitPendingEdit();
        m_controller->closeWorkspace();
    });
    m_quitAction = make("actionQuit", QKeySequence::Quit, [this] { close(); });
    if (m_quitAction->shortcuts().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_preferencesAction = make("actionPreferences", QKeySequence::Preferences, [this] { showPreferences(); });
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction = make("actionAbout", QKeySequence::UnknownKey, [this] { showAbout(); });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make("actionAboutQt", QKeySequence::UnknownKey, [] { QApplication::aboutQt(); });
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createMenus()
{
    m_recentMenu = new RecentFilesMenu(*m_recent, this);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, [this](const QString& file) {
        commitPendingEdit();
        m_controller->openFile(file);
    });
    m_languageMenu = new LanguageMenu(m_languages, this);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->menuAction()->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addActions({m_newAction, m_openAction});
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->menuAction()->setObjectName(QStringLiteral("menuEdit"));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->menuAction()->setObjectName(QStringLiteral("menuSettings"));
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsMenu->addAction(m_preferencesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->menuAction()->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addActions({m_aboutAction, m_aboutQtAction});
}

void MainWindow::installUndoActions()
{
    // The stack's actions carry their text prefix from creation, so they are made again for
    // each language.
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_editMenu->addActions({m_undoAction, m_redoAction});
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_demoAction->setText(tr("Open &Demo"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_aboutAction->setText(tr("&About %1").arg(QLatin1String(cw::kProductName)));
    m_aboutQtAction->setText(tr("About &Qt"));
    installUndoActions();
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        m_sidebar->setEntryText(static_cast<int>(i), m_pages[i]->title());
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString product = QLatin1String(cw::kProductName);
    if (!m_session->isOpen()) {
        setWindowTitle(product);
        return;
    }
    QString name;
    m_session->run([&](cw::Workspace& ws) { name = QString::fromStdString(cw::loadEngagement(ws).name); });
    QString file = QFileInfo(m_session->filePath()).fileName();
    if (m_session->isReadOnly())
        file = tr("%1 (read-only)").arg(file);
    setWindowTitle(QStringLiteral("%1 — %2 — %3").arg(name, file, product));
}

void MainWindow::updateActions()
{
    m_closeAction->setEnabled(m_session->isOpen());
}

void MainWindow::reportError(const QString& message)
{
    // While the page check of a workspace just opened runs, a failed read may be the damage the
    // check is about to report with its own message: hold it until the check has answered.
    if (m_controller->checking()) {
        if (m_heldError.isEmpty())
            m_heldError = message;
        return;
    }
    MessageBoxes::critical(this, tr("Change Not Saved"), message);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(AppSettings::actor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setActor(dialog.actor());
    m_session->setActor(dialog.actor());
}

void MainWindow::showAbout()
{
    // The libraries the program is built with and their licenses (names are not translated).
    static constexpr std::array<std::array<const char*, 2>, 8> kLibraries{{
        {"Qt " QT_VERSION_STR, "LGPL-3.0"},
        {"SQLite", QT_TR_NOOP("Public domain")},
        {"SQLiteCpp", "MIT"},
        {"Boost", "BSL-1.0"},
        {"nlohmann/json", "MIT"},
        {"yaml-cpp", "MIT"},
        {"libxlsxwriter", "BSD-2-Clause"},
        {"zlib", "Zlib"},
    }};
    QString libraries;
    for (const auto& [name, license] : kLibraries)
        libraries += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;%2</td></tr>")
                         .arg(QLatin1String(name), tr(license));
    const QString text =
        QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4</p><p>%5</p><table>%6</table><p>%7</p>")
            .arg(QLatin1String(cw::kProductName), QLatin1String(cw::kVersion),
                 tr("A workbench for ISO/IEC 20000-1 certification projects: scope, gap analysis, documents, "
                    "audits, findings and corrective actions."),
                 tr("Copyright © 2026 the Conformance Workbench developers. Released under the MIT License."),
                 tr("Built with these libraries, under their own licenses:"), libraries,
                 tr("Reports embed the Noto Sans CJK fonts (SIL Open Font License 1.1). ISO/IEC standards "
                    "are copyrighted by ISO and IEC; the catalogs hold only clause numbers and titles, "
                    "with questions and guidance written by us."));
    MessageBoxes::show(this, QMessageBox::NoIcon, tr("About %1").arg(QLatin1String(cw::kProductName)), text,
                       QMessageBox::Ok, QMessageBox::Ok);
}

Page* MainWindow::page(PageId id) const
{
    return m_pages[index(id)];
}

void MainWindow::showPage(PageId id)
{
    m_sidebar->setCurrentRow(static_cast<int>(index(id)));
    m_stack->setCurrentIndex(static_cast<int>(index(id)));
}

PageId MainWindow::currentPage() const
{
    return static_cast<PageId>(m_stack->currentIndex());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::commitPendingEdit()
{
    // Fields commit when they lose focus (see EngagementPage); a shortcut does not move it.
    if (QWidget* focused = focusWidget())
        focused->clearFocus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    commitPendingEdit();
    m_backup->backupIfChanged(); // a last copy when there were changes since the one before
    AppSettings::setWindow(saveGeometry(), saveState());
    event->accept();
}

} // namespace cw::ui
