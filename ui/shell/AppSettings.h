#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw::ui {

/// The user's settings, in one place: QSettings of organisation "ConformanceWorkbench",
/// application "conformance-workbench" (on Linux ~/.config/ConformanceWorkbench/conformance-workbench.conf).
class AppSettings {
public:
    static constexpr const char* kOrganization = "ConformanceWorkbench";
    static constexpr const char* kApplication = "conformance-workbench";

    /// "en" or "zh"; empty before the user (or the first start) chose one.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString& language);

    /// The name recorded in the audit trail; empty means the operating-system user.
    [[nodiscard]] static QString actor();
    static void setActor(const QString& actor);

    /// Most recent first.
    [[nodiscard]] static QStringList recentFiles();
    static void setRecentFiles(const QStringList& files);

    /// Where the file dialogs start.
    [[nodiscard]] static QString lastDirectory();
    static void setLastDirectory(const QString& dir);

    [[nodiscard]] static QByteArray windowGeometry();
    [[nodiscard]] static QByteArray windowState();
    static void setWindow(const QByteArray& geometry, const QByteArray& state);
};

} // namespace cw::ui
