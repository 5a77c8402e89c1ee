#include "common/OutputFile.h"

#include "common/Error.h"

namespace cw {

void writeOutputFile(const std::filesystem::path& file, std::string_view bytes,
                     const platform::WriteStep& write)
{
    const platform::FileWrite w = platform::replaceFile(file, bytes, write);
    if (w.error == 0)
        return;
    const std::string cause = platform::errorText(w.error);
    const std::string what = w.step == "create"   ? "the file cannot be created"
                             : w.step == "rename" ? "the finished file cannot replace the old one"
                                                  : "the file cannot be written";
    throw Error(ErrorCode::CannotWrite, file.string() + ": " + what + " (" + cause + ")");
}

} // namespace cw
