#pragma once

#include "ReportDocument.h"

#include <QString>

#include <string>

namespace cw {
class Workspace;
}

namespace cw::report {

/// The other reports, laid out in `language` ("en" or "zh"). Each throws cw::Error(NotFound)
/// naming what is missing.

/// Gap analysis report of the assessment named `assessment` ("" = the latest): scores per catalog
/// and clause, then every requirement with its result, then the prioritised gaps.
[[nodiscard]] ReportDocument gapDocument(Workspace& ws, const std::string& assessment,
                                         const QString& language);
/// Audit report of the audit with `code` ("" = the latest completed one): scope, team, summary,
/// checklist results, findings, independence notes.
[[nodiscard]] ReportDocument auditDocument(Workspace& ws, const std::string& code, const QString& language);
/// The document register with the coverage of the required documented information.
[[nodiscard]] ReportDocument documentRegisterDocument(Workspace& ws, const QString& language);
/// The findings register with the open corrective actions.
[[nodiscard]] ReportDocument findingsDocument(Workspace& ws, const QString& language);
/// Statement of Applicability for ISO/IEC 27001:2022 Annex A from the assessment named
/// `assessment` ("" = the latest covering ISO/IEC 27001:2022): each control applicable or not with
/// its justification and implementation status.
[[nodiscard]] ReportDocument soaDocument(Workspace& ws, const std::string& assessment,
                                         const QString& language);

} // namespace cw::report
