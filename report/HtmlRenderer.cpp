#include "HtmlRenderer.h"

#include "ChartPainter.h"

#include <QBuffer>

namespace cw::report {

namespace {

QString esc(const QString& s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

const char* kCss = R"(
body { font-family: "Noto Sans CJK SC", "Noto Sans", "Microsoft YaHei", "PingFang SC", sans-serif;
       color: #222b33; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
h1 { color: #1b4f7a; border-bottom: 2px solid #2f7fb8; padding-bottom: .2rem; margin-top: 2.5rem; }
h2 { color: #1b4f7a; margin-top: 1.8rem; } h3 { color: #2f5f86; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .92rem; }
th { background: #1b4f7a; color: #fff; text-align: left; padding: .35rem .5rem; }
td { border-bottom: 1px solid #d8e2ea; padding: .3rem .5rem; vertical-align: top; }
tr.good td { background: #e9f6ef; } tr.warn td { background: #fdf4e3; } tr.bad td { background: #fbe9e7; }
.cover { border: 1px solid #d8e2ea; padding: 2rem; border-radius: 8px; margin-bottom: 2rem; }
.cover h1 { border: none; margin-top: .5rem; font-size: 2rem; } .cover img { max-height: 80px; }
.subtitle { color: #5b6b78; font-size: 1.1rem; }
dl.kv { display: grid; grid-template-columns: max-content auto; gap: .2rem 1.2rem; }
dl.kv dt { color: #5b6b78; } dl.kv dd { margin: 0; }
p.muted { color: #5b6b78; } p.good { color: #23965c; } p.warning { color: #b8660f; } p.bad { color: #c0392b; font-weight: bold; }
nav.toc ol { padding-left: 1.2rem; } nav.toc a { color: #1b4f7a; text-decoration: none; }
figure { margin: .5rem 0 1.2rem; } figcaption { color: #5b6b78; font-size: .9rem; }
)";

QString logoDataUri(const QImage& logo)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString toneClass(Paragraph::Tone t)
{
    switch (t) {
    case Paragraph::Tone::Muted:
        return QStringLiteral("muted");
    case Paragraph::Tone::Good:
        return QStringLiteral("good");
    case Paragraph::Tone::Warning:
        return QStringLiteral("warning");
    case Paragraph::Tone::Bad:
        return QStringLiteral("bad");
    case Paragraph::Tone::Normal:
        break;
    }
    return {};
}

} // namespace

QString renderHtml(const ReportDocument& doc)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta "
                        "charset=\"utf-8\">\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
             .arg(doc.language == QLatin1String("zh") ? QStringLiteral("zh-CN") : QStringLiteral("en"),
                  esc(doc.title), QString::fromUtf8(kCss));
    h += QStringLiteral("<section class=\"cover\">");
    if (!doc.cover.logo.isNull())
        h += QStringLiteral("<img alt=\"logo\" src=\"%1\">").arg(logoDataUri(doc.cover.logo));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(doc.cover.title.isEmpty() ? doc.title : doc.cover.title));
    if (!doc.cover.subtitle.isEmpty())
        h += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(esc(doc.cover.subtitle));
    if (!doc.cover.facts.isEmpty()) {
        h += QStringLiteral("<dl class=\"kv\">");
        for (const auto& [k, v] : doc.cover.facts)
            h += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(k), esc(v));
        h += QStringLiteral("</dl>");
    }
    h += QStringLiteral("</section>\n");

    if (doc.tableOfContents) {
        h += QStringLiteral("<nav class=\"toc\"><h2>%1</h2><ol>").arg(doc.t("Contents", "目录"));
        int n = 0;
        for (const auto& b : doc.blocks)
            if (const auto* hd = std::get_if<Heading>(&b); hd && hd->level == 1)
                h += QStringLiteral("<li><a href=\"#s%1\">%2</a></li>").arg(++n).arg(esc(hd->text));
        h += QStringLiteral("</ol></nav>\n");
    }

    int section = 0;
    for (const auto& block : doc.blocks) {
        if (const auto* hd = std::get_if<Heading>(&block)) {
            const int level = std::clamp(hd->level, 1, 3);
            const QString id = level == 1 ? QStringLiteral(" id=\"s%1\"").arg(++section) : QString();
            h += QStringLiteral("<h%1%2>%3</h%1>\n").arg(level).arg(id, esc(hd->text));
        } else if (const auto* p = std::get_if<Paragraph>(&block)) {
            const QString cls = toneClass(p->tone);
            h += (cls.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cls)) +
                 esc(p->text) + QStringLiteral("</p>\n");
        } else if (const auto* kv = std::get_if<KeyValues>(&block)) {
            h += QStringLiteral("<dl class=\"kv\">");
            for (const auto& [k, v] : kv->rows)
                h += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(k), esc(v));
            h += QStringLiteral("</dl>\n");
        } else if (const auto* t = std::get_if<Table>(&block)) {
            h += QStringLiteral("<table><thead><tr>");
            for (const auto& head : t->headers)
                h += QStringLiteral("<th>%1</th>").arg(esc(head));
            h += QStringLiteral("</tr></thead><tbody>");
            for (qsizetype r = 0; r < t->rows.size(); ++r) {
                const QString tone = r < t->rowTones.size() ? t->rowTones[r] : QString();
                h += tone.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(tone);
                for (const auto& cell : t->rows[r])
                    h += QStringLiteral("<td>%1</td>").arg(esc(cell));
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("</tbody></table>\n");
        } else if (const auto* c = std::get_if<BarChart>(&block)) {
            h += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
                     .arg(ChartPainter::barChartSvg(*c), esc(c->title));
        } else if (const auto* tl = std::get_if<Timeline>(&block)) {
            h += QStringLiteral("<figure>%1<figcaption>%2</figcaption></figure>\n")
                     .arg(ChartPainter::timelineSvg(*tl), esc(tl->title));
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace cw::report
