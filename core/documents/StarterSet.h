#pragma once

#include "catalog/Catalog.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

/// One entry of the recommended skeleton register (resources/documents/starter-set.json).
struct StarterDocument {
    std::string code;
    int level = 1;
    std::string type;
    std::string parent;               ///< code of an entry before it, or empty
    std::vector<std::string> clauses; ///< refs in the starter set's catalog
    std::optional<int> reviewMonths;
    std::optional<int> retentionMonths;
    LocalizedText title;
};

struct StarterSet {
    std::string catalogId;                  ///< the built-in catalog its clauses belong to
    std::vector<StarterDocument> documents; ///< parents before children
};

/// Reads and checks a starter-set file: known fields, unique codes, known types, parents listed
/// before their children in level order, clauses that exist in the built-in catalog, both title
/// languages. Error(InvalidInput) with the JSON path.
[[nodiscard]] StarterSet loadStarterSet(const std::filesystem::path& file);
/// The shipped starter set (cached).
[[nodiscard]] const StarterSet& builtinStarterSet();

/// Creates the starter register as one action: copies the starter set's catalog into the
/// workspace first when absent, then every document as a draft (version 1.0) with its level,
/// type, parent, clause links and review interval, titled in the engagement's language. Refuses
/// (Error(InvalidInput), nothing changed) when any of its codes is already in the register, naming
/// them. Returns the codes created.
std::vector<std::string> createStarterSet(Workspace& ws);

} // namespace cw
