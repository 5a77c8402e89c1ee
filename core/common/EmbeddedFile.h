#pragma once

#include <string_view>

namespace cw {

/// A file compiled into the binary (see cmake/EmbedText.cmake).
struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

} // namespace cw
