#include "builders/ReportExport.h"

#include "CsvWriter.h"
#include "HtmlRenderer.h"
#include "OdtRenderer.h"
#include "OutputWrite.h"
#include "PdfRenderer.h"
#include "XlsxRenderer.h"
#include "builders/ReadinessDocument.h"
#include "builders/RegisterDocuments.h"
#include "common/Error.h"
#include "common/Json.h"
#include "readiness/ReadinessJson.h"
#include "signing/KeyStore.h"
#include "storage/Checkpoint.h"
#include "storage/Workspace.h"

#include <array>

namespace cw::report {

namespace {

constexpr std::array<std::pair<ReportKind, std::string_view>, 6> kKinds{{
    {ReportKind::Readiness, "readiness"},
    {ReportKind::Gap, "gap"},
    {ReportKind::Audit, "audit"},
    {ReportKind::Documents, "documents"},
    {ReportKind::Findings, "findings"},
    {ReportKind::Soa, "soa"},
}};

constexpr std::array<std::pair<ReportFormat, std::string_view>, 6> kFormats{{
    {ReportFormat::Pdf, "pdf"},
    {ReportFormat::Odt, "odt"},
    {ReportFormat::Html, "html"},
    {ReportFormat::Xlsx, "xlsx"},
    {ReportFormat::Csv, "csv"},
    {ReportFormat::Json, "json"},
}};

/// The table a CSV export writes: the one named `sheet`, else the largest table.
const Table* mainTable(const ReportDocument& doc, const QString& sheet)
{
    const Table* best = nullptr;
    for (const auto& b : doc.blocks) {
        const auto* t = std::get_if<Table>(&b);
        if (!t)
            continue;
        if (!sheet.isEmpty() && t->sheetName == sheet)
            return t;
        if (!best || t->rows.size() > best->rows.size())
            best = t;
    }
    return best;
}

QString lang(const ReportRequest& r)
{
    return r.language == QLatin1String("zh") ? QStringLiteral("zh") : QStringLiteral("en");
}

nlohmann::ordered_json jsonHead(const ReportRequest& request, const std::string& generatedAt)
{
    return reportJsonHead(std::string(toString(request.kind)), lang(request).toStdString(), generatedAt);
}

/// Generic JSON of a laid-out report: its tables by sheet name (kinds other than readiness).
nlohmann::ordered_json tablesJson(const ReportDocument& doc, const ReportRequest& request,
                                  const std::string& at)
{
    auto j = jsonHead(request, at);
    j["title"] = doc.title.toStdString();
    nlohmann::ordered_json facts = nlohmann::ordered_json::array();
    for (const auto& [k, v] : doc.cover.facts)
        facts.push_back({{"label", k.toStdString()}, {"value", v.toStdString()}});
    j["facts"] = std::move(facts);
    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    for (const auto& b : doc.blocks) {
        const auto* t = std::get_if<Table>(&b);
        if (!t || t->sheetName.isEmpty())
            continue;
        nlohmann::ordered_json table;
        table["name"] = t->sheetName.toStdString();
        nlohmann::ordered_json headers = nlohmann::ordered_json::array();
        for (const auto& h : t->headers)
            headers.push_back(h.toStdString());
        table["headers"] = std::move(headers);
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& row : t->rows) {
            nlohmann::ordered_json cells = nlohmann::ordered_json::array();
            for (const auto& c : row)
                cells.push_back(c.toStdString());
            rows.push_back(std::move(cells));
        }
        table["rows"] = std::move(rows);
        tables.push_back(std::move(table));
    }
    j["tables"] = std::move(tables);
    return j;
}

} // namespace

std::string_view toString(ReportKind k)
{
    for (const auto& [kind, name] : kKinds)
        if (kind == k)
            return name;
    return {};
}

std::optional<ReportKind> reportKindFromString(std::string_view s)
{
    for (const auto& [kind, name] : kKinds)
        if (name == s)
            return kind;
    return std::nullopt;
}

std::string_view toString(ReportFormat f)
{
    for (const auto& [format, name] : kFormats)
        if (format == f)
            return name;
    return {};
}

std::optional<ReportFormat> reportFormatFromString(std::string_view s)
{
    for (const auto& [format, name] : kFormats)
        if (name == s)
            return format;
    return std::nullopt;
}

bool isTextFormat(ReportFormat f)
{
    return f == ReportFormat::Html || f == ReportFormat::Csv || f == ReportFormat::Json;
}

namespace {

ReportDocument buildContent(Workspace& ws, const ReportRequest& request)
{
    switch (request.kind) {
    case ReportKind::Readiness:
        return readinessDocument(buildReadinessReport(ws), lang(request));
    case ReportKind::Gap:
        return gapDocument(ws, request.assessment, lang(request));
    case ReportKind::Audit:
        return auditDocument(ws, request.audit, lang(request));
    case ReportKind::Documents:
        return documentRegisterDocument(ws, lang(request));
    case ReportKind::Findings:
        return findingsDocument(ws, lang(request));
    case ReportKind::Soa:
        return soaDocument(ws, request.assessment, lang(request));
    }
    throw Error(ErrorCode::Usage, "unknown report kind");
}

} // namespace

ReportDocument buildReportDocument(Workspace& ws, const ReportRequest& request)
{
    ReportDocument doc = buildContent(ws, request);
    doc.cover.facts << qMakePair(doc.t("Audit trail", "审计追踪"),
                                 trailText(trailStatement(ws), doc.language));
    return doc;
}

nlohmann::ordered_json buildReportJson(Workspace& ws, const ReportRequest& request)
{
    auto j = request.kind == ReportKind::Readiness
                 ? readinessReportJson(buildReadinessReport(ws), lang(request).toStdString())
                 : tablesJson(buildReportDocument(ws, request), request, formatUtc(ws.clock().now()));
    j["trail"] = trailJson(trailStatement(ws));
    return j;
}

QString trailText(const TrailStatement& t, const QString& language)
{
    const bool zh = language == QLatin1String("zh");
    const QString head = QString::fromStdString(t.headHash.substr(0, 16)) + QStringLiteral("...");
    QString text = zh ? QStringLiteral("条目 %1，链头 %2，").arg(t.entryId).arg(head)
                      : QStringLiteral("entry %1, head %2, ").arg(t.entryId).arg(head);
    if (t.checkpoint) {
        const QString signer = QString::fromStdString(t.checkpoint->signer);
        const QString key = QString::fromStdString(signing::fingerprintOf(t.checkpoint->publicKey));
        const QString at = QString::fromStdString(t.checkpoint->atUtc);
        return text + (zh ? QStringLiteral("检查点由 %1（%2）于 %3 签署").arg(signer, key, at)
                          : QStringLiteral("checkpoint by %1 (%2) at %3").arg(signer, key, at));
    }
    if (t.readOnly)
        return text + (zh ? QStringLiteral("无检查点（只读）") : QStringLiteral("no checkpoint (read-only)"));
    return text + (zh ? QStringLiteral("无检查点") : QStringLiteral("no checkpoint"));
}

nlohmann::ordered_json trailJson(const TrailStatement& t)
{
    nlohmann::ordered_json j;
    j["entry_id"] = t.entryId;
    j["head_hash"] = t.headHash;
    if (t.checkpoint) {
        j["checkpoint"] = {{"id", t.checkpoint->id},
                           {"at", t.checkpoint->atUtc},
                           {"signer", t.checkpoint->signer},
                           {"public_key", t.checkpoint->publicKey},
                           {"fingerprint", signing::fingerprintOf(t.checkpoint->publicKey)},
                           {"signature", t.checkpoint->signature}};
    } else {
        j["checkpoint"] = nullptr;
    }
    j["read_only"] = t.readOnly;
    return j;
}

QByteArray reportCsv(const ReportDocument& doc)
{
    CsvWriter csv;
    const QString sheet = doc.title == doc.t("Certification readiness report", "认证准备度报告")
                              ? readinessCsvSheet(doc.language)
                              : QString();
    if (const Table* t = mainTable(doc, sheet)) {
        csv.addRow(t->headers);
        for (const auto& row : t->rows)
            csv.addRow(row);
    }
    return csv.data();
}

QByteArray reportText(Workspace& ws, const ReportRequest& request)
{
    switch (request.format) {
    case ReportFormat::Json:
        return QByteArray::fromStdString(cw::dumpJson(buildReportJson(ws, request)) + "\n");
    case ReportFormat::Csv:
        return reportCsv(buildReportDocument(ws, request));
    case ReportFormat::Html:
        return renderHtml(buildReportDocument(ws, request)).toUtf8();
    default:
        throw Error(ErrorCode::Usage, std::string(toString(request.format)) + " is not a text format");
    }
}

void writeReport(Workspace& ws, const ReportRequest& request, const QString& path)
{
    QString problem;
    if (isTextFormat(request.format)) {
        const QByteArray bytes = reportText(ws, request);
        problem = writeReportFile(path, bytes);
    } else {
        const ReportDocument doc = buildReportDocument(ws, request);
        if (request.format == ReportFormat::Pdf)
            problem = renderPdf(doc, path);
        else if (request.format == ReportFormat::Odt)
            problem = renderOdt(doc, path);
        else
            problem = renderXlsx(doc, path);
    }
    if (!problem.isEmpty())
        throw Error(ErrorCode::CannotWrite, problem.toStdString());
}

} // namespace cw::report
