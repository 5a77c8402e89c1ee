#pragma once
// Helpers shared by the `audits`, `findings` and `review` commands.

#include "cli/Command.h"
#include "documents/Document.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace cw {
class Workspace;
}

namespace cw::cli {

/// The FILE positional option.
void workspaceFileOption(po::options_description& o, po::positional_options_description& p);
/// Error(Usage) "unknown <what> 'value' (choose a, b, c)" unless `value` is allowed.
void requireChoice(const std::string& what, const std::string& value,
                   std::initializer_list<const char*> allowed);
/// One CSV line as spreadsheets read it: quoted when needed, CRLF.
[[nodiscard]] std::string csvRow(const std::vector<std::string>& fields);
/// The UTF-8 byte-order mark that starts every CSV output.
inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";
/// "8.6.1, A.5.24 (iso27001:2022)": refs of 20000-1 bare, others with their catalog.
[[nodiscard]] std::string clauseRefs(const std::vector<ClauseLink>& clauses);
[[nodiscard]] nlohmann::ordered_json clausesJson(const std::vector<ClauseLink>& clauses);
/// A JSON string, or null when empty.
[[nodiscard]] nlohmann::ordered_json textOrNull(const std::string& s);
/// "a, b, c"
[[nodiscard]] std::string joined(const std::vector<std::string>& items, const char* sep = ", ");

} // namespace cw::cli
