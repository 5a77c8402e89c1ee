#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>

namespace cw::ui {

/// User-facing names of the core's entity keys, in the current language. Keys this version
/// does not know are shown humanized ("risk_register" -> "Risk register").
class EntityNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::EntityNames)
public:
    /// A kind of record as counted by cw::workspaceInfo: "documents" -> "Documents".
    [[nodiscard]] static QString plural(const std::string& key);
    /// An entity of the audit trail: "document" -> "Document".
    [[nodiscard]] static QString singular(const std::string& key);
    [[nodiscard]] static QString humanized(const std::string& key);
};

} // namespace cw::ui
