#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace cw {
class Workspace;
struct TrailStatement;
} // namespace cw

namespace cw::report {

/// The reports the product writes (docs/report-format.md).
enum class ReportKind { Readiness, Gap, Audit, Documents, Findings, Soa };
enum class ReportFormat { Pdf, Odt, Html, Xlsx, Csv, Json };

/// "readiness", "gap", "audit", "documents", "findings", "soa".
[[nodiscard]] std::string_view toString(ReportKind k);
[[nodiscard]] std::optional<ReportKind> reportKindFromString(std::string_view s);
/// "pdf", "odt", "html", "xlsx", "csv", "json".
[[nodiscard]] std::string_view toString(ReportFormat f);
[[nodiscard]] std::optional<ReportFormat> reportFormatFromString(std::string_view s);
/// HTML, CSV and JSON are text (they may go to standard output).
[[nodiscard]] bool isTextFormat(ReportFormat f);

struct ReportRequest {
    ReportKind kind = ReportKind::Readiness;
    ReportFormat format = ReportFormat::Pdf;
    QString language = QStringLiteral("en"); ///< "en" or "zh", independent of the UI language
    std::string assessment;                  ///< gap report: the assessment's name ("" = latest)
    std::string audit;                       ///< audit report: the audit's code ("" = latest completed)
};

/// The report laid out for the renderers (also what a preview shows); its cover states the audit
/// trail it was made from (trailText). Throws cw::Error (NotFound for a missing assessment or audit).
[[nodiscard]] ReportDocument buildReportDocument(Workspace& ws, const ReportRequest& request);
/// The report as JSON (docs/report-format.md), with the "trail" object (trailJson).
[[nodiscard]] nlohmann::ordered_json buildReportJson(Workspace& ws, const ReportRequest& request);
/// "entry N, head <16 hex>..., checkpoint by X (ed25519:...) at T" in the report's language, or
/// "..., no checkpoint (read-only)": the trail a report was made from, for its cover.
[[nodiscard]] QString trailText(const TrailStatement& t, const QString& language);
/// {"entry_id", "head_hash", "checkpoint": {id, at, signer, public_key, fingerprint, signature} or
/// null, "read_only"}: the same for JSON reports.
[[nodiscard]] nlohmann::ordered_json trailJson(const TrailStatement& t);

/// The CSV of a report: its main table (readiness: the checklist), UTF-8 with a byte-order mark.
[[nodiscard]] QByteArray reportCsv(const ReportDocument& doc);

/// Builds the report and writes it to `path` in the requested format, atomically. Throws
/// cw::Error: NotFound as above, CannotOpen naming the file when it cannot be written.
/// Needs a QGuiApplication for PDF, ODT and XLSX (fonts, charts).
void writeReport(Workspace& ws, const ReportRequest& request, const QString& path);
/// HTML, CSV or JSON as bytes (UTF-8). Error(Usage) for the binary formats.
[[nodiscard]] QByteArray reportText(Workspace& ws, const ReportRequest& request);

} // namespace cw::report
