#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace cw::ui {

/// The file dialogs of the program, with a test seam: after setNextFileName(f) the next dialog is
/// not shown and returns f (an empty f means "cancelled"). The dialogs start in the directory
/// used last and remember the one chosen.
class FileDialogs {
public:
    [[nodiscard]] static QString getOpenFileName(QWidget* parent, const QString& caption,
                                                 const QString& filter);
    /// Does not ask about replacing an existing file: the caller refuses to overwrite.
    [[nodiscard]] static QString getSaveFileName(QWidget* parent, const QString& caption,
                                                 const QString& filter);

    static void setNextFileName(const QString& file);

private:
    [[nodiscard]] static std::optional<QString> takeNextFileName();
    [[nodiscard]] static QString startDirectory();
    static void remember(const QString& file);
    static std::optional<QString>& next();
};

} // namespace cw::ui
