#pragma once

#include <QByteArray>
#include <QString>

class QRawFont;

namespace cw::report {

/// Qt's PDF writer builds each font's ToUnicode map by giving a glyph the lowest code point that
/// maps to it. CJK fonts such as Noto Sans CJK share glyphs between radicals (U+2E80–U+2FDF) and
/// the ideographs themselves, so 目 (U+76EE) would be extracted as the radical ⽬ (U+2F6C) and 页
/// as ⻚. This rewrites those entries of the (uncompressed) ToUnicode CMaps to the unified
/// ideographs, in place and with the same length, so no offset of the file changes.
/// Returns the number of entries rewritten.
int fixCjkToUnicode(QByteArray& pdf);

/// Fonts often map the whitespace controls (tab, line feed, carriage return, U+0009–U+000D) to the
/// space glyph, and Qt's lowest-code-point rule then extracts every space as a tab. This rewrites
/// such destinations of the (uncompressed) ToUnicode CMaps' bfchar and bfrange entries to U+0020,
/// in place and with the same length. Source codes (glyph ids) are never touched.
/// Returns the number of entries rewritten.
int fixTabToUnicode(QByteArray& pdf);

/// CJK fonts draw several code points with one glyph, and Qt names the glyph by the lowest: Noto
/// Sans CJK SC draws 户 (U+6237) with the glyph of the Kangxi radical ⼾ (U+2F3E), whose own
/// decomposition is the traditional 戶 (U+6236), so neither Qt's map nor fixCjkToUnicode gives 户.
/// Knowing the text drawn, this rewrites each ToUnicode destination of `font`'s shared glyphs
/// (U+2E80 and up) to the one code point of that glyph that `drawnText` holds; a glyph two drawn
/// code points share stays as it is. In place and with the same length; run it before
/// fixCjkToUnicode. Returns the number of entries rewritten.
int fixSharedGlyphs(QByteArray& pdf, const QRawFont& font, const QString& drawnText);

/// The unified ideograph a CJK radical code point stands for, or 0 when none is known.
[[nodiscard]] char32_t unifiedIdeographForRadical(char32_t radical);

} // namespace cw::report
