#include "documents/Document.h"

#include <array>
#include <charconv>

namespace cw {

namespace {

struct StatusName {
    DocumentStatus status;
    std::string_view key;
};

constexpr std::array<StatusName, 4> kStatuses{{
    {DocumentStatus::Draft, "draft"},
    {DocumentStatus::InReview, "in_review"},
    {DocumentStatus::Approved, "approved"},
    {DocumentStatus::Obsolete, "obsolete"},
}};

struct FieldName {
    DocumentField field;
    std::string_view key;
};

constexpr std::array<FieldName, 10> kFields{{
    {DocumentField::Code, "code"},
    {DocumentField::Title, "title"},
    {DocumentField::Level, "level"},
    {DocumentField::Type, "type"},
    {DocumentField::Parent, "parent"},
    {DocumentField::Owner, "owner"},
    {DocumentField::Approver, "approver"},
    {DocumentField::ReviewMonths, "review_months"},
    {DocumentField::NextReview, "next_review"},
    {DocumentField::RetentionMonths, "retention_months"},
}};

} // namespace

std::string_view toString(DocumentStatus s)
{
    for (const auto& n : kStatuses)
        if (n.status == s)
            return n.key;
    return {};
}

std::optional<DocumentStatus> documentStatusFromString(std::string_view s)
{
    for (const auto& n : kStatuses)
        if (n.key == s)
            return n.status;
    return std::nullopt;
}

const std::vector<DocumentStatus>& allDocumentStatuses()
{
    static const std::vector<DocumentStatus> all{DocumentStatus::Draft, DocumentStatus::InReview,
                                                 DocumentStatus::Approved, DocumentStatus::Obsolete};
    return all;
}

const std::vector<std::string_view>& documentTypes()
{
    static const std::vector<std::string_view> types{
        "manual", "policy", "plan",    "procedure", "instruction", "guide",     "template", "form",
        "record", "report", "minutes", "agreement", "contract",    "catalogue", "register", "other"};
    return types;
}

bool isDocumentType(std::string_view type)
{
    for (const auto t : documentTypes())
        if (t == type)
            return true;
    return false;
}

bool levelMayDeriveFrom(int childLevel, int parentLevel)
{
    switch (childLevel) {
    case 2:
        return parentLevel == 1;
    case 3:
        return parentLevel == 2;
    case 4:
        return parentLevel == 2 || parentLevel == 3;
    default:
        return false;
    }
}

std::string levelOrderMessage(const std::string& childCode, int childLevel, const std::string& parentCode,
                              int parentLevel)
{
    std::string rule;
    switch (childLevel) {
    case 1:
        rule = "a level-1 manual or policy derives from no other document";
        break;
    case 2:
        rule = "a level-2 procedure derives from a level-1 document";
        break;
    case 3:
        rule = "a level-3 instruction, guide or template derives from a level-2 procedure";
        break;
    default:
        rule = "a level-4 record or form derives from a level-2 procedure or a level-3 instruction";
        break;
    }
    return "'" + childCode + "' (level " + std::to_string(childLevel) + ") cannot derive from '" +
           parentCode + "' (level " + std::to_string(parentLevel) + "): " + rule;
}

std::string VersionNumber::toString() const
{
    return std::to_string(major) + "." + std::to_string(minor);
}

std::optional<VersionNumber> VersionNumber::parse(std::string_view text)
{
    const auto dot = text.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == text.size() || dot > 4 ||
        text.size() - dot > 5)
        return std::nullopt;
    VersionNumber v;
    auto digits = [](std::string_view part, int& out) {
        for (const char c : part)
            if (c < '0' || c > '9')
                return false;
        return std::from_chars(part.data(), part.data() + part.size(), out).ec == std::errc{};
    };
    if (!digits(text.substr(0, dot), v.major) || !digits(text.substr(dot + 1), v.minor))
        return std::nullopt;
    return v;
}

std::string_view fieldKey(DocumentField f)
{
    for (const auto& n : kFields)
        if (n.field == f)
            return n.key;
    return {};
}

std::optional<DocumentField> documentFieldFromKey(std::string_view key)
{
    for (const auto& n : kFields)
        if (n.key == key)
            return n.field;
    return std::nullopt;
}

} // namespace cw
