#include "ZipWriter.h"

#include <zlib.h>

namespace cw::report {

namespace {

void put16(QByteArray& out, quint16 v)
{
    out.append(static_cast<char>(v & 0xff));
    out.append(static_cast<char>((v >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, static_cast<quint16>(v & 0xffff));
    put16(out, static_cast<quint16>(v >> 16));
}

QByteArray rawDeflate(const QByteArray& in)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&zs, static_cast<uLong>(in.size()))),
                   Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(static_cast<qsizetype>(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace

void ZipWriter::add(const QString& name, const QByteArray& data, bool compress)
{
    Entry e;
    e.name = name.toUtf8();
    e.size = static_cast<quint32>(data.size());
    e.crc = static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef*>(data.constData()), static_cast<uInt>(data.size())));
    e.deflated = compress;
    e.data = compress ? rawDeflate(data) : data;
    m_entries.append(std::move(e));
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QByteArray central;
    for (const auto& e : m_entries) {
        const auto offset = static_cast<quint32>(out.size());
        const quint16 method = e.deflated ? 8 : 0;
        // Local file header; bit 11: names are UTF-8.
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800);
        put16(out, method);
        put16(out, 0);
        put16(out, 0x21); // 1980-01-01
        put32(out, e.crc);
        put32(out, static_cast<quint32>(e.data.size()));
        put32(out, e.size);
        put16(out, static_cast<quint16>(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;
        // Central directory record.
        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, 0x0800);
        put16(central, method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, static_cast<quint32>(e.data.size()));
        put32(central, e.size);
        put16(central, static_cast<quint16>(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += e.name;
    }
    const auto centralOffset = static_cast<quint32>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<quint16>(m_entries.size()));
    put16(out, static_cast<quint16>(m_entries.size()));
    put32(out, static_cast<quint32>(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

} // namespace cw::report
