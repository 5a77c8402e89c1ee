#include "storage/Checkpoint.h"

#include "common/Error.h"
#include "signing/KeyStore.h"
#include "storage/AuditChain.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <set>

namespace cw {

namespace {

void put(std::string& out, const std::string& field)
{
    out += std::to_string(field.size());
    out += ':';
    out += field;
    out += ';';
}

constexpr const char* kSelectCheckpoints =
    "SELECT id, entry_id, head_hash, at_utc, signer, public_key, signature FROM trail_checkpoint";

Checkpoint readCheckpoint(SQLite::Statement& q)
{
    Checkpoint c;
    c.id = q.getColumn(0).getInt64();
    c.entryId = q.getColumn(1).getInt64();
    c.headHash = q.getColumn(2).getString();
    c.atUtc = q.getColumn(3).getString();
    c.signer = q.getColumn(4).getString();
    c.publicKey = q.getColumn(5).getString();
    c.signature = q.getColumn(6).getString();
    return c;
}

/// The chain hash of every entry, recomputed from the entries alone (the stored hashes are not
/// trusted), for the ids in `wanted`.
std::map<std::int64_t, std::string> recomputeChain(Workspace& ws, const std::set<std::int64_t>& wanted)
{
    std::map<std::int64_t, std::string> found;
    std::string prev = kChainGenesis;
    SQLite::Statement q(ws.db(), std::string(kChainSelect) + " ORDER BY id");
    while (q.executeStep()) {
        const ChainedEntry e = readChainedEntry(q);
        prev = chainHash(prev, e);
        if (wanted.count(e.id))
            found[e.id] = prev;
    }
    return found;
}

bool signatureValid(const std::string& workspaceId, const Checkpoint& c)
{
    return signing::verifySignature(c.publicKey, checkpointMessage(workspaceId, c), c.signature);
}

std::optional<std::string> storedHashOf(Workspace& ws, std::int64_t entryId)
{
    SQLite::Statement q(ws.db(), "SELECT hash FROM audit_trail WHERE id = ?");
    q.bind(1, entryId);
    if (q.executeStep() && !q.getColumn(0).isNull())
        return q.getColumn(0).getString();
    return std::nullopt;
}

/// The head to sign: the newest entry, after checking that the entries since the newest valid
/// checkpoint (or since the start) still chain up to it. A checkpoint never vouches for a trail
/// that does not verify. Error(CheckFailed) naming the first bad entry otherwise.
std::pair<std::string, std::int64_t> signableHead(Workspace& ws, const std::string& workspaceId)
{
    std::string prev = kChainGenesis;
    std::int64_t fromId = 0;
    const auto checkpoints = listCheckpoints(ws);
    for (auto it = checkpoints.rbegin(); it != checkpoints.rend(); ++it) {
        if (signatureValid(workspaceId, *it) && storedHashOf(ws, it->entryId) == it->headHash) {
            prev = it->headHash;
            fromId = it->entryId;
            break;
        }
    }
    SQLite::Statement q(ws.db(), std::string(kChainSelect) + " WHERE id > ? ORDER BY id");
    q.bind(1, fromId);
    std::int64_t id = fromId;
    while (q.executeStep()) {
        const ChainedEntry e = readChainedEntry(q);
        const bool linked = !q.getColumn(10).isNull() && q.getColumn(10).getString() == prev;
        const std::string hash = chainHash(prev, e);
        if (!linked || q.getColumn(11).isNull() || q.getColumn(11).getString() != hash)
            throw Error(ErrorCode::CheckFailed,
                        ws.file().string() + ": the audit trail does not verify at entry " +
                            std::to_string(e.id) +
                            ", so no checkpoint was signed (run `conformance verify` on it)");
        prev = hash;
        id = e.id;
    }
    return {prev, id};
}

} // namespace

std::string checkpointMessage(const std::string& workspaceId, const Checkpoint& c)
{
    std::string out;
    put(out, "cwb-checkpoint-v1");
    put(out, workspaceId);
    put(out, std::to_string(c.entryId));
    put(out, c.headHash);
    put(out, c.atUtc);
    put(out, c.signer);
    put(out, c.publicKey);
    return out;
}

std::string workspaceIdentity(Workspace& ws)
{
    SQLite::Statement q(ws.db(), "SELECT value FROM meta WHERE key = 'workspace_id'");
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<Checkpoint> listCheckpoints(Workspace& ws)
{
    std::vector<Checkpoint> out;
    SQLite::Statement q(ws.db(), std::string(kSelectCheckpoints) + " ORDER BY id");
    while (q.executeStep())
        out.push_back(readCheckpoint(q));
    return out;
}

Checkpoint writeCheckpoint(Workspace& ws, const signing::SigningKey& key)
{
    if (ws.isReadOnly())
        throw Error(ErrorCode::ReadOnly,
                    ws.file().string() + ": no checkpoint can be written: " + ws.readOnlyReason());
    if (!sqlite3_get_autocommit(ws.db().getHandle()))
        throw Error(ErrorCode::Usage, "a checkpoint cannot be written inside a change");
    try {
        SQLite::Transaction tx(ws.db(), SQLite::TransactionBehavior::IMMEDIATE);
        const std::string workspaceId = workspaceIdentity(ws);
        if (workspaceId.empty())
            throw Error(ErrorCode::CheckFailed,
                        ws.file().string() + ": the workspace has no identity (meta.workspace_id) to sign");
        const auto [headHash, headId] = signableHead(ws, workspaceId);
        Checkpoint c;
        c.entryId = headId;
        c.headHash = headHash;
        c.atUtc = formatUtc(ws.clock().now());
        c.signer = ws.actor();
        c.publicKey = key.publicKeyHex();
        c.signature = key.sign(checkpointMessage(workspaceId, c));
        SQLite::Statement ins(ws.db(), "INSERT INTO trail_checkpoint(entry_id, head_hash, at_utc, signer, "
                                       "public_key, signature) VALUES (?, ?, ?, ?, ?, ?)");
        ins.bind(1, c.entryId);
        ins.bind(2, c.headHash);
        ins.bind(3, c.atUtc);
        ins.bind(4, c.signer);
        ins.bind(5, c.publicKey);
        ins.bind(6, c.signature);
        ins.exec();
        c.id = ws.db().getLastInsertRowid();
        tx.commit();
        return c;
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorCode::CannotOpen, ws.file().string() + ": the checkpoint was not saved: " +
                                               sqlite3_errstr(e.getErrorCode()));
    }
}

std::optional<Checkpoint> writeCheckpointIfMoved(Workspace& ws, const signing::SigningKey& key)
{
    const auto head = chainHead(ws.db());
    SQLite::Statement q(ws.db(), "SELECT count(*) FROM trail_checkpoint WHERE entry_id = ? AND head_hash = ? "
                                 "AND public_key = ?");
    q.bind(1, head.second);
    q.bind(2, head.first);
    q.bind(3, key.publicKeyHex());
    if (q.executeStep() && q.getColumn(0).getInt64() > 0)
        return std::nullopt;
    return writeCheckpoint(ws, key);
}

void checkpointOnClose(Workspace& ws, std::function<void(const std::string& message)> onError, bool created)
{
    if (ws.isReadOnly())
        return;
    // "Moved" is known from the commits themselves: nothing is read on opening, where a damaged
    // page must be left to the page check (the GUI opens first and checks after).
    auto moved = std::make_shared<bool>(created);
    const int subscription = ws.subscribe([moved](const std::vector<Change>&) { *moved = true; });
    ws.setBeforeClose([moved, subscription, onError = std::move(onError)](Workspace& w) {
        w.unsubscribe(subscription);
        if (!*moved || w.isReadOnly())
            return;
        try {
            (void)writeCheckpointIfMoved(w, signing::loadOrCreateUserKey());
        } catch (const std::exception& e) {
            if (onError)
                onError(e.what());
        }
    });
}

CheckpointReport verifyCheckpoints(Workspace& ws)
{
    CheckpointReport report;
    const auto checkpoints = listCheckpoints(ws);
    report.checkpoints = checkpoints.size();
    if (checkpoints.empty())
        return report;
    const std::string workspaceId = workspaceIdentity(ws);
    std::set<std::int64_t> wanted;
    for (const auto& c : checkpoints)
        wanted.insert(c.entryId);
    const auto chain = recomputeChain(ws, wanted);
    const std::int64_t maxId = ws.db().execAndGet("SELECT coalesce(max(id), 0) FROM audit_trail").getInt64();
    std::map<std::pair<std::string, std::string>, std::size_t> signerIndex;
    for (const auto& c : checkpoints) {
        const std::string name = "checkpoint " + std::to_string(c.id) + " (entry " +
                                 std::to_string(c.entryId) + ", signed by " + c.signer + " at " + c.atUtc +
                                 ")";
        if (!signatureValid(workspaceId, c)) {
            report.problems.push_back(
                {c.id,
                 name +
                     " has an invalid signature: it was altered, forged or copied from another workspace"});
            continue;
        }
        // A valid signature names a real signer, whether or not the trail still matches it.
        const auto key = std::make_pair(c.signer, signing::fingerprintOf(c.publicKey));
        auto [it, added] = signerIndex.emplace(key, report.signers.size());
        if (added)
            report.signers.push_back({key.first, key.second, 0, {}});
        auto& s = report.signers[it->second];
        ++s.checkpoints;
        if (c.atUtc > s.lastAtUtc)
            s.lastAtUtc = c.atUtc;
        const auto at = chain.find(c.entryId);
        if (at == chain.end()) {
            report.problems.push_back(
                {c.id, name + " names an entry that is no longer in the trail: entries were "
                              "removed after it was signed"});
            continue;
        }
        if (at->second != c.headHash) {
            report.problems.push_back({c.id, name + " does not match the trail: entries up to entry " +
                                                 std::to_string(c.entryId) +
                                                 " were edited, removed or inserted after it was signed"});
            continue;
        }
        if (!report.newest || c.entryId >= report.newest->entryId)
            report.newest = c;
    }
    if (report.newest)
        report.entriesAfterNewest = maxId - report.newest->entryId;
    return report;
}

bool chainContainsHead(Workspace& ws, const std::string& hash)
{
    if (hash.empty())
        return false;
    auto matches = [&hash](const std::string& h) {
        return h.compare(0, hash.size(), hash) == 0;
    };
    std::string prev = kChainGenesis;
    if (matches(prev))
        return true;
    SQLite::Statement q(ws.db(), std::string(kChainSelect) + " ORDER BY id");
    while (q.executeStep()) {
        prev = chainHash(prev, readChainedEntry(q));
        if (matches(prev))
            return true;
    }
    return false;
}

TrailStatement trailStatement(Workspace& ws)
{
    TrailStatement t;
    const auto head = chainHead(ws.db());
    t.headHash = head.first;
    t.entryId = head.second;
    t.readOnly = ws.isReadOnly();
    const std::string workspaceId = workspaceIdentity(ws);
    SQLite::Statement q(ws.db(), std::string(kSelectCheckpoints) +
                                     " WHERE entry_id = ? AND head_hash = ? ORDER BY id DESC");
    q.bind(1, t.entryId);
    q.bind(2, t.headHash);
    while (q.executeStep()) {
        const Checkpoint c = readCheckpoint(q);
        if (signatureValid(workspaceId, c)) {
            t.checkpoint = c;
            break;
        }
    }
    return t;
}

std::string describeTrail(const TrailStatement& t)
{
    std::string text = "entry " + std::to_string(t.entryId) + ", head " + t.headHash.substr(0, 16) + "..., ";
    if (t.checkpoint)
        return text + "checkpoint by " + t.checkpoint->signer + " (" +
               signing::fingerprintOf(t.checkpoint->publicKey) + ") at " + t.checkpoint->atUtc;
    return text + (t.readOnly ? "no checkpoint (read-only)" : "no checkpoint");
}

} // namespace cw
