#pragma once
// The one way the report renderers put a finished file on the disk: the core's writeOutputFile
// (a temporary file in the same folder renamed into place, so a full disk never leaves a partial
// report), with its message naming the file and the cause ("No space left on device").

#include "common/Error.h"
#include "common/OutputFile.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace cw::report {

/// Writes `bytes` to `path`; an empty string on success, else the message of the failure.
[[nodiscard]] inline QString writeReportFile(const QString& path, const QByteArray& bytes)
{
    try {
        writeOutputFile(path.toStdString(),
                        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        return {};
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
}

} // namespace cw::report
