#include "TextDocumentBuilder.h"

#include "ChartPainter.h"

#include <QFontDatabase>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

namespace cw::report {

namespace {

const QColor kAccent(0x1b, 0x4f, 0x7a);
const QColor kMuted(0x5b, 0x6b, 0x78);
const QColor kRule(0xd8, 0xe2, 0xea);

QColor toneBackground(const QString& tone)
{
    if (tone == QLatin1String("good"))
        return QColor(0xe9, 0xf6, 0xef);
    if (tone == QLatin1String("warn"))
        return QColor(0xfd, 0xf4, 0xe3);
    if (tone == QLatin1String("bad"))
        return QColor(0xfb, 0xe9, 0xe7);
    return QColor();
}

QColor toneColor(Paragraph::Tone t)
{
    switch (t) {
    case Paragraph::Tone::Muted:
        return kMuted;
    case Paragraph::Tone::Good:
        return QColor(0x23, 0x96, 0x5c);
    case Paragraph::Tone::Warning:
        return QColor(0xb8, 0x66, 0x0f);
    case Paragraph::Tone::Bad:
        return QColor(0xc0, 0x39, 0x2b);
    case Paragraph::Tone::Normal:
        break;
    }
    return QColor(0x22, 0x2b, 0x33);
}

class Writer {
public:
    Writer(QTextDocument& d, const TextDocumentBuilder::Options& o)
        : doc(d)
        , options(o)
        , cursor(&d)
    {}

    void block(const QString& text, const QTextCharFormat& cf, const QTextBlockFormat& bf = {})
    {
        if (first) {
            cursor.setBlockFormat(bf);
            cursor.setBlockCharFormat(cf);
            first = false;
        } else {
            cursor.insertBlock(bf, cf);
        }
        cursor.insertText(text, cf);
    }

    QTextBlockFormat breakBefore(bool pageBreak) const
    {
        QTextBlockFormat bf;
        if (pageBreak && options.pageBreaks && !first)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        return bf;
    }

    void heading(int level, const QString& text, bool newPage)
    {
        QTextBlockFormat bf = breakBefore(newPage);
        bf.setHeadingLevel(level);
        bf.setTopMargin(level == 1 ? 6 : 12);
        bf.setBottomMargin(6);
        QTextCharFormat cf;
        cf.setFontPointSize(level == 1 ? 18 : level == 2 ? 14 : 12);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(kAccent);
        block(text, cf, bf);
    }

    void paragraph(const QString& text, const QColor& color = QColor(0x22, 0x2b, 0x33), bool bold = false)
    {
        QTextBlockFormat bf;
        bf.setBottomMargin(4);
        QTextCharFormat cf;
        cf.setForeground(color);
        if (bold)
            cf.setFontWeight(QFont::Bold);
        block(text, cf, bf);
    }

    void table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths,
               const QStringList& tones)
    {
        paragraph(QString()); // tables attach after a block
        const int cols = static_cast<int>(headers.size());
        if (cols == 0)
            return;
        QTextTableFormat tf;
        tf.setHeaderRowCount(1);
        tf.setCellPadding(3);
        tf.setCellSpacing(0);
        tf.setBorder(0.5);
        tf.setBorderBrush(kRule);
        tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (widths.size() == cols) {
            int total = 0;
            for (int w : widths)
                total += w;
            QList<QTextLength> constraints;
            for (int w : widths)
                constraints << QTextLength(QTextLength::PercentageLength, 100.0 * w / std::max(1, total));
            tf.setColumnWidthConstraints(constraints);
        }
        QTextTable* t = cursor.insertTable(static_cast<int>(rows.size()) + 1, cols, tf);
        QTextCharFormat head;
        head.setFontWeight(QFont::Bold);
        head.setForeground(kAccent); // dark on light: readable even where a reader drops the shading
        head.setFontPointSize(9);
        for (int c = 0; c < cols; ++c) {
            QTextTableCell cell = t->cellAt(0, c);
            QTextTableCellFormat cf;
            cf.setBackground(QColor(0xdb, 0xe7, 0xf1));
            cell.setFormat(cf);
            cell.firstCursorPosition().insertText(headers[c], head);
        }
        QTextCharFormat body;
        body.setFontPointSize(9);
        for (int r = 0; r < rows.size(); ++r) {
            const QColor bg = r < tones.size() ? toneBackground(tones[r]) : QColor();
            for (int c = 0; c < cols; ++c) {
                QTextTableCell cell = t->cellAt(r + 1, c);
                if (bg.isValid()) {
                    QTextTableCellFormat cf;
                    cf.setBackground(bg);
                    cell.setFormat(cf);
                }
                cell.firstCursorPosition().insertText(c < rows[r].size() ? rows[r][c] : QString(), body);
            }
        }
        cursor.movePosition(QTextCursor::End);
    }

    void image(const QImage& img, double width)
    {
        const QString name = QStringLiteral("image://%1").arg(++images);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), img);
        QTextImageFormat f;
        f.setName(name);
        f.setWidth(width);
        f.setHeight(width * img.height() / std::max(1, img.width()));
        paragraph(QString());
        cursor.insertImage(f);
    }

    QTextDocument& doc;
    const TextDocumentBuilder::Options& options;
    QTextCursor cursor;
    bool first = true;
    int images = 0;
};

} // namespace

QString TextDocumentBuilder::fontFamily()
{
    static const QString family = [] {
        for (const char* candidate : {"Noto Sans CJK SC", "Noto Sans SC", "Noto Sans CJK JP"})
            if (QFontDatabase::hasFamily(QString::fromLatin1(candidate)))
                return QString::fromLatin1(candidate);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

int TextDocumentBuilder::chapterCount(const ReportDocument& doc)
{
    int n = 0;
    for (const auto& b : doc.blocks)
        if (const auto* h = std::get_if<Heading>(&b); h && h->level == 1)
            ++n;
    return n;
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::build(const ReportDocument& rd, const Options& options)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(fontFamily());
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, rd.title);
    Writer w(*doc, options);

    // Cover.
    if (!rd.cover.logo.isNull())
        w.image(rd.cover.logo, std::min(180.0, static_cast<double>(rd.cover.logo.width())));
    {
        QTextCharFormat cf;
        cf.setFontPointSize(24);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(kAccent);
        QTextBlockFormat bf;
        bf.setTopMargin(rd.cover.logo.isNull() ? 120 : 40);
        bf.setBottomMargin(10);
        w.block(rd.cover.title.isEmpty() ? rd.title : rd.cover.title, cf, bf);
    }
    if (!rd.cover.subtitle.isEmpty())
        w.paragraph(rd.cover.subtitle, kMuted);
    if (!rd.cover.facts.isEmpty()) {
        QList<QStringList> rows;
        for (const auto& [k, v] : rd.cover.facts)
            rows << QStringList{k, v};
        w.table({rd.t("Item", "项目"), rd.t("Details", "内容")}, rows, {30, 70}, {});
    }

    // Table of contents.
    if (rd.tableOfContents) {
        w.heading(1, rd.t("Contents", "目录"), true);
        QList<QStringList> rows;
        int i = 0;
        for (const auto& b : rd.blocks)
            if (const auto* h = std::get_if<Heading>(&b); h && h->level == 1) {
                const QString page =
                    i < options.tocPages.size() ? QString::number(options.tocPages[i]) : QString();
                rows << QStringList{QString::number(i + 1), h->text, page};
                ++i;
            }
        w.table({QStringLiteral("#"), rd.t("Chapter", "章节"), rd.t("Page", "页码")}, rows, {6, 80, 14}, {});
    }

    for (const auto& block : rd.blocks) {
        if (const auto* h = std::get_if<Heading>(&block)) {
            w.heading(std::clamp(h->level, 1, 3), h->text, h->level == 1);
        } else if (const auto* p = std::get_if<Paragraph>(&block)) {
            w.paragraph(p->text, toneColor(p->tone), p->tone == Paragraph::Tone::Bad);
        } else if (const auto* kv = std::get_if<KeyValues>(&block)) {
            QList<QStringList> rows;
            for (const auto& [k, v] : kv->rows)
                rows << QStringList{k, v};
            w.table({rd.t("Item", "项目"), rd.t("Value", "值")}, rows, {35, 65}, {});
        } else if (const auto* t = std::get_if<Table>(&block)) {
            const auto total = t->rows.size();
            if (options.maxTableRows > 0 && total > options.maxTableRows) {
                const qsizetype shown = options.maxTableRows;
                w.table(t->headers, t->rows.mid(0, shown), t->widths, t->rowTones.mid(0, shown));
                w.paragraph(rd.t("… and %1 more rows in the written report", "……写出的报告中还有 %1 行")
                                .arg(total - shown),
                            kMuted);
            } else {
                w.table(t->headers, t->rows, t->widths, t->rowTones);
            }
        } else if (const auto* c = std::get_if<BarChart>(&block)) {
            w.image(ChartPainter::barChart(*c, 680, fontFamily()), options.contentWidth);
            w.paragraph(c->title, kMuted);
        } else if (const auto* tl = std::get_if<Timeline>(&block)) {
            w.image(ChartPainter::timeline(*tl, 680, fontFamily()), options.contentWidth);
            w.paragraph(tl->title, kMuted);
        } else if (std::holds_alternative<PageBreak>(block)) {
            QTextBlockFormat bf;
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            w.block(QString(), QTextCharFormat(), bf);
        }
    }
    return doc;
}

} // namespace cw::report
