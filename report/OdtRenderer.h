#pragma once

#include "ReportDocument.h"

#include <QString>

namespace cw::report {

/// Writes an OpenDocument text file (LibreOffice, Word). Returns an empty string on success,
/// else a message naming the file.
[[nodiscard]] QString renderOdt(const ReportDocument& doc, const QString& path);

} // namespace cw::report
