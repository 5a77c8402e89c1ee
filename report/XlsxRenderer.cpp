#include "XlsxRenderer.h"

#include "OutputWrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>

namespace cw::report {

namespace {

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* title = nullptr;
    lxw_format* good = nullptr;
    lxw_format* warn = nullptr;
    lxw_format* bad = nullptr;
};

Formats makeFormats(lxw_workbook* wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_font_color(f.header, LXW_COLOR_WHITE);
    format_set_bg_color(f.header, 0x1B4F7A);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    format_set_font_color(f.title, 0x1B4F7A);
    auto tone = [&](lxw_format*& out, lxw_color_t bg) {
        out = workbook_add_format(wb);
        format_set_text_wrap(out);
        format_set_align(out, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(out, bg);
    };
    tone(f.good, 0xE9F6EF);
    tone(f.warn, 0xFDF4E3);
    tone(f.bad, 0xFBE9E7);
    return f;
}

lxw_format* rowFormat(const Formats& f, const Table& t, qsizetype row)
{
    const QString tone = row < t.rowTones.size() ? t.rowTones[row] : QString();
    if (tone == QLatin1String("good"))
        return f.good;
    if (tone == QLatin1String("warn"))
        return f.warn;
    if (tone == QLatin1String("bad"))
        return f.bad;
    return f.wrap;
}

void writeCell(lxw_worksheet* ws, int row, int col, const QString& text, lxw_format* fmt)
{
    bool isNumber = false;
    const double v = text.toDouble(&isNumber);
    if (isNumber && !text.isEmpty() && !text.startsWith(QLatin1Char('0')) && text.size() < 15)
        worksheet_write_number(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v, fmt);
    else
        worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               text.toUtf8().constData(), fmt);
}

} // namespace

QString sheetName(const QString& wanted, const QStringList& taken)
{
    QString base = wanted;
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        base.replace(bad, QLatin1Char('_'));
    base = base.trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    base.truncate(31);
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - static_cast<int>(suffix.size())) + suffix;
    }
    return name;
}

QString renderXlsx(const ReportDocument& doc, const QString& path)
{
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_FALSE;
    opts.tmpdir = nullptr;
    // libxlsxwriter writes straight to a file: let it write a scratch file, then put the finished
    // bytes in place the one safe way, so a full disk never leaves a partial workbook at `path`.
    QTemporaryFile scratch(QDir::tempPath() + QStringLiteral("/cw-report-XXXXXX.xlsx"));
    if (!scratch.open())
        return path + QStringLiteral(": the XLSX file cannot be prepared (") + scratch.errorString() +
               QLatin1Char(')');
    scratch.close();
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(scratch.fileName()).constData(), &opts);
    if (!wb)
        return path + QStringLiteral(": the XLSX file cannot be created");
    QByteArray title = doc.title.toUtf8();
    QByteArray author = QByteArrayLiteral("Conformance Workbench");
    lxw_doc_properties props{};
    props.title = title.data(); // libxlsxwriter copies the strings
    props.author = author.data();
    workbook_set_properties(wb, &props);
    const Formats f = makeFormats(wb);
    QStringList taken;

    // Summary sheet: cover and key values.
    const QString summaryName = sheetName(doc.t("Summary", "概要"), taken);
    taken << summaryName;
    lxw_worksheet* summary = workbook_add_worksheet(wb, summaryName.toUtf8().constData());
    int row = 0;
    writeCell(summary, row++, 0, doc.cover.title.isEmpty() ? doc.title : doc.cover.title, f.title);
    if (!doc.cover.subtitle.isEmpty())
        writeCell(summary, row++, 0, doc.cover.subtitle, f.wrap);
    ++row;
    auto keyValues = [&](const QList<QPair<QString, QString>>& rows) {
        for (const auto& [k, v] : rows) {
            writeCell(summary, row, 0, k, f.header);
            writeCell(summary, row, 1, v, f.wrap);
            ++row;
        }
        ++row;
    };
    keyValues(doc.cover.facts);
    for (const auto& b : doc.blocks)
        if (const auto* kv = std::get_if<KeyValues>(&b))
            keyValues(kv->rows);
    worksheet_set_column(summary, 0, 0, 34, nullptr);
    worksheet_set_column(summary, 1, 1, 80, nullptr);

    for (const auto& b : doc.blocks) {
        const auto* t = std::get_if<Table>(&b);
        if (!t || t->sheetName.isEmpty() || t->headers.isEmpty())
            continue;
        const QString name = sheetName(t->sheetName, taken);
        taken << name;
        lxw_worksheet* ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        const int cols = static_cast<int>(t->headers.size());
        for (int c = 0; c < cols; ++c)
            writeCell(ws, 0, c, t->headers[c], f.header);
        for (qsizetype r = 0; r < t->rows.size(); ++r)
            for (int c = 0; c < cols; ++c)
                writeCell(ws, static_cast<int>(r) + 1, c, c < t->rows[r].size() ? t->rows[r][c] : QString(),
                          rowFormat(f, *t, r));
        for (int c = 0; c < cols; ++c) {
            double width = c < t->widths.size() ? t->widths[c] : 0;
            if (width <= 0) {
                width = static_cast<double>(t->headers[c].size()) + 2;
                for (const auto& r : t->rows)
                    if (c < r.size())
                        width = std::max(width, std::min(60.0, static_cast<double>(r[c].size()) * 1.2 + 2));
            }
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
        }
        worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(t->rows.size()),
                             static_cast<lxw_col_t>(cols - 1));
        worksheet_freeze_panes(ws, 1, 0);
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        return path + QStringLiteral(": the XLSX file cannot be written (") +
               QString::fromUtf8(lxw_strerror(err)) + QLatin1Char(')');
    if (!scratch.open())
        return path + QStringLiteral(": the XLSX file cannot be written (") + scratch.errorString() +
               QLatin1Char(')');
    return writeReportFile(path, scratch.readAll());
}

} // namespace cw::report
