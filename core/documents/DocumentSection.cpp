#include "documents/DocumentSection.h"

#include "common/Base64.h"
#include "common/Clock.h"
#include "common/Json.h"
#include "common/Sha256.h"
#include "documents/Attachments.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentStorage.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <set>

namespace cw {

namespace {

using Json = nlohmann::ordered_json;

Json optionalJson(const std::optional<int>& v)
{
    return v ? Json(*v) : Json();
}

Json textOrNull(const std::string& s)
{
    return s.empty() ? Json() : Json(s);
}

Json bundleToJson(const DocumentBundle& b)
{
    const Document& d = b.document;
    Json j;
    j["code"] = d.code;
    j["title"] = d.title;
    j["level"] = d.level;
    j["type"] = d.type;
    j["parent"] = textOrNull(b.parentCode);
    j["owner"] = d.owner;
    j["approver"] = d.approver;
    j["review_months"] = optionalJson(d.reviewMonths);
    j["next_review"] = textOrNull(d.nextReview);
    j["retention_months"] = optionalJson(d.retentionMonths);
    j["created_at"] = d.createdAt;
    auto clauses = Json::array();
    for (const auto& c : d.clauses)
        clauses.push_back({{"catalog", c.catalogId}, {"ref", c.ref}});
    j["clauses"] = std::move(clauses);
    auto versions = Json::array();
    for (const auto& v : b.versions) {
        Json jv;
        jv["version"] = v.number.toString();
        jv["status"] = toString(v.status);
        jv["change_summary"] = v.changeSummary;
        jv["created_at"] = v.createdAt;
        jv["created_by"] = v.createdBy;
        jv["effective_date"] = textOrNull(v.effectiveDate);
        auto transitions = Json::array();
        for (const auto& t : v.transitions)
            transitions.push_back({{"from", toString(t.from)},
                                   {"to", toString(t.to)},
                                   {"at", t.atUtc},
                                   {"by", t.actor},
                                   {"comment", t.comment}});
        jv["transitions"] = std::move(transitions);
        auto attachments = Json::array();
        for (const auto& a : v.attachments) {
            const auto content =
                std::find_if(b.attachmentContents.begin(), b.attachmentContents.end(), [&](const auto& c) {
                    return c.version == v.number && c.fileName == a.fileName;
                });
            attachments.push_back(
                {{"name", a.fileName},
                 {"size", a.size},
                 {"sha256", a.sha256},
                 {"added_at", a.addedAt},
                 {"added_by", a.addedBy},
                 {"content", content == b.attachmentContents.end() ? "" : base64Encode(content->bytes)}});
        }
        jv["attachments"] = std::move(attachments);
        versions.push_back(std::move(jv));
    }
    j["versions"] = std::move(versions);
    auto entries = Json::array();
    for (const auto& e : b.recordEntries)
        entries.push_back({{"date", e.date}, {"reference", e.reference}, {"note", e.note}});
    j["record_entries"] = std::move(entries);
    return j;
}

std::optional<int> optionalIntOf(const JsonNode& node, std::string_view key)
{
    if (const auto v = node.find(key))
        return static_cast<int>(v->integerIn(-1000000, 1000000));
    return std::nullopt;
}

DocumentStatus statusOf(const JsonNode& node)
{
    const auto s = documentStatusFromString(node.string());
    if (!s)
        node.fail("must be \"draft\", \"in_review\", \"approved\" or \"obsolete\"");
    return *s;
}

DocumentVersion versionFromJson(const JsonNode& node, const std::string& defaultAt,
                                const std::string& defaultBy, DocumentBundle& bundle)
{
    node.allowOnly({"version", "status", "change_summary", "created_at", "created_by", "effective_date",
                    "transitions", "attachments"});
    DocumentVersion v;
    const auto number = VersionNumber::parse(node.at("version").string());
    if (!number)
        node.at("version").fail("expected a version of the form MAJOR.MINOR, e.g. \"1.0\"");
    v.number = *number;
    v.status = statusOf(node.at("status"));
    v.changeSummary = node.strOr("change_summary", "");
    v.createdAt = node.find("created_at") ? node.at("created_at").utcString() : defaultAt;
    v.createdBy = node.strOr("created_by", defaultBy);
    v.effectiveDate = node.find("effective_date") ? node.at("effective_date").dateString() : std::string();
    if (const auto ts = node.find("transitions")) {
        for (const auto& t : ts->array()) {
            t.allowOnly({"from", "to", "at", "by", "comment"});
            v.transitions.push_back({0, statusOf(t.at("from")), statusOf(t.at("to")), t.at("at").utcString(),
                                     t.strOr("by", defaultBy), t.strOr("comment", "")});
        }
        if (!v.transitions.empty() && v.transitions.back().to != v.status)
            ts->array().back().at("to").fail("the last transition must lead to the version's status \"" +
                                             std::string(toString(v.status)) + "\"");
    }
    if (const auto as = node.find("attachments")) {
        std::set<std::string> names;
        for (const auto& a : as->array()) {
            a.allowOnly({"name", "size", "sha256", "added_at", "added_by", "content"});
            AttachmentInfo info;
            info.fileName = a.at("name").string();
            if (const auto problem = attachmentNameProblem(info.fileName))
                a.at("name").fail("'" + info.fileName + "' is not a safe file name: " + *problem);
            if (!names.insert(info.fileName).second)
                a.at("name").fail("the version has two files named '" + info.fileName + "'");
            const auto bytes = base64Decode(a.at("content").string());
            if (!bytes)
                a.at("content").fail("expected the file's bytes in base64");
            if (static_cast<std::int64_t>(bytes->size()) > kMaxAttachmentBytes)
                a.at("content").fail("the file is over the attachment limit of 50 MiB");
            info.size = static_cast<std::int64_t>(bytes->size());
            info.sha256 = Sha256::hex(*bytes);
            if (const auto size = a.find("size"); size && size->integer() != info.size)
                size->fail("says " + std::to_string(size->integer()) + " bytes, but the content has " +
                           std::to_string(info.size));
            if (const auto hash = a.find("sha256"); hash && hash->string() != info.sha256)
                hash->fail("does not match the content (its SHA-256 is " + info.sha256 + ")");
            info.addedAt = a.find("added_at") ? a.at("added_at").utcString() : defaultAt;
            info.addedBy = a.strOr("added_by", defaultBy);
            bundle.attachmentContents.push_back({v.number, info.fileName, *bytes});
            v.attachments.push_back(std::move(info));
        }
        std::sort(v.attachments.begin(), v.attachments.end(),
                  [](const AttachmentInfo& x, const AttachmentInfo& y) { return x.fileName < y.fileName; });
    }
    return v;
}

/// The requirement refs of every catalog in the file, by catalog id.
std::map<std::string, std::set<std::string>> fileClauses(const JsonNode& root)
{
    std::map<std::string, std::set<std::string>> refs;
    if (const auto cats = root.find("catalogs"))
        for (const auto& c : cats->array())
            for (const auto& r : c.at("requirements").array())
                refs[c.str("id")].insert(r.str("ref"));
    return refs;
}

} // namespace

void DocumentSection::exportTo(Workspace& ws, Json& root) const
{
    auto arr = Json::array();
    SQLite::Statement q(ws.db(), "SELECT id FROM document ORDER BY code");
    while (q.executeStep())
        arr.push_back(bundleToJson(loadDocumentBundle(ws, q.getColumn(0).getInt64())));
    root["documents"] = std::move(arr);
}

std::function<void(WriteContext&)> DocumentSection::prepare(Workspace& ws, const JsonNode& root) const
{
    std::vector<DocumentBundle> bundles;
    const auto node = root.find("documents");
    if (!node)
        return [](WriteContext&) {
        };
    const auto clauses = fileClauses(root);
    const std::string now = formatUtc(ws.clock().now());
    std::map<std::string, int> levels; // code -> level
    const auto items = node->array();
    for (const auto& item : items) {
        item.allowOnly({"code", "title", "level", "type", "parent", "owner", "approver", "review_months",
                        "next_review", "retention_months", "created_at", "clauses", "versions",
                        "record_entries"});
        DocumentBundle b;
        Document& d = b.document;
        d.code = item.at("code").string();
        d.title = item.at("title").string();
        d.level = static_cast<int>(item.at("level").integerIn(kMinDocumentLevel, kMaxDocumentLevel));
        d.type = item.at("type").string();
        d.owner = item.strOr("owner", "");
        d.approver = item.strOr("approver", "");
        d.reviewMonths = optionalIntOf(item, "review_months");
        d.nextReview = item.find("next_review") ? item.at("next_review").dateString() : std::string();
        d.retentionMonths = optionalIntOf(item, "retention_months");
        d.createdAt = item.find("created_at") ? item.at("created_at").utcString() : now;
        if (const auto p = docstore::findFieldProblem(d))
            item.at(p->key).fail(p->problem);
        if (!levels.emplace(d.code, d.level).second)
            item.at("code").fail("the code '" + d.code + "' appears twice");
        if (const auto cs = item.find("clauses")) {
            for (const auto& c : cs->array()) {
                c.allowOnly({"catalog", "ref"});
                ClauseLink link{c.at("catalog").nonEmptyString(), c.at("ref").nonEmptyString()};
                const auto cat = clauses.find(link.catalogId);
                if (cat == clauses.end() || !cat->second.count(link.ref))
                    c.at("ref").fail("'" + link.ref + "' is not a requirement of a catalog '" +
                                     link.catalogId + "' in this file");
                d.clauses.push_back(std::move(link));
            }
        }
        const auto versions = item.at("versions").array();
        if (versions.empty())
            item.at("versions").fail("a document needs at least one version");
        std::set<VersionNumber> numbers;
        int approved = 0;
        for (const auto& v : versions) {
            b.versions.push_back(versionFromJson(v, d.createdAt, "", b));
            if (!numbers.insert(b.versions.back().number).second)
                v.at("version").fail("version " + b.versions.back().number.toString() + " appears twice");
            if (b.versions.back().status == DocumentStatus::Approved && ++approved > 1)
                v.at("status").fail("only one version can be approved (in force) at a time");
        }
        std::sort(b.versions.begin(), b.versions.end(),
                  [](const DocumentVersion& x, const DocumentVersion& y) { return x.number < y.number; });
        if (const auto es = item.find("record_entries")) {
            const auto entries = es->array();
            if (!entries.empty() && d.level != 4)
                es->fail("only level-4 records and forms carry record entries");
            for (const auto& e : entries) {
                e.allowOnly({"date", "reference", "note"});
                const std::string date = e.at("date").dateString();
                // The rule of addRecordEntry(): a record entry cannot be dated after today.
                if (parseDate(date, "date") > ws.clock().today())
                    e.at("date").fail("the record entry date " + date + " is in the future (today is " +
                                      formatDate(ws.clock().today()) + ")");
                b.recordEntries.push_back({0, 0, date, e.strOr("reference", ""), e.strOr("note", "")});
            }
        }
        bundles.push_back(std::move(b));
    }
    // Parents: present in the file, in level order.
    for (std::size_t i = 0; i < bundles.size(); ++i) {
        auto& b = bundles[i];
        if (const auto p = items[i].find("parent")) {
            b.parentCode = p->nonEmptyString();
            const auto parent = levels.find(b.parentCode);
            if (parent == levels.end())
                p->fail("no document '" + b.parentCode + "' in this file");
            if (!levelMayDeriveFrom(b.document.level, parent->second))
                p->fail(levelOrderMessage(b.document.code, b.document.level, b.parentCode, parent->second));
        }
    }
    // Parents first: levels only grow downwards, so level order is enough.
    std::stable_sort(bundles.begin(), bundles.end(), [](const DocumentBundle& x, const DocumentBundle& y) {
        return x.document.level < y.document.level;
    });
    return [bundles = std::move(bundles)](WriteContext& ctx) {
        for (const auto& b : bundles)
            (void)docstore::writeBundle(ctx, b);
    };
}

bool DocumentSection::hasData(Workspace& ws) const
{
    return ws.db().execAndGet("SELECT count(*) FROM document").getInt64() > 0;
}

void DocumentSection::clear(WriteContext& ctx) const
{
    auto& db = ctx.workspace().db();
    SQLite::Statement q(db, "SELECT id, code FROM document ORDER BY id");
    while (q.executeStep())
        ctx.record("document", q.getColumn(0).getString(), "removed", q.getColumn(1).getString(),
                   std::nullopt);
    db.exec("DELETE FROM document_search; DELETE FROM document;");
}

} // namespace cw
