#pragma once

#include "ReportDocument.h"

#include <QString>

namespace cw::report {

/// Writes an XLSX workbook through libxlsxwriter: a summary sheet (cover facts and key values),
/// then one real sheet per named table, with a bold header row, autofilter, frozen header and
/// column widths. Returns an empty string on success, else a message naming the file.
[[nodiscard]] QString renderXlsx(const ReportDocument& doc, const QString& path);

/// A valid, unique sheet name (<= 31 characters, none of []:*?/\).
[[nodiscard]] QString sheetName(const QString& wanted, const QStringList& taken);

} // namespace cw::report
