#pragma once

#include "documents/Document.h"

#include <QString>

#include <string>
#include <vector>

namespace cw::ui {

/// The clause links of a document as one line of text, as the Details tab edits them:
/// "8.6.1, 8.6.2, iso27001:2022 A.5.24". References of the workspace's main catalog stand alone;
/// others carry their catalog id before them.
class ClauseListText {
public:
    [[nodiscard]] static QString format(const std::vector<cw::ClauseLink>& links,
                                        const std::string& mainCatalog);
    /// Splits at commas, semicolons and line breaks; empty parts are skipped. The core checks
    /// that each clause exists.
    [[nodiscard]] static std::vector<cw::ClauseLink> parse(const QString& text,
                                                           const std::string& mainCatalog);
};

} // namespace cw::ui
