#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace cw::ui {

/// Chooses an existing folder (to export attachments into), with a test seam like FileDialogs:
/// after setNextFolder(f) the next call is not shown and returns f (empty: cancelled).
class FolderDialog {
public:
    [[nodiscard]] static QString getExistingDirectory(QWidget* parent, const QString& caption);
    static void setNextFolder(const QString& folder);

private:
    static std::optional<QString>& next();
};

} // namespace cw::ui
