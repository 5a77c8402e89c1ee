#include "UiTestSupport.h"

#include <QFile>
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
            current.translation = xml.readElementText();
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

TEST_CASE("every message of the Chinese translation is translated", "[translation]")
{
    const auto messages = readTs(QStringLiteral(CW_TEST_TS_FILE));
    REQUIRE(messages.size() > 50);
    for (const Message& m : messages) {
        INFO(describe(m).toStdString());
        CHECK(m.type.isEmpty()); // not unfinished, vanished or obsolete
        CHECK_FALSE(m.translation.trimmed().isEmpty());
        CHECK(placeholders(m.translation) == placeholders(m.source));
        CHECK(hasAccessKey(m.translation) == hasAccessKey(m.source));
    }
}

TEST_CASE("the compiled translation is built into the program", "[translation]")
{
    cwtest::UiFixture fx;
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/i18n/conformance-workbench_zh_CN.qm")));
    CHECK(translator.translate("cw::ui::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    CHECK(translator.translate("cw::ui::MainWindow", "Audits") == QStringLiteral("审核"));
}
