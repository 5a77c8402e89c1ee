#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cw {

class Workspace;

namespace signing {
class SigningKey;
}

/// A signed statement "entry `entryId` of the audit trail had the chain hash `headHash`", made by
/// `signer` with the Ed25519 key `publicKey` at `atUtc` (table trail_checkpoint, schema 9).
struct Checkpoint {
    std::int64_t id = 0;
    std::int64_t entryId = 0;
    std::string headHash;
    std::string atUtc;
    std::string signer;    ///< the actor name of the workspace that wrote it
    std::string publicKey; ///< 64 hex digits
    std::string signature; ///< 128 hex digits
};

/// The bytes a checkpoint's signature covers: the tag "cwb-checkpoint-v1", the workspace identity
/// (meta.workspace_id), entry id, head hash, time, signer and public key, each length-prefixed.
[[nodiscard]] std::string checkpointMessage(const std::string& workspaceId, const Checkpoint& c);

/// The identity checkpoints are signed for (meta.workspace_id; empty when missing).
[[nodiscard]] std::string workspaceIdentity(Workspace& ws);

/// Every checkpoint, oldest first.
[[nodiscard]] std::vector<Checkpoint> listCheckpoints(Workspace& ws);

/// Signs the current head of the trail with `key` and stores it, in one transaction of its own
/// (not a user action: no audit entry, no listeners). Error(ReadOnly) on a read-only workspace,
/// Error(Usage) inside a write().
Checkpoint writeCheckpoint(Workspace& ws, const signing::SigningKey& key);

/// Writes a checkpoint when the head is not yet signed by `key` (no checkpoint names the newest
/// entry with that key). Returns it, or nothing when there was nothing to sign.
std::optional<Checkpoint> writeCheckpointIfMoved(Workspace& ws, const signing::SigningKey& key);

/// "On close": makes `ws` write a checkpoint with the user's key (signing::loadOrCreateUserKey) when
/// it closes, if a change was committed while it was open (a listener sees it; nothing is read on
/// opening) and the head is not signed by that key yet. A failure (no key, a
/// damaged key file, a full disk) is handed to `onError` and never escapes the destructor. For a
/// workspace just `created`, its whole trail counts as moved.
void checkpointOnClose(Workspace& ws, std::function<void(const std::string& message)> onError,
                       bool created = false);

struct CheckpointProblem {
    std::int64_t checkpointId = 0;
    std::string message;
};

struct CheckpointSigner {
    std::string signer;
    std::string fingerprint;
    std::size_t checkpoints = 0;
    std::string lastAtUtc;
};

struct CheckpointReport {
    std::size_t checkpoints = 0;
    std::optional<Checkpoint> newest;      ///< the newest valid checkpoint
    std::vector<CheckpointSigner> signers; ///< of every checkpoint whose signature is valid
    std::int64_t entriesAfterNewest = 0;   ///< entries newer than the newest valid checkpoint
    std::vector<CheckpointProblem> problems;
    [[nodiscard]] bool ok() const { return problems.empty(); }
};

/// Checks every checkpoint: its signature is valid for its public key and this workspace, the entry
/// it names exists, and the chain hash at that entry, recomputed from the entries themselves, is the
/// signed head (so entries edited, removed or inserted before a checkpoint are found even when the
/// stored hashes were recomputed).
[[nodiscard]] CheckpointReport verifyCheckpoints(Workspace& ws);

/// Whether `hash` (lowercase hex, the whole hash or a prefix of it) begins the chain hash of some
/// entry, recomputed from the entries: e.g. the head a report states. An empty trail contains only
/// the genesis hash.
[[nodiscard]] bool chainContainsHead(Workspace& ws, const std::string& hash);

/// What a report states about the trail it was made from.
struct TrailStatement {
    std::int64_t entryId = 0;
    std::string headHash;
    std::optional<Checkpoint> checkpoint; ///< the newest checkpoint of this head, if any
    bool readOnly = false;                ///< the workspace was read-only (no checkpoint could be made)
};

[[nodiscard]] TrailStatement trailStatement(Workspace& ws);

/// One line for a report: "entry N, head <16 hex>…, checkpoint by X (ed25519:…) at T", or
/// "…, no checkpoint (read-only)".
[[nodiscard]] std::string describeTrail(const TrailStatement& t);

} // namespace cw
