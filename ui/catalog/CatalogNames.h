#pragma once

#include "catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace cw::ui {

/// How the catalog page names things: localized catalog texts, document kinds and levels, mapping
/// relations, process groups and themes, in the current language.
class CatalogNames {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::CatalogNames)
public:
    /// `text` in `language` ("en" or "zh"), falling back to the other one.
    [[nodiscard]] static QString in(const cw::LocalizedText& text, const QString& language);
    /// `text` in the language other than `language`; empty when it is missing or the same.
    [[nodiscard]] static QString other(const cw::LocalizedText& text, const QString& language);
    /// The standard's designation from a catalog title: "ISO/IEC 27001:2022" for "ISO/IEC
    /// 27001:2022 Information security…" with edition "2022"; the whole title otherwise.
    [[nodiscard]] static QString shortName(const cw::LocalizedText& title, const std::string& edition,
                                           const QString& language);

    /// Where a workspace's catalog came from: "imported from a CSV checklist".
    [[nodiscard]] static QString origin(cw::CatalogOrigin origin);
    [[nodiscard]] static QString kind(cw::DocumentKind kind);
    /// "Level 2"
    [[nodiscard]] static QString level(int level);
    /// "procedure": what a document of that level usually is.
    [[nodiscard]] static QString levelMeaning(int level);
    [[nodiscard]] static QString relation(cw::MappingRelation relation);
    /// An Annex A theme ("organizational"…); unknown ids are shown as they are.
    [[nodiscard]] static QString theme(const std::string& theme);
};

} // namespace cw::ui
