#include "CsvWriter.h"

namespace cw::report {

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{}

QString CsvWriter::quoted(const QString& field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             field.startsWith(QLatin1Char(' ')) || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const auto& f : fields)
        out << quoted(f);
    m_data += out.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace cw::report
