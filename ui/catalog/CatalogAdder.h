#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace cw::ui {

class WorkspaceSession;

/// Brings catalogs into the open workspace: a built-in one (after a confirmation, since the core
/// cannot take a catalog out again) or one imported from a file (JSON, CISO Assistant YAML or
/// CSV checklist). This is the UI boundary for these core calls: each failure is a message box
/// through MessageBoxes, and the workspace is left as it was.
class CatalogAdder {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::CatalogAdder)
public:
    CatalogAdder(WorkspaceSession& session, QWidget* window);

    /// Asks, then copies the built-in catalog `id` (named `name` to the user) into the
    /// workspace with its mappings to the catalogs already there. True when it was added.
    bool addBuiltin(const QString& id, const QString& name);
    /// Asks for a file and imports it; the new catalog's id, or empty.
    QString importCatalog();
    /// Reads `file` and adds the catalog in it; the new catalog's id, or empty.
    QString importFile(const QString& file);

private:
    void showFailure(const QString& title, const QString& sentence, const QString& detail);

    WorkspaceSession& m_session;
    QWidget* m_window;
};

} // namespace cw::ui
