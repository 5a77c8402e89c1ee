#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type; ///< "unfinished", "vanished", "obsolete" or empty
};

std::vector<Message> readTs(const QString& file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    std::vector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements); // numerusforms too
            messages.push_back(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d"));
    QSet<QString> found;
    for (const auto& m : re.globalMatch(text))
        found.insert(m.captured().remove(QLatin1Char('L')));
    return found;
}

/// "&File", "Open &Recent": an ampersand marking an access key (not "&&" or " & ").
bool hasAccessKey(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

QString describe(const Message& m)
{
    return m.context + QStringLiteral(": ") + m.source;
}

} // namespace

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(CW_TEST_TS_DIR));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*_zh_CN.ts")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

TEST_CASE("every message of every Chinese translation file is translated", "[translation]")
{
    const QStringList files = tsFiles();
    REQUIRE(files.contains(QStringLiteral(CW_TEST_TS_DIR "/conformance-workbench_zh_CN.ts")));
    std::size_t total = 0;
    for (const QString& file : files) {
        INFO(file.toStdString());
        const auto messages = readTs(file);
        CHECK_FALSE(messages.empty());
        total += messages.size();
        for (const Message& m : messages) {
            INFO(describe(m).toStdString());
            // A context without the namespace (lupdate run without -I ui) never matches at run time.
            CHECK(m.context.startsWith(QStringLiteral("cw::")));
            CHECK(m.type.isEmpty()); // not unfinished, vanished or obsolete
            CHECK_FALSE(m.translation.trimmed().isEmpty());
            CHECK(placeholders(m.translation) == placeholders(m.source));
            CHECK(hasAccessKey(m.translation) == hasAccessKey(m.source));
        }
    }
    CHECK(total > 300);
}

TEST_CASE("every translation file is compiled into the program", "[translation]")
{
    cwtest::UiFixture fx;
    for (const QString& file : tsFiles()) {
        const QString qm = QStringLiteral(":/i18n/") + QFileInfo(file).completeBaseName() + QStringLiteral(".qm");
        INFO(qm.toStdString());
        QTranslator translator;
        CHECK(translator.load(qm));
    }
}

TEST_CASE("the compiled translation is built into the program", "[translation]")
{
    cwtest::UiFixture fx;
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/conformance-workbench_zh_CN.qm")));
    CHECK(translator.translate("cw::ui::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    CHECK(translator.translate("cw::ui::MainWindow", "&Help") == QStringLiteral("帮助(&H)"));
}
