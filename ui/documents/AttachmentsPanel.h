#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#endif

#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw::ui {

/// The Attachments tab: the files stored with each version (name, version, size, SHA-256, when
/// and by whom), newest version first. Files can be added with a button or by dropping them
/// onto the tab; they go to the current version while it is a draft or in review. It does not
/// write: the page turns requests into undoable steps.
class AttachmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentsPanel(QWidget* parent = nullptr);

    void showVersions(const std::vector<cw::DocumentVersion>& versions);
    void setReadOnly(bool readOnly);
    void retranslateUi();
    /// The selected attachment's id, or 0.
    [[nodiscard]] std::int64_t selectedAttachment() const;
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    /// Whether files can be added now (a current version open for changes, writable workspace).
    [[nodiscard]] bool acceptsFiles() const;

Q_SIGNALS:
    void addRequested();
    void filesDropped(const QStringList& files);
    void exportRequested(std::int64_t attachmentId);
    void openRequested(std::int64_t attachmentId);
    void removeRequested(std::int64_t attachmentId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateButtons();

    std::vector<cw::DocumentVersion> m_versions;
    bool m_readOnly = false;
    QLabel* m_hint;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_export;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace cw::ui
