#include "PdfTextFix.h"

#include <QHash>
#include <QRawFont>
#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <utility>

namespace cw::report {

namespace {

/// Where the CJK blocks (radicals, symbols, kana, ideographs, compatibility forms) start.
constexpr char32_t kFirstCjk = 0x2E80;

/// Maps one ToUnicode destination code point to the one to write instead (itself: unchanged).
using DestinationMap = std::function<char16_t(char16_t)>;

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

/// Applies `map` to the 4-digit `<hex>` destination token at `at`; true when it changed it.
bool rewriteDestination(QByteArray& pdf, qsizetype at, qsizetype end, const DestinationMap& map)
{
    static const char hex[] = "0123456789ABCDEF";
    if (at + 5 >= end || pdf[at + 5] != '>')
        return false;
    char16_t cp = 0;
    for (int k = 1; k <= 4; ++k) {
        const int v = hexValue(pdf[at + k]);
        if (v < 0)
            return false;
        cp = static_cast<char16_t>((cp << 4) | v);
    }
    const char16_t to = map(cp);
    if (to == cp)
        return false;
    for (int k = 0; k < 4; ++k)
        pdf[at + 4 - k] = hex[(to >> (4 * k)) & 0xF];
    return true;
}

/// The end of the `<...>` token at `at` (just past '>'), or `end` when it is unterminated.
qsizetype afterToken(const QByteArray& pdf, qsizetype at, qsizetype end)
{
    const qsizetype close = pdf.indexOf('>', at);
    return close >= 0 && close < end ? close + 1 : end;
}

int fixSection(QByteArray& pdf, qsizetype from, qsizetype end, bool range, const DestinationMap& map)
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
                fixed += rewriteDestination(pdf, at, arrayEnd, map) ? 1 : 0;
            pos = arrayEnd + 1;
        } else if (pdf[pos] == '<') {
            // A scalar bfrange destination counts up over the range: only a single code is safe.
            if (lowCode.compare(highCode, Qt::CaseInsensitive) == 0)
                fixed += rewriteDestination(pdf, pos, end, map) ? 1 : 0;
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

int rewriteToUnicode(QByteArray& pdf, const DestinationMap& map)
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
                fixed += fixSection(pdf, at + begin.size(), sectionEnd, range, map);
                at = sectionEnd;
            }
        }
        from = cmapEnd;
    }
    return fixed;
}

int fixTabToUnicode(QByteArray& pdf)
{
    return rewriteToUnicode(pdf, [](char16_t cp) { return cp >= 0x09 && cp <= 0x0D ? char16_t(0x20) : cp; });
}

int fixSharedGlyphs(QByteArray& pdf, const QRawFont& font, const QString& drawnText)
{
    if (!font.isValid())
        return 0;
    QSet<char16_t> drawn;
    for (const QChar c : drawnText)
        if (c.unicode() >= kFirstCjk)
            drawn.insert(c.unicode());
    if (drawn.isEmpty())
        return 0;
    // Code points of the CJK blocks and up (BMP, no surrogates), grouped by the glyph they share.
    QString chars;
    for (char32_t cp = kFirstCjk; cp <= 0xFFFF; ++cp)
        if (cp < 0xD800 || cp > 0xDFFF)
            chars += QChar(static_cast<char16_t>(cp));
    const QList<quint32> glyphs = font.glyphIndexesForString(chars);
    QHash<quint32, QList<char16_t>> groups;
    for (qsizetype i = 0; i < chars.size() && i < glyphs.size(); ++i)
        if (glyphs[i] != 0)
            groups[glyphs[i]] << chars[i].unicode();
    QHash<char16_t, quint32> glyphOf;
    for (const char16_t cp : drawn) {
        const QList<quint32> g = font.glyphIndexesForString(QString(QChar(cp)));
        if (!g.isEmpty() && g.front() != 0)
            glyphOf.insert(cp, g.front());
    }
    // Each drawn code point claims its glyph; a glyph two drawn code points share stays as it is.
    QHash<quint32, char16_t> claimed;
    QSet<quint32> ambiguous;
    for (auto g = glyphOf.cbegin(); g != glyphOf.cend(); ++g) {
        if (groups.value(g.value()).size() < 2)
            continue;
        if (claimed.contains(g.value()))
            ambiguous.insert(g.value());
        claimed.insert(g.value(), g.key());
    }
    QHash<char16_t, char16_t> replace;
    for (auto c = claimed.cbegin(); c != claimed.cend(); ++c) {
        if (ambiguous.contains(c.key()))
            continue;
        for (const char16_t sibling : groups.value(c.key()))
            if (sibling != c.value())
                replace.insert(sibling, c.value());
    }
    if (replace.isEmpty())
        return 0;
    return rewriteToUnicode(pdf, [&replace](char16_t cp) { return replace.value(cp, cp); });
}

} // namespace cw::report
