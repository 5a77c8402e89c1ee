#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cw::cli {

/// Runs the `conformance` command line. Returns the process exit code (docs/cli.md).
/// Results go to `out`; messages go to `err`, one clear line first.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cw::cli
