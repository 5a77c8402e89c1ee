#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw {

/// Status of one version of a document. Draft -> In review -> Approved -> Obsolete; an approved
/// version is the one in force.
enum class DocumentStatus { Draft, InReview, Approved, Obsolete };

/// "draft", "in_review", "approved", "obsolete"
[[nodiscard]] std::string_view toString(DocumentStatus s);
[[nodiscard]] std::optional<DocumentStatus> documentStatusFromString(std::string_view s);
/// Every status, in lifecycle order.
[[nodiscard]] const std::vector<DocumentStatus>& allDocumentStatuses();

/// Document type keys ("policy", "procedure", ...), in display order. The UI translates them.
[[nodiscard]] const std::vector<std::string_view>& documentTypes();
[[nodiscard]] bool isDocumentType(std::string_view type);

/// The levels of the four-level hierarchy: 1 manual/policy, 2 procedure, 3 work instruction /
/// guide / template, 4 record / form.
inline constexpr int kMinDocumentLevel = 1;
inline constexpr int kMaxDocumentLevel = 4;

/// Whether a document of `childLevel` may derive from one of `parentLevel`: a level-2 procedure
/// from the level-1 manual, a level-3 instruction from a procedure, a level-4 record or form from
/// a procedure or an instruction. Level-1 documents have no parent.
[[nodiscard]] bool levelMayDeriveFrom(int childLevel, int parentLevel);
/// The message for a refused link, naming both codes and levels.
[[nodiscard]] std::string levelOrderMessage(const std::string& childCode, int childLevel,
                                            const std::string& parentCode, int parentLevel);

/// Major.minor version number, e.g. 1.0, 2.3.
struct VersionNumber {
    int major = 1;
    int minor = 0;
    [[nodiscard]] std::string toString() const;
    /// Parses "M.m" (digits only); nullopt otherwise.
    [[nodiscard]] static std::optional<VersionNumber> parse(std::string_view text);
    auto operator<=>(const VersionNumber&) const = default;
};

/// A clause of a workspace catalog (requirement(catalog_id, ref)).
struct ClauseLink {
    std::string catalogId;
    std::string ref;
    auto operator<=>(const ClauseLink&) const = default;
};

/// The register entry of a document: the fields a user edits.
struct Document {
    std::int64_t id = 0;
    std::string code; ///< unique, e.g. SMS-L2-INC-01
    std::string title;
    int level = 1;
    std::string type = "procedure";
    std::optional<std::int64_t> parentId; ///< the document it derives from
    std::string owner;
    std::string approver;
    std::optional<int> reviewMonths;    ///< review interval; none: no periodic review
    std::string nextReview;             ///< "YYYY-MM-DD" or empty
    std::optional<int> retentionMonths; ///< records: how long they are kept
    std::string createdAt;              ///< UTC, set by the register
    std::vector<ClauseLink> clauses;    ///< sorted by catalog, then clause order
    bool operator==(const Document&) const = default;
};

/// The fields of a document editable one at a time (updateDocumentField).
enum class DocumentField {
    Code,
    Title,
    Level,
    Type,
    Parent,
    Owner,
    Approver,
    ReviewMonths,
    NextReview,
    RetentionMonths
};

/// "code", "title", "level", "type", "parent", "owner", "approver", "review_months", "next_review",
/// "retention_months"
[[nodiscard]] std::string_view fieldKey(DocumentField f);
[[nodiscard]] std::optional<DocumentField> documentFieldFromKey(std::string_view key);

/// A change of status of a version: who, when (UTC) and why.
struct StatusTransition {
    std::int64_t id = 0;
    DocumentStatus from = DocumentStatus::Draft;
    DocumentStatus to = DocumentStatus::Draft;
    std::string atUtc;
    std::string actor;
    std::string comment;
    bool operator==(const StatusTransition&) const = default;
};

/// A file stored with a version (content not included; see attachmentContent()).
struct AttachmentInfo {
    std::int64_t id = 0;
    std::int64_t versionId = 0;
    std::string fileName;
    std::int64_t size = 0;
    std::string sha256; ///< 64 lowercase hex digits
    std::string addedAt;
    std::string addedBy;
    bool operator==(const AttachmentInfo&) const = default;
};

struct DocumentVersion {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    VersionNumber number;
    DocumentStatus status = DocumentStatus::Draft;
    std::string changeSummary;
    std::string createdAt;
    std::string createdBy;
    std::string effectiveDate;                 ///< "YYYY-MM-DD" once approved, else empty
    std::vector<StatusTransition> transitions; ///< oldest first
    std::vector<AttachmentInfo> attachments;   ///< by file name
    bool operator==(const DocumentVersion&) const = default;
};

/// A dated sample of the records a level-4 document stands for (e.g. one month's incident records).
struct RecordEntry {
    std::int64_t id = 0;
    std::int64_t documentId = 0;
    std::string date; ///< "YYYY-MM-DD"
    std::string reference;
    std::string note;
    bool operator==(const RecordEntry&) const = default;
};

/// One row of the register as lists and tables show it.
struct DocumentRow {
    std::int64_t id = 0;
    std::string code;
    std::string title;
    int level = 1;
    std::string type;
    std::optional<std::int64_t> parentId;
    std::string owner;
    std::string approver;
    DocumentStatus status = DocumentStatus::Draft; ///< status of the current (newest) version
    VersionNumber currentVersion;
    std::optional<VersionNumber> inForceVersion; ///< the approved version, if any
    std::string effectiveDate;                   ///< of the version in force
    std::string nextReview;
    bool overdue = false;        ///< in force and next review before today
    std::int64_t childCount = 0; ///< documents deriving from this one
    bool operator==(const DocumentRow&) const = default;
};

} // namespace cw
