#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::report {

/// Writes a ZIP archive in memory, as OpenDocument packages need: entries in the order added,
/// the first one (the `mimetype`) stored uncompressed, the others deflated.
class ZipWriter {
public:
    void add(const QString& name, const QByteArray& data, bool compress = true);
    /// The whole archive.
    [[nodiscard]] QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        QByteArray data; ///< as stored (deflated or not)
        quint32 crc = 0;
        quint32 size = 0;
        bool deflated = false;
    };
    QList<Entry> m_entries;
};

} // namespace cw::report
