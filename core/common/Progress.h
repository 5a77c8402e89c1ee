#pragma once

#include <cstddef>
#include <exception>
#include <functional>

namespace cw {

/// Told how far a long action has got (`done` of `total` steps), from the thread running it;
/// returning false asks the action to stop. It then throws Cancelled, having changed nothing.
using Progress = std::function<bool(std::size_t done, std::size_t total)>;

/// Thrown by a long action its Progress asked to stop; what it had begun was rolled back. Not a
/// cw::Error: nothing went wrong, and there is nothing to tell the user.
class Cancelled : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "the action was cancelled"; }
};

/// Reports progress when there is a Progress to tell; throws Cancelled when it says stop.
inline void reportProgress(const Progress& progress, std::size_t done, std::size_t total)
{
    if (progress && !progress(done, total))
        throw Cancelled();
}

} // namespace cw
