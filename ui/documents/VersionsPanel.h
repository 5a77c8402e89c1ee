#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#include "documents/DocumentVersions.h"
#endif

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw::ui {

/// The Version history tab: every version of the document, newest first, with its status,
/// change summary, author and effective date; under each version its status moves (who, when,
/// comment). Buttons start a new minor or major version and edit the change summary of a
/// version not yet approved. It does not write: the page turns requests into undoable steps.
class VersionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit VersionsPanel(QWidget* parent = nullptr);

    void showVersions(const std::vector<cw::DocumentVersion>& versions);
    void setReadOnly(bool readOnly);
    void retranslateUi();
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    void newVersionRequested(cw::VersionStep step);
    void summaryEditRequested(std::int64_t versionId, const QString& current);

private:
    void updateButtons();

    std::vector<cw::DocumentVersion> m_versions;
    bool m_readOnly = false;
    QLabel* m_hint;
    QTreeWidget* m_tree;
    QPushButton* m_minor;
    QPushButton* m_major;
    QPushButton* m_summary;
};

} // namespace cw::ui
