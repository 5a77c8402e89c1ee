#include "PdfRenderer.h"

#include "OutputWrite.h"
#include "PdfTextFix.h"
#include "TextDocumentBuilder.h"

#include <QBuffer>

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>

namespace cw::report {

namespace {

constexpr int kDpi = 96;
constexpr double kHeaderHeight = 28.0;
constexpr double kFooterHeight = 28.0;

struct Geometry {
    double width = 0;
    double bodyHeight = 0;
};

/// The PDF's font families: a Latin face first, the report's CJK face as fallback for what it
/// lacks. Drawing Latin text with Noto Sans CJK alone loses its digits on extraction: HarfBuzz
/// shapes Latin runs with the font's `latn` 'locl' lookup, which swaps the digits for glyphs the
/// cmap does not reach, and Qt builds each ToUnicode map by reverse cmap lookup, so "20000-1"
/// came out of pdftotext as "-". A Latin font draws digits with its cmap glyphs.
QStringList pdfFontFamilies()
{
    static const QStringList families = [] {
        QStringList list;
        for (const char* latin : {"Noto Sans", "DejaVu Sans"}) {
            const QString family = QString::fromLatin1(latin);
            if (QFontDatabase::hasFamily(family)) {
                list << family;
                break;
            }
        }
        const QString cjk = TextDocumentBuilder::fontFamily();
        if (!list.contains(cjk))
            list << cjk;
        return list;
    }();
    return families;
}

QFont pdfFont(QFont font)
{
    font.setFamilies(pdfFontFamilies());
    return font;
}

/// The page of each level-1 heading after layout, skipping the contents heading itself.
QList<int> chapterPages(QTextDocument& doc, const ReportDocument& rd, double bodyHeight)
{
    QList<int> pages;
    const QString contents = rd.t("Contents", "目录");
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 1)
            continue;
        if (rd.tableOfContents && pages.isEmpty() && b.text() == contents && b.blockNumber() < 50) {
            pages << -1; // marker for the contents heading
            continue;
        }
        const QRectF r = doc.documentLayout()->blockBoundingRect(b);
        pages << static_cast<int>(r.top() / bodyHeight) + 1;
    }
    if (!pages.isEmpty() && pages.front() == -1)
        pages.removeFirst();
    return pages;
}

} // namespace

QString renderPdf(const ReportDocument& rd, const QString& path)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(kDpi);
    writer.setTitle(rd.title);
    writer.setCreator(QStringLiteral("Conformance Workbench"));
    const QRect paint = writer.pageLayout().paintRectPixels(kDpi);
    Geometry g;
    g.width = paint.width();
    g.bodyHeight = paint.height() - kHeaderHeight - kFooterHeight;

    TextDocumentBuilder::Options options;
    options.contentWidth = g.width;
    auto doc = TextDocumentBuilder::build(rd, options);
    doc->setDefaultFont(pdfFont(doc->defaultFont()));
    doc->setPageSize(QSizeF(g.width, g.bodyHeight));
    if (rd.tableOfContents) {
        // Second pass with the page numbers the first layout gave the chapters.
        options.tocPages = chapterPages(*doc, rd, g.bodyHeight);
        doc = TextDocumentBuilder::build(rd, options);
        doc->setDefaultFont(pdfFont(doc->defaultFont()));
        doc->setPageSize(QSizeF(g.width, g.bodyHeight));
    }
    const int pageCount = doc->pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return path + QStringLiteral(": the PDF cannot be drawn");
    QString drawn = doc->toPlainText() + rd.title; // for fixSharedGlyphs
    QFont small = pdfFont(QFont());
    small.setPointSizeF(8);
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !writer.newPage())
            return path + QStringLiteral(": the PDF file cannot be written");
        painter.setFont(small);
        painter.setPen(QColor(0x5b, 0x6b, 0x78));
        if (page > 0) {
            painter.drawText(QRectF(0, 0, g.width, kHeaderHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                             rd.title);
            painter.setPen(QColor(0xd8, 0xe2, 0xea));
            painter.drawLine(QPointF(0, kHeaderHeight - 6), QPointF(g.width, kHeaderHeight - 6));
            painter.setPen(QColor(0x5b, 0x6b, 0x78));
        }
        const QString footer = rd.language == QLatin1String("zh")
                                   ? QStringLiteral("第 %1 页，共 %2 页").arg(page + 1).arg(pageCount)
                                   : QStringLiteral("Page %1 of %2").arg(page + 1).arg(pageCount);
        painter.drawText(QRectF(0, kHeaderHeight + g.bodyHeight + 6, g.width, kFooterHeight - 6),
                         Qt::AlignCenter, footer);
        if (page == 0)
            drawn += footer;
        painter.save();
        painter.translate(0, kHeaderHeight - page * g.bodyHeight);
        doc->drawContents(&painter, QRectF(0, page * g.bodyHeight, g.width, g.bodyHeight));
        painter.restore();
    }
    if (!painter.end())
        return path + QStringLiteral(": the PDF file cannot be written");
    QByteArray pdf = buffer.data();
    // Shared glyphs first: a radical's own decomposition can be the wrong ideograph (⼾ -> 戶 where
    // the text drew 户); fixCjkToUnicode then handles radicals the drawn text does not settle.
    fixSharedGlyphs(pdf, QRawFont::fromFont(QFont(TextDocumentBuilder::fontFamily())), drawn);
    fixCjkToUnicode(pdf);
    fixTabToUnicode(pdf);
    // QSaveFile said "(Unknown error)" for a full disk; the core's writer names the cause.
    return writeReportFile(path, pdf);
}

} // namespace cw::report
