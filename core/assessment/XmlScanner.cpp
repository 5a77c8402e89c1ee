#include "assessment/XmlScanner.h"

#include "common/Error.h"

#include <algorithm>

namespace cw {

namespace {

std::string_view localName(std::string_view name)
{
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void appendUtf8(std::string& out, unsigned long cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::string XmlScanner::Token::attribute(std::string_view key) const
{
    for (const auto& [n, v] : attributes)
        if (n == key)
            return v;
    return {};
}

bool XmlScanner::Token::has(std::string_view key) const
{
    for (const auto& a : attributes)
        if (a.first == key)
            return true;
    return false;
}

XmlScanner::XmlScanner(std::string_view xml, std::string source)
    : m_xml(xml)
    , m_source(std::move(source))
{}

void XmlScanner::fail(const std::string& problem) const
{
    throw Error(ErrorCode::InvalidInput,
                m_source + ": malformed XML at byte " + std::to_string(m_pos) + ": " + problem);
}

std::string XmlScanner::decode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const auto semi = text.find(';', i);
        if (semi == std::string_view::npos || semi - i > 12) {
            out += '&';
            continue;
        }
        const std::string_view ent = text.substr(i + 1, semi - i - 1);
        if (ent == "amp")
            out += '&';
        else if (ent == "lt")
            out += '<';
        else if (ent == "gt")
            out += '>';
        else if (ent == "quot")
            out += '"';
        else if (ent == "apos")
            out += '\'';
        else if (ent.size() > 1 && ent[0] == '#') {
            const bool hex = ent[1] == 'x' || ent[1] == 'X';
            const std::string digits(ent.substr(hex ? 2 : 1));
            if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") !=
                                      std::string::npos) {
                out += '&';
                continue;
            }
            unsigned long cp = 0;
            for (const char d : digits) {
                const int v = d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10;
                cp = std::min(cp * (hex ? 16u : 10u) + static_cast<unsigned long>(v), 0x110000ul);
            }
            appendUtf8(out, cp);
        } else {
            out += '&';
            continue;
        }
        i = semi;
    }
    return out;
}

bool XmlScanner::next(Token& token)
{
    token.attributes.clear();
    token.selfClosing = false;
    token.text.clear();
    if (m_pendingClose) {
        m_pendingClose = false;
        token.kind = Kind::Close;
        token.name = m_pendingName;
        return true;
    }
    while (m_pos < m_xml.size()) {
        if (m_xml[m_pos] != '<') {
            const auto lt = m_xml.find('<', m_pos);
            const auto end = lt == std::string_view::npos ? m_xml.size() : lt;
            token.kind = Kind::Text;
            token.text = decode(m_xml.substr(m_pos, end - m_pos));
            m_pos = end;
            return true;
        }
        const std::string_view rest = m_xml.substr(m_pos);
        if (rest.substr(0, 4) == "<!--") {
            const auto e = m_xml.find("-->", m_pos);
            if (e == std::string_view::npos)
                fail("unterminated comment");
            m_pos = e + 3;
            continue;
        }
        if (rest.substr(0, 9) == "<![CDATA[") {
            const auto e = m_xml.find("]]>", m_pos);
            if (e == std::string_view::npos)
                fail("unterminated CDATA section");
            token.kind = Kind::Text;
            token.text = std::string(m_xml.substr(m_pos + 9, e - m_pos - 9));
            m_pos = e + 3;
            return true;
        }
        if (rest.substr(0, 2) == "<?" || rest.substr(0, 2) == "<!") {
            const auto e = m_xml.find('>', m_pos);
            if (e == std::string_view::npos)
                fail("unterminated declaration");
            m_pos = e + 1;
            continue;
        }
        const bool closing = rest.size() > 1 && rest[1] == '/';
        std::size_t p = m_pos + (closing ? 2 : 1);
        const std::size_t nameStart = p;
        while (p < m_xml.size() && !isSpace(m_xml[p]) && m_xml[p] != '>' && m_xml[p] != '/')
            ++p;
        if (p == nameStart)
            fail("an element without a name");
        token.name = localName(m_xml.substr(nameStart, p - nameStart));
        if (closing) {
            const auto e = m_xml.find('>', p);
            if (e == std::string_view::npos)
                fail("unterminated closing tag");
            token.kind = Kind::Close;
            m_pos = e + 1;
            return true;
        }
        token.kind = Kind::Open;
        for (;;) {
            while (p < m_xml.size() && isSpace(m_xml[p]))
                ++p;
            if (p >= m_xml.size())
                fail("unterminated tag");
            if (m_xml[p] == '>') {
                ++p;
                break;
            }
            if (m_xml[p] == '/') {
                if (p + 1 >= m_xml.size() || m_xml[p + 1] != '>')
                    fail("stray '/' in a tag");
                token.selfClosing = true;
                p += 2;
                break;
            }
            const std::size_t an = p;
            while (p < m_xml.size() && m_xml[p] != '=' && !isSpace(m_xml[p]) && m_xml[p] != '>')
                ++p;
            const std::string_view attrName = localName(m_xml.substr(an, p - an));
            while (p < m_xml.size() && isSpace(m_xml[p]))
                ++p;
            if (p >= m_xml.size() || m_xml[p] != '=')
                fail("attribute without a value");
            ++p;
            while (p < m_xml.size() && isSpace(m_xml[p]))
                ++p;
            if (p >= m_xml.size() || (m_xml[p] != '"' && m_xml[p] != '\''))
                fail("attribute value without quotes");
            const char quote = m_xml[p];
            const auto close = m_xml.find(quote, p + 1);
            if (close == std::string_view::npos)
                fail("unterminated attribute value");
            token.attributes.emplace_back(attrName, decode(m_xml.substr(p + 1, close - p - 1)));
            p = close + 1;
        }
        m_pos = p;
        if (token.selfClosing) {
            m_pendingClose = true;
            m_pendingName = token.name;
        }
        return true;
    }
    return false;
}

} // namespace cw
