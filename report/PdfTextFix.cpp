#include "PdfTextFix.h"

#include <QString>

#include <array>
#include <utility>

namespace cw::report {

namespace {

// CJK Radicals Supplement entries that CJK fonts draw with the ideograph's own glyph.
constexpr std::array<std::pair<char32_t, char32_t>, 36> kSupplement{{
    {0x2E9D, 0x6708}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1},
    {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ED0, 0x9485},
    {0x2ED1, 0x9577}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8},
    {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE},
    {0x2EDD, 0x98DF}, {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
    {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4},
    {0x2EEA, 0x9EFE}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F},
    {0x2E8C, 0x5C0F},
}};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// The next `<hex>` token at or after `pos` and before `end`: its start, or -1.
qsizetype nextHex(const QByteArray& pdf, qsizetype pos, qsizetype end)
{
    const qsizetype at = pdf.indexOf('<', pos);
    return at >= 0 && at < end ? at : -1;
}

/// Whether the `<hex>` token at `at` is a destination worth rewriting: a whitespace control.
/// Rewrites it to <0020> and returns true when it is.
bool rewriteControl(QByteArray& pdf, qsizetype at, qsizetype end)
{
    if (at + 5 >= end || pdf[at + 5] != '>')
        return false;
    int cp = 0;
    for (int k = 1; k <= 4; ++k) {
        const int v = hexValue(pdf[at + k]);
        if (v < 0)
            return false;
        cp = (cp << 4) | v;
    }
    if (cp < 0x09 || cp > 0x0D)
        return false;
    pdf.replace(at + 1, 4, "0020", 4);
    return true;
}

/// The end of the `<...>` token at `at` (just past '>'), or `end` when it is unterminated.
qsizetype afterToken(const QByteArray& pdf, qsizetype at, qsizetype end)
{
    const qsizetype close = pdf.indexOf('>', at);
    return close >= 0 && close < end ? close + 1 : end;
}

int fixSection(QByteArray& pdf, qsizetype from, qsizetype end, bool range)
{
    int fixed = 0;
    qsizetype pos = from;
    while (true) {
        // Source code(s): one for bfchar, low and high for bfrange.
        qsizetype low = nextHex(pdf, pos, end);
        if (low < 0)
            return fixed;
        pos = afterToken(pdf, low, end);
        const QByteArray lowCode = pdf.mid(low, pos - low);
        QByteArray highCode = lowCode;
        if (range) {
            const qsizetype high = nextHex(pdf, pos, end);
            if (high < 0)
                return fixed;
            pos = afterToken(pdf, high, end);
            highCode = pdf.mid(high, pos - high);
        }
        // Destination: a `<hex>` or, in a bfrange, an array of them.
        while (pos < end && (pdf[pos] == ' ' || pdf[pos] == '\n' || pdf[pos] == '\r' || pdf[pos] == '\t'))
            ++pos;
        if (pos >= end)
            return fixed;
        if (range && pdf[pos] == '[') {
            const qsizetype close = pdf.indexOf(']', pos);
            const qsizetype arrayEnd = close >= 0 && close < end ? close : end;
            for (qsizetype at = nextHex(pdf, pos, arrayEnd); at >= 0;
                 at = nextHex(pdf, afterToken(pdf, at, arrayEnd), arrayEnd))
                fixed += rewriteControl(pdf, at, arrayEnd) ? 1 : 0;
            pos = arrayEnd + 1;
        } else if (pdf[pos] == '<') {
            // A scalar bfrange destination counts up over the range: only a single code is safe.
            if (lowCode.compare(highCode, Qt::CaseInsensitive) == 0)
                fixed += rewriteControl(pdf, pos, end) ? 1 : 0;
            pos = afterToken(pdf, pos, end);
        } else {
            return fixed;
        }
    }
}

} // namespace

char32_t unifiedIdeographForRadical(char32_t radical)
{
    if (radical >= 0x2F00 && radical <= 0x2FD5) {
        // Kangxi radicals decompose (NFKC) to the unified ideograph.
        const QString n =
            QString(QChar(static_cast<char16_t>(radical))).normalized(QString::NormalizationForm_KC);
        if (n.size() == 1 && n.at(0).unicode() >= 0x3400)
            return n.at(0).unicode();
        return 0;
    }
    for (const auto& [from, to] : kSupplement)
        if (from == radical)
            return to;
    return 0;
}

int fixCjkToUnicode(QByteArray& pdf)
{
    int fixed = 0;
    static const char hex[] = "0123456789ABCDEF";
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        for (qsizetype i = from; i + 5 < end; ++i) {
            if (pdf[i] != '<' || pdf[i + 5] != '>')
                continue;
            char32_t cp = 0;
            bool ok = true;
            for (int k = 1; k <= 4 && ok; ++k) {
                const int v = hexValue(pdf[i + k]);
                ok = v >= 0;
                cp = (cp << 4) | static_cast<char32_t>(v);
            }
            if (!ok || cp < 0x2E80 || cp > 0x2FDF)
                continue;
            const char32_t unified = unifiedIdeographForRadical(cp);
            if (unified == 0 || unified > 0xFFFF)
                continue;
            for (int k = 0; k < 4; ++k)
                pdf[i + 4 - k] = hex[(unified >> (4 * k)) & 0xF];
            ++fixed;
        }
        from = end;
    }
    return fixed;
}

int fixTabToUnicode(QByteArray& pdf)
{
    int fixed = 0;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype cmapEnd = pdf.indexOf("endcmap", from);
        if (cmapEnd < 0)
            break;
        for (const bool range : {false, true}) {
            const QByteArray begin = range ? "beginbfrange" : "beginbfchar";
            const QByteArray stop = range ? "endbfrange" : "endbfchar";
            qsizetype at = from;
            while ((at = pdf.indexOf(begin, at)) >= 0 && at < cmapEnd) {
                const qsizetype sectionEnd = pdf.indexOf(stop, at);
                if (sectionEnd < 0 || sectionEnd > cmapEnd)
                    break;
                fixed += fixSection(pdf, at + begin.size(), sectionEnd, range);
                at = sectionEnd;
            }
        }
        from = cmapEnd;
    }
    return fixed;
}

} // namespace cw::report
