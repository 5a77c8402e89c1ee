#pragma once

#include <stdexcept>
#include <string>

namespace cw {

/// What went wrong, coarse enough to choose an exit code or a dialog from.
enum class ErrorCode {
    Usage,        ///< the caller asked for something that makes no sense
    CannotOpen,   ///< a file cannot be opened or read (missing, damaged, not ours, newer)
    CannotWrite,  ///< an output file cannot be written (full disk, no permission, a folder)
    AlreadyOpen,  ///< another process has the workspace open for writing
    ReadOnly,     ///< a write was attempted on a workspace opened read-only
    InvalidInput, ///< data given to the program is malformed or violates a rule
    NotFound,     ///< a named entity does not exist
    CheckFailed,  ///< an integrity check found a problem
    Internal,     ///< a database or program fault
};

/// The typed exception of the core. The message is one complete sentence a user can read; it
/// names the file, the JSON path or the field concerned. The core never prints it.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message)
        : std::runtime_error(visibleNul(message))
        , m_code(code)
    {}
    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }

private:
    /// what() is a C string: a NUL quoted from untrusted text (a code, a name) would cut the
    /// message short, so it is written as "\x00".
    static std::string visibleNul(const std::string& message)
    {
        if (message.find('\0') == std::string::npos)
            return message;
        std::string out;
        for (const char c : message)
            out += c == '\0' ? std::string("\\x00") : std::string(1, c);
        return out;
    }

    ErrorCode m_code;
};

/// Process exit code for an error, as documented in docs/cli.md.
[[nodiscard]] int exitCodeFor(ErrorCode code) noexcept;

} // namespace cw
