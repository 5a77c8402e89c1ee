#include "common/Error.h"

namespace cw {

int exitCodeFor(ErrorCode code) noexcept
{
    switch (code) {
    case ErrorCode::Usage:
        return 1;
    case ErrorCode::CannotOpen:
    case ErrorCode::CannotWrite:
    case ErrorCode::AlreadyOpen:
    case ErrorCode::ReadOnly:
        return 2;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
        return 3;
    case ErrorCode::CheckFailed:
        return 4;
    case ErrorCode::Internal:
        return 5;
    }
    return 5;
}

} // namespace cw
