#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw::report {

/// CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (so Excel shows Chinese
/// correctly), CRLF line ends, fields quoted when they hold a comma, quote or line break, and
/// neutralised against formula injection (cw::csvField).
class CsvWriter {
public:
    CsvWriter();
    void addRow(const QStringList& fields);
    [[nodiscard]] const QByteArray& data() const { return m_data; }

    [[nodiscard]] static QString quoted(const QString& field);

private:
    QByteArray m_data;
};

} // namespace cw::report
