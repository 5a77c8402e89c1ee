// report: the readiness report and the other deliverables in PDF, ODT, HTML, XLSX, CSV or JSON.
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "common/Error.h"
#include "engagement/Engagement.h"
#include "signing/KeyStore.h"
#include "storage/Checkpoint.h"

#include "builders/ReportExport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <ostream>

namespace cw::cli {

namespace {

/// Qt's own diagnostics (e.g. about XDG_RUNTIME_DIR under the offscreen platform) are not the
/// user's concern: the command reports its own errors. Only fatal messages get through.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg)
        std::fputs((message.toLocal8Bit() + '\n').constData(), stderr);
}

/// PDF, ODT and XLSX lay text out with fonts and paint charts: they need a QGuiApplication. The
/// CLI makes an offscreen one only for them, and only when the process has none.
std::unique_ptr<QGuiApplication> guiForRendering()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 3;
    static char arg0[] = "conformance";
    static char arg1[] = "-platform";
    static char arg2[] = "offscreen";
    static char* argv[] = {arg0, arg1, arg2, nullptr};
    qInstallMessageHandler(quietQtMessages);
    return std::make_unique<QGuiApplication>(argc, argv);
}

std::string defaultOutput(const std::string& workspace, report::ReportKind kind, report::ReportFormat format,
                          const std::string& lang)
{
    const auto stem = std::filesystem::path(workspace).stem().string();
    return stem + "-" + std::string(report::toString(kind)) + "-" + lang + "." +
           std::string(report::toString(format));
}

Command reportCommand()
{
    Command c;
    c.name = "report";
    c.args = "FILE --format pdf|odt|html|xlsx|csv|json [--kind KIND] [--lang zh|en] [-o OUT]";
    c.summary = "Write the readiness report, gap analysis, audit report, registers or SoA.";
    c.options = [](po::options_description& o, po::positional_options_description& p) {
        o.add_options()("file", po::value<std::string>()->required(),
                        "workspace file")("kind", po::value<std::string>()->default_value("readiness"),
                                          "readiness, gap, audit, documents, findings or soa")(
            "format", po::value<std::string>()->required(), "pdf, odt, html, xlsx, csv or json")(
            "lang", po::value<std::string>(), "zh or en (default: the engagement's language)")(
            "assessment", po::value<std::string>()->default_value(""),
            "gap and soa: the assessment's name (default: the latest)")(
            "audit", po::value<std::string>()->default_value(""),
            "audit: the audit's code (default: the latest completed)")(
            "output,o", po::value<std::string>()->default_value(""),
            "output file; '-' or none writes html, csv and json to standard output, and pdf, odt and "
            "xlsx to FILE-KIND-LANG.EXT in the current directory");
        p.add("file", 1);
    };
    c.run = [](const po::variables_map& vm, Io& io) {
        const auto kindText = vm["kind"].as<std::string>();
        const auto formatText = vm["format"].as<std::string>();
        const auto kind = report::reportKindFromString(kindText);
        if (!kind)
            throw Error(ErrorCode::Usage, "unknown report kind '" + kindText +
                                              "' (choose readiness, gap, audit, documents, findings, soa)");
        const auto format = report::reportFormatFromString(formatText);
        if (!format)
            throw Error(ErrorCode::Usage,
                        "unknown format '" + formatText + "' (choose pdf, odt, html, xlsx, csv, json)");
        std::string lang;
        if (vm.count("lang")) {
            lang = vm["lang"].as<std::string>();
            if (lang != "en" && lang != "zh")
                throw Error(ErrorCode::Usage, "unknown report language '" + lang + "' (choose zh, en)");
        }
        if (!vm["assessment"].as<std::string>().empty() && *kind != report::ReportKind::Gap &&
            *kind != report::ReportKind::Soa)
            throw Error(ErrorCode::Usage, "--assessment applies to the gap and soa reports only");
        if (!vm["audit"].as<std::string>().empty() && *kind != report::ReportKind::Audit)
            throw Error(ErrorCode::Usage, "--audit applies to the audit report only");

        const auto file = vm["file"].as<std::string>();
        // Every export states a signed trail head (a checkpoint, made unless this key signed this
        // head already), which needs write access; a workspace another program writes to, or a
        // read-only file, is read and stated unsigned.
        std::unique_ptr<Workspace> ws;
        try {
            ws = openWorkspace(file, OpenMode::ReadWrite);
        } catch (const Error& e) {
            if (e.code() != ErrorCode::AlreadyOpen)
                throw;
            ws = openWorkspace(file, OpenMode::ReadOnly);
        }
        if (!ws->isReadOnly())
            (void)writeCheckpointIfMoved(*ws, signing::loadOrCreateUserKey());
        if (lang.empty())
            lang = loadEngagement(*ws).language == "zh" ? "zh" : "en";
        report::ReportRequest request;
        request.kind = *kind;
        request.format = *format;
        request.language = QString::fromStdString(lang);
        request.assessment = vm["assessment"].as<std::string>();
        request.audit = vm["audit"].as<std::string>();

        const bool needsGui = *format != report::ReportFormat::Json && *format != report::ReportFormat::Csv;
        const auto gui = needsGui ? guiForRendering() : nullptr;
        std::string out = vm["output"].as<std::string>();
        const bool toStdout = (out.empty() || out == "-") && report::isTextFormat(*format);
        if (toStdout) {
            const QByteArray bytes = report::reportText(*ws, request);
            io.out.write(bytes.constData(), bytes.size());
            return 0;
        }
        if (out.empty() || out == "-")
            out = defaultOutput(file, *kind, *format, lang);
        report::writeReport(*ws, request, QString::fromStdString(out));
        io.out << "Wrote " << out << "\n";
        return 0;
    };
    return c;
}

} // namespace

std::vector<Command> reportCommands()
{
    return {reportCommand()};
}

} // namespace cw::cli
