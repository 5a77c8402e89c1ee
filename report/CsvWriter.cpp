#include "CsvWriter.h"

#include "common/Csv.h"

namespace cw::report {

CsvWriter::CsvWriter()
    : m_data("\xEF\xBB\xBF")
{}

QString CsvWriter::quoted(const QString& field)
{
    // The one CSV rule of the program (cw::csvField): neutralised against formulas, then quoted.
    return QString::fromStdString(csvField(field.toStdString()));
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
