#pragma once

#include <QString>

#include <filesystem>

namespace cw::ui {

/// A file name from the UI as the core expects it (no loss of non-ASCII characters on any OS).
[[nodiscard]] std::filesystem::path toPath(const QString& file);
/// A core path as the UI shows it, with native separators.
[[nodiscard]] QString fromPath(const std::filesystem::path& file);

} // namespace cw::ui
