// Writing report files: a failed write names its cause and leaves no partial file.
#include "TestSupport.h"

#include "OdtRenderer.h"
#include "PdfRenderer.h"
#include "ReportDocument.h"
#include "XlsxRenderer.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace cw::report;
namespace fs = std::filesystem;

namespace {

ReportDocument small()
{
    ReportDocument d;
    d.language = QStringLiteral("en");
    d.title = QStringLiteral("Readiness report");
    d.cover.title = d.title;
    d.blocks << Heading{1, QStringLiteral("Gap analysis")};
    d.blocks << Paragraph{QStringLiteral("Overall readiness is 82 %."), Paragraph::Tone::Normal};
    Table t;
    t.sheetName = QStringLiteral("Clauses");
    t.headers = {QStringLiteral("Clause"), QStringLiteral("Readiness")};
    t.rows << QStringList{QStringLiteral("4.1"), QStringLiteral("0.8")};
    d.blocks << t;
    return d;
}

} // namespace

TEST_CASE("a report that cannot be written names the cause, not \"(Unknown error)\"",
          "[report][bounds][failure]")
{
    const ReportDocument doc = small();
    // /dev/full answers every write with ENOSPC, as a full disk does. (QSaveFile, used before, wrote
    // a temporary file beside it and renamed it over the device: "written", and /dev/full was gone.)
    REQUIRE(fs::is_character_file("/dev/full"));
    const QString pdf = renderPdf(doc, QStringLiteral("/dev/full"));
    CHECK(pdf.toStdString() == "/dev/full: the file cannot be written (No space left on device)");
    CHECK_FALSE(pdf.contains(QStringLiteral("Unknown error")));
    CHECK(renderOdt(doc, QStringLiteral("/dev/full")).contains(QStringLiteral("No space left on device")));
    CHECK(renderXlsx(doc, QStringLiteral("/dev/full")).contains(QStringLiteral("No space left on device")));
    CHECK(fs::is_character_file("/dev/full"));

    cwtest::TempDir dir;
    const QString missing = QString::fromStdString((dir / "no" / "report.pdf").string());
    CHECK(renderPdf(doc, missing).toStdString() ==
          (dir / "no" / "report.pdf").string() + ": the file cannot be created (No such file or directory)");

    // Where there is room: whole files, and nothing else in the folder.
    for (const char* name : {"r.pdf", "r.odt", "r.xlsx"}) {
        INFO(name);
        const QString path = QString::fromStdString((dir / name).string());
        const QString problem = std::string(name) == "r.pdf"   ? renderPdf(doc, path)
                                : std::string(name) == "r.odt" ? renderOdt(doc, path)
                                                               : renderXlsx(doc, path);
        CHECK(problem.isEmpty());
        CHECK(fs::file_size(dir / name) > 1000);
    }
    std::size_t files = 0;
    for (const auto& e : fs::directory_iterator(dir.path()))
        files += e.is_regular_file() ? 1 : 0;
    CHECK(files == 3);
}
