#pragma once

#include "ReportDocument.h"

#include <QList>
#include <QString>
#include <QTextDocument>

#include <memory>

namespace cw::report {

/// Builds a QTextDocument (for PDF and ODT) from a ReportDocument.
class TextDocumentBuilder {
public:
    struct Options {
        double contentWidth = 680.0; ///< width of the text area in document units (pixels at 96 dpi)
        bool pageBreaks = true;      ///< cover and chapters start on a new page
        /// Page number of each level-1 heading for the table of contents; empty: no numbers.
        QList<int> tocPages;
        /// Rows shown of each table (0: all); a preview shows the first ones and says how many
        /// more the written report holds.
        int maxTableRows = 0;
    };

    /// The report font: Noto Sans CJK SC when installed (Chinese and Latin), else the default.
    [[nodiscard]] static QString fontFamily();

    [[nodiscard]] static std::unique_ptr<QTextDocument> build(const ReportDocument& doc,
                                                              const Options& options);
    /// Number of level-1 headings (the TOC entries).
    [[nodiscard]] static int chapterCount(const ReportDocument& doc);
};

} // namespace cw::report
