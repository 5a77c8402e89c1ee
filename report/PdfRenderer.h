#pragma once

#include "ReportDocument.h"

#include <QString>

namespace cw::report {

/// Writes an A4 PDF: vector text with the fonts embedded (Chinese stays extractable), a running
/// header, "page n of N" footers and a table of contents with page numbers.
/// Returns an empty string on success, else a message naming the file.
[[nodiscard]] QString renderPdf(const ReportDocument& doc, const QString& path);

} // namespace cw::report
