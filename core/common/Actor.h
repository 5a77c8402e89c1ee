#pragma once

#include <string>
#include <string_view>

namespace cw {

/// The name recorded in the audit trail for the changes of this program, by one rule for the CLI
/// and the desktop program: `preferred` (the GUI's preference) when it is not blank, else
/// $CW_ACTOR when it is not blank, else the login name of the user. Leading and trailing blanks are
/// dropped. Error(InvalidInput) naming where the name came from when it holds a control character
/// (a line break or an escape would forge or garble trail entries when printed).
[[nodiscard]] std::string resolveActor(std::string_view preferred = {});

} // namespace cw
