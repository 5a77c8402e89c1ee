#include "OdtRenderer.h"

#include "ChartPainter.h"
#include "OutputWrite.h"
#include "TextDocumentBuilder.h"
#include "ZipWriter.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace cw::report {

namespace {

const char* kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char* kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const char* kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char* kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const char* kFo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const char* kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const char* kSvg = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const char* kXlink = "http://www.w3.org/1999/xlink";
const char* kMeta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
const char* kDc = "http://purl.org/dc/elements/1.1/";

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

void startDocument(QXmlStreamWriter& x, const char* root)
{
    x.setAutoFormatting(false);
    x.writeStartDocument();
    for (const auto& [prefix, uri] : {std::pair{"office", kOffice},
                                      {"style", kStyle},
                                      {"text", kText},
                                      {"table", kTable},
                                      {"fo", kFo},
                                      {"draw", kDraw},
                                      {"svg", kSvg},
                                      {"xlink", kXlink},
                                      {"meta", kMeta},
                                      {"dc", kDc}})
        x.writeNamespace(L(uri), L(prefix));
    x.writeStartElement(L(kOffice), L(root));
    x.writeAttribute(L(kOffice), L("version"), L("1.3"));
}

void paragraphStyle(QXmlStreamWriter& x, const QString& name, const QString& display, double sizePt,
                    bool bold, const QString& color, int outline = 0, bool breakBefore = false,
                    double spaceAboveCm = 0.1)
{
    x.writeStartElement(L(kStyle), L("style"));
    x.writeAttribute(L(kStyle), L("name"), name);
    x.writeAttribute(L(kStyle), L("display-name"), display);
    x.writeAttribute(L(kStyle), L("family"), L("paragraph"));
    x.writeAttribute(L(kStyle), L("parent-style-name"), L("Standard"));
    if (outline > 0) {
        x.writeAttribute(L(kStyle), L("default-outline-level"), QString::number(outline));
        x.writeAttribute(L(kStyle), L("class"), L("text"));
    }
    x.writeEmptyElement(L(kStyle), L("paragraph-properties"));
    x.writeAttribute(L(kFo), L("margin-top"), QString::number(spaceAboveCm) + L("cm"));
    x.writeAttribute(L(kFo), L("margin-bottom"), L("0.15cm"));
    if (breakBefore)
        x.writeAttribute(L(kFo), L("break-before"), L("page"));
    x.writeEmptyElement(L(kStyle), L("text-properties"));
    x.writeAttribute(L(kFo), L("font-size"), QString::number(sizePt) + L("pt"));
    x.writeAttribute(L(kStyle), L("font-size-asian"), QString::number(sizePt) + L("pt"));
    if (bold) {
        x.writeAttribute(L(kFo), L("font-weight"), L("bold"));
        x.writeAttribute(L(kStyle), L("font-weight-asian"), L("bold"));
    }
    x.writeAttribute(L(kFo), L("color"), color);
    x.writeEndElement();
}

QByteArray stylesXml(const ReportDocument& rd, const QString& font)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    startDocument(x, "document-styles");
    x.writeStartElement(L(kOffice), L("font-face-decls"));
    x.writeEmptyElement(L(kStyle), L("font-face"));
    x.writeAttribute(L(kStyle), L("name"), font);
    x.writeAttribute(L(kSvg), L("font-family"), L("'") + font + L("'"));
    x.writeEndElement();
    x.writeStartElement(L(kOffice), L("styles"));
    x.writeStartElement(L(kStyle), L("default-style"));
    x.writeAttribute(L(kStyle), L("family"), L("paragraph"));
    x.writeEmptyElement(L(kStyle), L("text-properties"));
    x.writeAttribute(L(kStyle), L("font-name"), font);
    x.writeAttribute(L(kStyle), L("font-name-asian"), font);
    x.writeAttribute(L(kFo), L("font-size"), L("10pt"));
    x.writeAttribute(L(kStyle), L("font-size-asian"), L("10pt"));
    x.writeAttribute(L(kFo), L("language"), rd.language == L("zh") ? L("zh") : L("en"));
    x.writeEndElement();
    x.writeStartElement(L(kStyle), L("style"));
    x.writeAttribute(L(kStyle), L("name"), L("Standard"));
    x.writeAttribute(L(kStyle), L("family"), L("paragraph"));
    x.writeEndElement();
    paragraphStyle(x, L("Title"), L("Title"), 24, true, L("#1b4f7a"), 0, false, 3.0);
    paragraphStyle(x, L("Subtitle"), L("Subtitle"), 13, false, L("#5b6b78"));
    paragraphStyle(x, L("Heading_20_1"), L("Heading 1"), 18, true, L("#1b4f7a"), 1, true, 0.2);
    paragraphStyle(x, L("Heading_20_2"), L("Heading 2"), 14, true, L("#1b4f7a"), 2, false, 0.4);
    paragraphStyle(x, L("Heading_20_3"), L("Heading 3"), 12, true, L("#2f5f86"), 3, false, 0.3);
    paragraphStyle(x, L("Text_20_body"), L("Text body"), 10, false, L("#222b33"));
    paragraphStyle(x, L("Muted"), L("Muted"), 10, false, L("#5b6b78"));
    paragraphStyle(x, L("Good"), L("Good"), 10, false, L("#23965c"));
    paragraphStyle(x, L("Warning"), L("Warning"), 10, false, L("#b8660f"));
    paragraphStyle(x, L("Bad"), L("Bad"), 10, true, L("#c0392b"));
    paragraphStyle(x, L("Table_20_Heading"), L("Table Heading"), 9, true, L("#1b4f7a"), 0, false, 0.0);
    paragraphStyle(x, L("Table_20_Contents"), L("Table Contents"), 9, false, L("#222b33"), 0, false, 0.0);
    paragraphStyle(x, L("Contents_20_Heading"), L("Contents Heading"), 18, true, L("#1b4f7a"), 0, true, 0.2);
    paragraphStyle(x, L("Contents_20_1"), L("Contents 1"), 10, false, L("#222b33"));
    paragraphStyle(x, L("Footer"), L("Footer"), 8, false, L("#5b6b78"));
    x.writeEndElement(); // styles

    x.writeStartElement(L(kOffice), L("automatic-styles"));
    x.writeStartElement(L(kStyle), L("page-layout"));
    x.writeAttribute(L(kStyle), L("name"), L("A4"));
    x.writeEmptyElement(L(kStyle), L("page-layout-properties"));
    x.writeAttribute(L(kFo), L("page-width"), L("21cm"));
    x.writeAttribute(L(kFo), L("page-height"), L("29.7cm"));
    x.writeAttribute(L(kFo), L("margin-top"), L("1.5cm"));
    x.writeAttribute(L(kFo), L("margin-bottom"), L("1.2cm"));
    x.writeAttribute(L(kFo), L("margin-left"), L("1.8cm"));
    x.writeAttribute(L(kFo), L("margin-right"), L("1.8cm"));
    x.writeEndElement();
    x.writeEndElement();

    x.writeStartElement(L(kOffice), L("master-styles"));
    x.writeStartElement(L(kStyle), L("master-page"));
    x.writeAttribute(L(kStyle), L("name"), L("Standard"));
    x.writeAttribute(L(kStyle), L("page-layout-name"), L("A4"));
    x.writeStartElement(L(kStyle), L("footer"));
    x.writeStartElement(L(kText), L("p"));
    x.writeAttribute(L(kText), L("style-name"), L("Footer"));
    x.writeCharacters(rd.title + L("  ·  ") + rd.t("Page ", "第 "));
    x.writeStartElement(L(kText), L("page-number"));
    x.writeAttribute(L(kText), L("select-page"), L("current"));
    x.writeCharacters(L("1"));
    x.writeEndElement();
    x.writeCharacters(rd.t("", " 页"));
    x.writeEndElement(); // p
    x.writeEndElement(); // footer
    x.writeEndElement(); // master-page
    x.writeEndElement(); // master-styles
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

class ContentWriter {
public:
    ContentWriter(const ReportDocument& d, ZipWriter& z)
        : rd(d)
        , zip(z)
        , x(&out)
    {}

    QByteArray write();

private:
    void p(const QString& style, const QString& text)
    {
        x.writeStartElement(L(kText), L("p"));
        x.writeAttribute(L(kText), L("style-name"), style);
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                x.writeEmptyElement(L(kText), L("line-break"));
            x.writeCharacters(lines[i]);
        }
        x.writeEndElement();
    }
    void heading(int level, const QString& text)
    {
        x.writeStartElement(L(kText), L("h"));
        x.writeAttribute(L(kText), L("style-name"), L("Heading_20_") + QString::number(level));
        x.writeAttribute(L(kText), L("outline-level"), QString::number(level));
        x.writeCharacters(text);
        x.writeEndElement();
    }
    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths,
               const QStringList& tones);
    void image(const QImage& img, double widthCm);
    void automaticStyles();

    const ReportDocument& rd;
    ZipWriter& zip;
    QByteArray out;
    QXmlStreamWriter x;
    int tables = 0;
    int images = 0;
    QList<QList<int>> tableWidths; ///< collected in a first pass for the automatic styles
};

void ContentWriter::table(const QStringList& headers, const QList<QStringList>& rows,
                          const QList<int>& widths, const QStringList& tones)
{
    const int id = ++tables;
    const int cols = static_cast<int>(headers.size());
    x.writeStartElement(L(kTable), L("table"));
    x.writeAttribute(L(kTable), L("name"), QStringLiteral("Table%1").arg(id));
    x.writeAttribute(L(kTable), L("style-name"), L("Tbl"));
    for (int c = 0; c < cols; ++c) {
        x.writeEmptyElement(L(kTable), L("table-column"));
        x.writeAttribute(L(kTable), L("style-name"),
                         widths.size() == cols ? QStringLiteral("T%1C%2").arg(id).arg(c)
                                               : QStringLiteral("Col"));
    }
    x.writeStartElement(L(kTable), L("table-header-rows"));
    x.writeStartElement(L(kTable), L("table-row"));
    for (const auto& h : headers) {
        x.writeStartElement(L(kTable), L("table-cell"));
        x.writeAttribute(L(kTable), L("style-name"), L("HeadCell"));
        x.writeAttribute(L(kOffice), L("value-type"), L("string"));
        p(L("Table_20_Heading"), h);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString tone = r < tones.size() ? tones[r] : QString();
        const QString cellStyle = tone == L("good")   ? L("GoodCell")
                                  : tone == L("warn") ? L("WarnCell")
                                  : tone == L("bad")  ? L("BadCell")
                                                      : L("Cell");
        x.writeStartElement(L(kTable), L("table-row"));
        for (int c = 0; c < cols; ++c) {
            x.writeStartElement(L(kTable), L("table-cell"));
            x.writeAttribute(L(kTable), L("style-name"), cellStyle);
            x.writeAttribute(L(kOffice), L("value-type"), L("string"));
            p(L("Table_20_Contents"), c < rows[r].size() ? rows[r][c] : QString());
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndElement();
}

void ContentWriter::image(const QImage& img, double widthCm)
{
    const QString name = QStringLiteral("Pictures/image%1.png").arg(++images);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    zip.add(name, png, false);
    const double heightCm = widthCm * img.height() / std::max(1, img.width());
    x.writeStartElement(L(kText), L("p"));
    x.writeAttribute(L(kText), L("style-name"), L("Text_20_body"));
    x.writeStartElement(L(kDraw), L("frame"));
    x.writeAttribute(L(kDraw), L("name"), QStringLiteral("Image%1").arg(images));
    x.writeAttribute(L(kText), L("anchor-type"), L("as-char"));
    x.writeAttribute(L(kSvg), L("width"), QString::number(widthCm, 'f', 2) + L("cm"));
    x.writeAttribute(L(kSvg), L("height"), QString::number(heightCm, 'f', 2) + L("cm"));
    x.writeEmptyElement(L(kDraw), L("image"));
    x.writeAttribute(L(kXlink), L("href"), name);
    x.writeAttribute(L(kXlink), L("type"), L("simple"));
    x.writeAttribute(L(kXlink), L("show"), L("embed"));
    x.writeAttribute(L(kXlink), L("actuate"), L("onLoad"));
    x.writeEndElement();
    x.writeEndElement();
}

void ContentWriter::automaticStyles()
{
    auto cell = [&](const QString& name, const QString& bg) {
        x.writeStartElement(L(kStyle), L("style"));
        x.writeAttribute(L(kStyle), L("name"), name);
        x.writeAttribute(L(kStyle), L("family"), L("table-cell"));
        x.writeEmptyElement(L(kStyle), L("table-cell-properties"));
        if (!bg.isEmpty())
            x.writeAttribute(L(kFo), L("background-color"), bg);
        x.writeAttribute(L(kFo), L("border"), L("0.5pt solid #d8e2ea"));
        x.writeAttribute(L(kFo), L("padding"), L("0.08cm"));
        x.writeEndElement();
    };
    x.writeStartElement(L(kOffice), L("automatic-styles"));
    x.writeStartElement(L(kStyle), L("style"));
    x.writeAttribute(L(kStyle), L("name"), L("Tbl"));
    x.writeAttribute(L(kStyle), L("family"), L("table"));
    x.writeEmptyElement(L(kStyle), L("table-properties"));
    x.writeAttribute(L(kStyle), L("width"), L("17.4cm"));
    x.writeAttribute(L(kTable), L("align"), L("margins"));
    x.writeAttribute(L(kFo), L("margin-top"), L("0.1cm"));
    x.writeAttribute(L(kFo), L("margin-bottom"), L("0.3cm"));
    x.writeEndElement();
    x.writeStartElement(L(kStyle), L("style"));
    x.writeAttribute(L(kStyle), L("name"), L("Col"));
    x.writeAttribute(L(kStyle), L("family"), L("table-column"));
    x.writeEndElement();
    for (qsizetype t = 0; t < tableWidths.size(); ++t) {
        const auto& w = tableWidths[t];
        int total = 0;
        for (int v : w)
            total += v;
        for (qsizetype c = 0; c < w.size(); ++c) {
            x.writeStartElement(L(kStyle), L("style"));
            x.writeAttribute(L(kStyle), L("name"), QStringLiteral("T%1C%2").arg(t + 1).arg(c));
            x.writeAttribute(L(kStyle), L("family"), L("table-column"));
            x.writeEmptyElement(L(kStyle), L("table-column-properties"));
            x.writeAttribute(L(kStyle), L("column-width"),
                             QString::number(17.4 * w[c] / std::max(1, total), 'f', 2) + L("cm"));
            x.writeEndElement();
        }
    }
    cell(L("HeadCell"), L("#dbe7f1"));
    cell(L("Cell"), QString());
    cell(L("GoodCell"), L("#e9f6ef"));
    cell(L("WarnCell"), L("#fdf4e3"));
    cell(L("BadCell"), L("#fbe9e7"));
    x.writeEndElement();
}

QByteArray ContentWriter::write()
{
    // Tables in document order, as table() numbers them: cover facts, contents, then the blocks.
    if (!rd.cover.facts.isEmpty())
        tableWidths << QList<int>{30, 70};
    if (rd.tableOfContents)
        tableWidths << QList<int>{8, 92};
    for (const auto& b : rd.blocks) {
        if (std::holds_alternative<KeyValues>(b))
            tableWidths << QList<int>{35, 65};
        else if (const auto* t = std::get_if<Table>(&b))
            tableWidths << (t->widths.size() == t->headers.size() ? t->widths : QList<int>{});
    }
    startDocument(x, "document-content");
    automaticStyles();
    x.writeStartElement(L(kOffice), L("body"));
    x.writeStartElement(L(kOffice), L("text"));

    if (!rd.cover.logo.isNull())
        image(rd.cover.logo, 4.0);
    p(L("Title"), rd.cover.title.isEmpty() ? rd.title : rd.cover.title);
    if (!rd.cover.subtitle.isEmpty())
        p(L("Subtitle"), rd.cover.subtitle);
    if (!rd.cover.facts.isEmpty()) {
        QList<QStringList> rows;
        for (const auto& [k, v] : rd.cover.facts)
            rows << QStringList{k, v};
        table({rd.t("Item", "项目"), rd.t("Details", "内容")}, rows, {30, 70}, {});
    }
    if (rd.tableOfContents) {
        p(L("Contents_20_Heading"), rd.t("Contents", "目录"));
        QList<QStringList> rows;
        int i = 0;
        for (const auto& b : rd.blocks)
            if (const auto* h = std::get_if<Heading>(&b); h && h->level == 1)
                rows << QStringList{QString::number(++i), h->text};
        table({QStringLiteral("#"), rd.t("Chapter", "章节")}, rows, {8, 92}, {});
    }
    for (const auto& block : rd.blocks) {
        if (const auto* h = std::get_if<Heading>(&block)) {
            heading(std::clamp(h->level, 1, 3), h->text);
        } else if (const auto* para = std::get_if<Paragraph>(&block)) {
            const QString style = para->tone == Paragraph::Tone::Muted     ? L("Muted")
                                  : para->tone == Paragraph::Tone::Good    ? L("Good")
                                  : para->tone == Paragraph::Tone::Warning ? L("Warning")
                                  : para->tone == Paragraph::Tone::Bad     ? L("Bad")
                                                                           : L("Text_20_body");
            p(style, para->text);
        } else if (const auto* kv = std::get_if<KeyValues>(&block)) {
            QList<QStringList> rows;
            for (const auto& [k, v] : kv->rows)
                rows << QStringList{k, v};
            table({rd.t("Item", "项目"), rd.t("Value", "值")}, rows, {35, 65}, {});
        } else if (const auto* t = std::get_if<Table>(&block)) {
            table(t->headers, t->rows, t->widths, t->rowTones);
        } else if (const auto* c = std::get_if<BarChart>(&block)) {
            image(ChartPainter::barChart(*c, 680, TextDocumentBuilder::fontFamily()), 17.0);
            p(L("Muted"), c->title);
        } else if (const auto* tl = std::get_if<Timeline>(&block)) {
            image(ChartPainter::timeline(*tl, 680, TextDocumentBuilder::fontFamily()), 17.0);
            p(L("Muted"), tl->title);
        } else if (std::holds_alternative<PageBreak>(block)) {
            p(L("Contents_20_Heading"), QString());
        }
    }
    x.writeEndElement(); // text
    x.writeEndElement(); // body
    x.writeEndElement(); // document-content
    x.writeEndDocument();
    return out;
}

QByteArray metaXml(const ReportDocument& rd)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    startDocument(x, "document-meta");
    x.writeStartElement(L(kOffice), L("meta"));
    x.writeTextElement(L(kMeta), L("generator"), L("Conformance Workbench"));
    x.writeTextElement(L(kDc), L("title"), rd.title);
    x.writeTextElement(L(kDc), L("language"), rd.language == L("zh") ? L("zh-CN") : L("en"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray manifestXml(int images)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    const QString ns = L("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    x.writeStartDocument();
    x.writeNamespace(ns, L("manifest"));
    x.writeStartElement(ns, L("manifest"));
    x.writeAttribute(ns, L("version"), L("1.3"));
    auto entry = [&](const QString& path, const QString& type) {
        x.writeEmptyElement(ns, L("file-entry"));
        x.writeAttribute(ns, L("full-path"), path);
        x.writeAttribute(ns, L("media-type"), type);
    };
    entry(L("/"), L("application/vnd.oasis.opendocument.text"));
    for (const char* f : {"content.xml", "styles.xml", "meta.xml"})
        entry(L(f), L("text/xml"));
    for (int i = 1; i <= images; ++i)
        entry(QStringLiteral("Pictures/image%1.png").arg(i), L("image/png"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

QString renderOdt(const ReportDocument& rd, const QString& path)
{
    ZipWriter zip;
    zip.add(L("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false);
    ContentWriter content(rd, zip);
    const QByteArray contentXml = content.write();
    // Pictures were added while writing the content; count them for the manifest.
    const auto images = static_cast<int>(contentXml.count("<draw:image "));
    zip.add(L("content.xml"), contentXml);
    zip.add(L("styles.xml"), stylesXml(rd, TextDocumentBuilder::fontFamily()));
    zip.add(L("meta.xml"), metaXml(rd));
    zip.add(L("META-INF/manifest.xml"), manifestXml(images));
    return writeReportFile(path, zip.finish());
}

} // namespace cw::report
