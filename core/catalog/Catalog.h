#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw {

/// Text in the catalog languages. Either may be empty when the catalog does not carry it.
struct LocalizedText {
    std::string en;
    std::string zh;
    /// The text in `lang`, falling back to the other language when empty.
    [[nodiscard]] const std::string& in(const std::string& lang) const;
    [[nodiscard]] bool empty() const { return en.empty() && zh.empty(); }
    bool operator==(const LocalizedText&) const = default;
};

struct Requirement {
    std::string ref;
    std::optional<std::string> parent;
    LocalizedText title;
    LocalizedText description; ///< imported catalogs only; ours carry questions instead
    bool assessable = false;
    std::vector<LocalizedText> questions;
    LocalizedText evidence;
    std::optional<int> level; ///< document level 1-4 that usually carries it
    std::string processGroup; ///< id of a process group, or empty
    std::string theme;        ///< Annex A theme, or empty
    int depth = 0;            ///< 0 for top-level headings
    bool operator==(const Requirement&) const = default;
};

struct ProcessGroup {
    std::string id;
    LocalizedText title;
    bool operator==(const ProcessGroup&) const = default;
};

enum class DocumentKind { Document, Record };

struct RequiredDocument {
    std::string id;
    std::string clause;
    DocumentKind kind = DocumentKind::Document;
    int level = 1;
    LocalizedText title;
    bool operator==(const RequiredDocument&) const = default;
};

/// Where a catalog came from.
enum class CatalogOrigin { Builtin, Json, CisoAssistant, Csv };

struct Catalog {
    std::string id;
    LocalizedText title;
    std::string publisher;
    std::string edition;
    std::string contentVersion;
    std::vector<std::string> languages;
    CatalogOrigin origin = CatalogOrigin::Json;
    std::vector<ProcessGroup> processGroups;
    std::vector<Requirement> requirements; ///< tree order: each parent before its children
    std::vector<RequiredDocument> requiredDocuments;

    [[nodiscard]] const Requirement* find(const std::string& ref) const;
    [[nodiscard]] std::vector<const Requirement*> children(const std::optional<std::string>& parent) const;
    [[nodiscard]] std::size_t assessableCount() const;
    bool operator==(const Catalog&) const = default;
};

enum class MappingRelation { Equivalent, Related };

struct MappingLink {
    std::string sourceCatalog;
    std::string sourceRef;
    std::string targetCatalog;
    std::string targetRef;
    MappingRelation relation = MappingRelation::Related;
    bool operator==(const MappingLink&) const = default;
};

struct MappingSet {
    std::string source;
    std::string target;
    std::string contentVersion;
    std::vector<MappingLink> links;
};

[[nodiscard]] std::string toString(CatalogOrigin o);
[[nodiscard]] std::optional<CatalogOrigin> catalogOriginFromString(const std::string& s);
[[nodiscard]] std::string toString(MappingRelation r);
[[nodiscard]] std::optional<MappingRelation> mappingRelationFromString(const std::string& s);
[[nodiscard]] std::string toString(DocumentKind k);

/// Compares clause references numerically part by part ("8.10" after "8.9", "A.5.2" after "A.5.1").
[[nodiscard]] bool refLess(const std::string& a, const std::string& b);

/// Checks the structure every catalog must have, whatever its source: unique refs, parents that
/// exist, no cycles, languages present, known groups and kinds. Reorders requirements into tree
/// order and sets depths. Throws Error(InvalidInput) starting with `source`.
void finalizeCatalog(Catalog& catalog, const std::string& source);

} // namespace cw
