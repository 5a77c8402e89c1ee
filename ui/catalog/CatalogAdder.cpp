#include "catalog/CatalogAdder.h"

#include "catalog/BuiltinCatalogs.h"
#include "catalog/CatalogImport.h"
#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "common/LongAction.h"
#include "common/Paths.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QFileInfo>

#include <exception>

namespace cw::ui {

CatalogAdder::CatalogAdder(WorkspaceSession& session, QWidget* window)
    : m_session(session)
    , m_window(window)
{}

bool CatalogAdder::addBuiltin(const QString& id, const QString& name)
{
    cw::Workspace* ws = m_session.workspace();
    if (!ws || ws->isReadOnly())
        return false;
    const auto answer = MessageBoxes::show(
        m_window, QMessageBox::Question, tr("Add Catalog to Workspace"),
        tr("Add %1 to this workspace?\n\nIts requirements, and its mappings to the catalogs already in the "
           "workspace, are copied into the workspace file. This cannot be undone: a catalog cannot be "
           "removed from a workspace again.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Add to Workspace")}});
    if (answer != QMessageBox::Yes)
        return false;
    try {
        cw::addBuiltinCatalog(*ws, id.toStdString());
        return true;
    } catch (const std::exception& e) {
        showFailure(tr("Catalog Not Added"), tr("%1 could not be added to the workspace.").arg(name),
                    QString::fromStdString(e.what()));
    }
    return false;
}

QString CatalogAdder::importCatalog()
{
    if (!m_session.workspace() || m_session.isReadOnly())
        return {};
    const QString file = FileDialogs::getOpenFileName(m_window, tr("Import Catalog"),
                                                      tr("Catalogs (*.json *.yaml *.yml *.csv);;Catalog JSON "
                                                         "(*.json);;CISO Assistant library (*.yaml *.yml);;"
                                                         "CSV checklist (*.csv);;All files (*)"));
    return file.isEmpty() ? QString() : importFile(file);
}

QString CatalogAdder::importFile(const QString& file)
{
    cw::Workspace* ws = m_session.workspace();
    if (!ws || ws->isReadOnly())
        return {};
    // A large library (thousands of controls) takes a while to parse: on a worker, with Cancel.
    const QString name = QFileInfo(file).fileName();
    std::string id;
    std::string failure;
    LongAction action(m_session, m_window, tr("Importing %1…").arg(name), true);
    const auto outcome = action.run([&](cw::Workspace& lent, const cw::Progress& progress) {
        try {
            cw::reportProgress(progress, 0, 2);
            const cw::Catalog catalog = cw::readCatalogSource(toPath(file));
            cw::reportProgress(progress, 1, 2); // parsed: the last chance to stop
            cw::addCatalog(lent, catalog);
            id = catalog.id;
        } catch (const cw::Cancelled&) {
            throw;
        } catch (const std::exception& e) {
            failure = e.what(); // told below in this dialog's words, not as a bare core error
        }
    });
    if (outcome == LongAction::Outcome::Done && failure.empty())
        return QString::fromStdString(id);
    if (!failure.empty())
        showFailure(tr("Catalog Not Imported"), tr("The catalog in %1 could not be imported.").arg(name),
                    QString::fromStdString(failure));
    return {};
}

void CatalogAdder::showFailure(const QString& title, const QString& sentence, const QString& detail)
{
    MessageBoxes::critical(m_window, title, sentence + QStringLiteral("\n\n") + detail);
}

} // namespace cw::ui
