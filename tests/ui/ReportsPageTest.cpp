#include "UiTestSupport.h"

#include "reports/ReportsPage.h"
#include "shell/FileDialogs.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "shell/WorkspaceSession.h"
#include "storage/AuditChain.h"
#include "storage/Checkpoint.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

using cw::ui::MainWindow;
using cw::ui::MessageBoxes;
using cw::ui::PageId;
using cw::ui::ReportsPage;

namespace {

struct ReportsWindow {
    explicit ReportsWindow(cwtest::UiFixture& fx)
        : window(fx.languages())
    {
        ReportsPage::setUrlOpener([this](const QUrl& url) {
            opened.append(url);
            return true;
        });
        REQUIRE(window.controller().openDemo());
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::Reports);
        page = qobject_cast<ReportsPage*>(window.page(PageId::Reports));
        REQUIRE(page);
        cwtest::processEvents();
    }
    ~ReportsWindow() { ReportsPage::setUrlOpener({}); }
    ReportsWindow(const ReportsWindow&) = delete;
    ReportsWindow& operator=(const ReportsWindow&) = delete;

    QComboBox* combo(const char* name) const
    {
        auto* c = page->findChild<QComboBox*>(QLatin1String(name));
        REQUIRE(c);
        return c;
    }
    void choose(const char* name, const QString& data) const
    {
        QComboBox* c = combo(name);
        const int index = c->findData(data);
        REQUIRE(index >= 0);
        c->setCurrentIndex(index);
        Q_EMIT c->activated(index);
        cwtest::processEvents();
    }
    QString previewText() const
    {
        // The report is gathered on a worker thread; wait for it to be laid out.
        REQUIRE(QTest::qWaitFor([this] { return !page->previewBusy(); }, 15000));
        auto* preview = page->findChild<QTextBrowser*>(QStringLiteral("reportPreview"));
        REQUIRE(preview);
        return preview->toPlainText();
    }
    /// Clicks Export… and answers the file dialog with `file` and the result box with `answer`.
    void exportTo(const QString& file, QMessageBox::StandardButton answer = QMessageBox::Close)
    {
        cw::ui::FileDialogs::setNextFileName(file);
        MessageBoxes::setNextAnswer(answer);
        page->findChild<QPushButton*>(QStringLiteral("exportReport"))->click();
        cwtest::processEvents();
    }

    MainWindow window;
    ReportsPage* page = nullptr;
    QList<QUrl> opened;
};

QByteArray contents(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("the reports page previews the demo's readiness report in the engagement's language", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    CHECK(rw.combo("reportKind")->currentData().toString() == QStringLiteral("readiness"));
    CHECK(rw.combo("reportLanguage")->currentData().toString() == QStringLiteral("en")); // the demo's
    const QString english = rw.previewText();
    CHECK(english.contains(QStringLiteral("Readiness")));
    CHECK(english.contains(QStringLiteral("S1.1")));

    rw.choose("reportLanguage", QStringLiteral("zh"));
    CHECK(rw.previewText().contains(QStringLiteral("认证准备度报告")));
    CHECK(rw.page->title() == QStringLiteral("Reports")); // the UI stays English

    rw.choose("reportKind", QStringLiteral("findings"));
    CHECK_FALSE(rw.previewText().isEmpty());
    CHECK(rw.previewText() != english);
}

TEST_CASE("exporting the readiness report writes PDF and JSON in the chosen language", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    MessageBoxes::reset();

    rw.choose("reportFormat", QStringLiteral("pdf"));
    rw.exportTo(fx.path("readiness")); // the suffix is added
    const QByteArray pdf = contents(fx.path("readiness.pdf"));
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.size() > 10000);
    CHECK(rw.opened.isEmpty()); // answered Close

    rw.choose("reportLanguage", QStringLiteral("zh"));
    rw.choose("reportFormat", QStringLiteral("json"));
    rw.exportTo(fx.path("readiness.json"), QMessageBox::Open);
    const QJsonDocument json = QJsonDocument::fromJson(contents(fx.path("readiness.json")));
    REQUIRE(json.isObject());
    CHECK(json[QStringLiteral("kind")].toString() == QStringLiteral("readiness"));
    CHECK(json[QStringLiteral("language")].toString() == QStringLiteral("zh"));
    CHECK(json[QStringLiteral("verdict")][QStringLiteral("level")].isString());
    REQUIRE(rw.opened.size() == 1);
    CHECK(rw.opened.front() == QUrl::fromLocalFile(fx.path("readiness.json")));
}

TEST_CASE("every report kind exports in its chosen format", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    const std::pair<const char*, const char*> cases[] = {{"gap", "xlsx"},      {"documents", "csv"},
                                                         {"findings", "html"}, {"audit", "odt"},
                                                         {"readiness", "csv"}, {"documents", "json"}};
    for (const auto& [kind, format] : cases) {
        INFO(kind << " as " << format);
        rw.choose("reportKind", QLatin1String(kind));
        rw.choose("reportFormat", QLatin1String(format));
        const QString file = fx.path(std::string(kind) + "." + format);
        rw.exportTo(file);
        const QByteArray bytes = contents(file);
        CHECK(bytes.size() > 100);
        const QString f = QLatin1String(format);
        if (f == QLatin1String("xlsx") || f == QLatin1String("odt"))
            CHECK(bytes.startsWith("PK"));
        else if (f == QLatin1String("csv"))
            CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        else if (f == QLatin1String("html"))
            CHECK(bytes.contains("<html"));
        else
            CHECK(QJsonDocument::fromJson(bytes)[QStringLiteral("kind")].toString() == QLatin1String(kind));
    }
}

TEST_CASE("an export that cannot be written says so and names the file", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    MessageBoxes::reset();
    const QString file = fx.path("no-such-folder/report.pdf");
    rw.exportTo(file, QMessageBox::Ok);
    CHECK_FALSE(QFile::exists(file));
    REQUIRE_FALSE(MessageBoxes::shownTexts().isEmpty());
    CHECK(MessageBoxes::shownTexts().back().contains(QDir::toNativeSeparators(file)));
    CHECK(rw.opened.isEmpty());
}

TEST_CASE("a report the workspace cannot give is explained in the preview and on export", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    MessageBoxes::reset();
    rw.choose("reportKind", QStringLiteral("soa")); // the demo has no ISO/IEC 27001 assessment
    CHECK(rw.previewText().contains(QStringLiteral("iso27001:2022")));
    const QString file = fx.path("soa.pdf");
    rw.exportTo(file, QMessageBox::Ok);
    CHECK_FALSE(QFile::exists(file));
    REQUIRE_FALSE(MessageBoxes::shownTexts().isEmpty());
    CHECK(MessageBoxes::shownTexts().back().contains(QStringLiteral("iso27001:2022")));
}

TEST_CASE("an existing file is replaced only when the user agrees", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    const QString file = fx.path("report.json");
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep");
    }
    rw.choose("reportFormat", QStringLiteral("json"));
    rw.exportTo(file, QMessageBox::Cancel);
    CHECK(contents(file) == "keep");
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    rw.exportTo(file, QMessageBox::Close);
    CHECK(contents(file).startsWith("{"));
}

TEST_CASE("with no workspace the reports page says so", "[reports]")
{
    cwtest::UiFixture fx;
    MainWindow window(fx.languages());
    auto* page = qobject_cast<ReportsPage*>(window.page(PageId::Reports));
    REQUIRE(page);
    CHECK(page->findChild<QComboBox*>(QStringLiteral("reportKind"))->isHidden() == false);
    CHECK_FALSE(page->findChild<QComboBox*>(QStringLiteral("reportKind"))->isVisibleTo(page));
}

TEST_CASE("reports page screenshot", "[.][screenshot]")
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    cwtest::UiFixture fx;
    for (const char* language : {"en", "zh"}) {
        fx.languages().setLanguage(QLatin1String(language));
        ReportsWindow rw(fx);
        QTest::qWait(400); // the preview is laid out again for the shown width
        cwtest::processEvents();
        REQUIRE(rw.window.grab().save(
            QDir(dir).filePath(QStringLiteral("reports-%1.png").arg(QLatin1String(language)))));
    }
}

TEST_CASE("an export in progress can be cancelled and leaves no file behind", "[reports]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    rw.choose("reportFormat", QStringLiteral("pdf"));
    QSignalSpy cancelled(rw.page, &ReportsPage::exportCancelled);
    const QString file = fx.path("cancelled.pdf");
    bool sawProgress = false;
    // The progress dialog is up while the worker writes; Cancel it as soon as it shows.
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* progress = rw.page->findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        if (progress && progress->isVisible()) {
            sawProgress = true;
            poll.stop();
            if (auto* button = progress->findChild<QPushButton*>())
                button->click(); // the user presses Cancel
        }
    });
    poll.start();
    cw::ui::FileDialogs::setNextFileName(file);
    MessageBoxes::setNextAnswer(QMessageBox::Close); // only used if the cancel came too late
    CHECK(rw.page->exportReport().isEmpty());
    MessageBoxes::reset();
    CHECK(sawProgress);
    CHECK(cancelled.size() == 1);
    // The worker ends on its own and removes its partial file; the target never appears.
    const QString partial = QDir(fx.path("")).filePath(QStringLiteral(".cancelled.pdf.partial"));
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(partial), 15000);
    QTest::qWait(50);
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK(MessageBoxes::shownTexts().isEmpty());

    SECTION("the next export runs to the end")
    {
        rw.exportTo(fx.path("after.pdf"));
        CHECK(contents(fx.path("after.pdf")).startsWith("%PDF"));
    }
}

TEST_CASE("an exported report states the trail head it signed, and closing signs a moved trail",
          "[reports][checkpoint]")
{
    cwtest::UiFixture fx;
    ReportsWindow rw(fx);
    cw::Workspace* ws = rw.window.session().workspace();
    REQUIRE(ws);
    REQUIRE_FALSE(ws->isReadOnly());
    const auto file = ws->file();
    const auto before = cw::listCheckpoints(*ws).size();

    rw.choose("reportFormat", QStringLiteral("json"));
    const QString out = fx.path("trail.json");
    rw.exportTo(out);
    REQUIRE(QFileInfo::exists(out));
    const auto trail =
        QJsonDocument::fromJson(contents(out)).object().value(QStringLiteral("trail")).toObject();
    const auto head = cw::chainHead(ws->db());
    CHECK(trail.value(QStringLiteral("entry_id")).toInteger() == head.second);
    CHECK(trail.value(QStringLiteral("head_hash")).toString().toStdString() == head.first);
    const auto checkpoint = trail.value(QStringLiteral("checkpoint")).toObject();
    CHECK(checkpoint.value(QStringLiteral("signer")).toString().toStdString() == ws->actor());
    const auto signedOnExport = cw::listCheckpoints(*ws);
    REQUIRE(signedOnExport.size() == before + 1);
    CHECK(signedOnExport.back().entryId == head.second);

    // A change, then closing: the new head is signed; no change: nothing more.
    ws->write("Test",
              [&](cw::WriteContext& ctx) { ctx.record("engagement", "1", "note", std::nullopt, "x"); });
    rw.window.session().close();
    {
        auto reopened = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
        const auto all = cw::listCheckpoints(*reopened);
        REQUIRE(all.size() == before + 2);
        CHECK(all.back().entryId == head.second + 1);
        CHECK(cw::verifyCheckpoints(*reopened).ok());
    }
    rw.window.session().setWorkspace(cw::Workspace::open(file));
    rw.window.session().close();
    auto reopened = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    CHECK(cw::listCheckpoints(*reopened).size() == before + 2);
}
