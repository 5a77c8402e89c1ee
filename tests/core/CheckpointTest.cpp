#include "TestSupport.h"

#include "common/Error.h"
#include "engagement/Engagement.h"
#include "signing/KeyStore.h"
#include "storage/AuditChain.h"
#include "storage/Checkpoint.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <cstdlib>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;
using cw::signing::SigningKey;

namespace {

std::filesystem::path workspaceWithHistory(const cwtest::TempDir& dir, const std::string& name = "signed.cwb")
{
    const auto file = dir / name;
    cw::NewWorkspace init;
    init.name = "Signed";
    auto ws = cw::Workspace::create(file, init);
    for (int i = 0; i < 5; ++i)
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "scope " + std::to_string(i));
    return file; // 2 entries from creating, 5 scope changes
}

bool mentions(const cw::CheckpointReport& r, const std::string& text)
{
    for (const auto& p : r.problems)
        if (p.message.find(text) != std::string::npos)
            return true;
    return false;
}

std::int64_t countRows(const fs::path& file, const std::string& table)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM " + table).getInt64();
}

/// What an attacker with sqlite3 and this program's hash function does: edit an entry, then
/// recompute prev_hash and hash of every entry so the chain verifies again.
void rewriteAndReseal(const fs::path& file, const std::string& sqlEdit)
{
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec(sqlEdit);
    cwtest::resealTrail(db);
}

/// Points the user's configuration folder at `dir` for the life of the object.
class ConfigDirFor {
public:
    explicit ConfigDirFor(const fs::path& dir)
    {
        if (const char* old = std::getenv("CW_CONFIG_DIR"))
            m_old = old;
        ::setenv("CW_CONFIG_DIR", dir.c_str(), 1);
    }
    ~ConfigDirFor()
    {
        if (m_old.empty())
            ::unsetenv("CW_CONFIG_DIR");
        else
            ::setenv("CW_CONFIG_DIR", m_old.c_str(), 1);
    }
    ConfigDirFor(const ConfigDirFor&) = delete;
    ConfigDirFor& operator=(const ConfigDirFor&) = delete;

private:
    std::string m_old;
};

} // namespace

TEST_CASE("an Ed25519 signature verifies for its message and key only", "[checkpoint][signing]")
{
    const SigningKey key = SigningKey::generate();
    const SigningKey other = SigningKey::generate();
    const std::string sig = key.sign("entry 7 has head abc");
    CHECK(sig.size() == 128);
    CHECK(key.publicKeyHex().size() == 64);
    CHECK(cw::signing::verifySignature(key.publicKeyHex(), "entry 7 has head abc", sig));
    CHECK_FALSE(cw::signing::verifySignature(key.publicKeyHex(), "entry 7 has head abd", sig));
    CHECK_FALSE(cw::signing::verifySignature(other.publicKeyHex(), "entry 7 has head abc", sig));
    std::string flipped = sig;
    flipped[10] = flipped[10] == '0' ? '1' : '0';
    CHECK_FALSE(cw::signing::verifySignature(key.publicKeyHex(), "entry 7 has head abc", flipped));
    // Malformed text is simply not a valid signature.
    CHECK_FALSE(cw::signing::verifySignature(key.publicKeyHex(), "entry 7 has head abc", sig.substr(2)));
    CHECK_FALSE(
        cw::signing::verifySignature("zz" + key.publicKeyHex().substr(2), "entry 7 has head abc", sig));
    CHECK_FALSE(cw::signing::verifySignature("", "", ""));
    // The same seed gives the same key (the key file stores the seed).
    std::array<std::uint8_t, 32> seed{};
    seed[0] = 42;
    CHECK(SigningKey::fromSeed(seed).publicKeyHex() == SigningKey::fromSeed(seed).publicKeyHex());
    CHECK(key.fingerprint().rfind("ed25519:", 0) == 0);
    CHECK(key.fingerprint().size() == 8 + 16);
    CHECK(cw::signing::fingerprintOf("not a key") == "ed25519:?");
}

TEST_CASE("the key file is made once, private, and read back", "[checkpoint][signing]")
{
    cwtest::TempDir dir;
    const auto file = dir / "cfg" / "keys" / "ed25519.key";
    const SigningKey made = cw::signing::loadOrCreateKey(file);
    REQUIRE(fs::is_regular_file(file));
    CHECK((fs::status(file).permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(file.parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
    const std::string text = cwtest::readFile(file);
    CHECK(text.rfind("cwb-ed25519-key-v1\nseed ", 0) == 0);
    CHECK(text.find("\npublic " + made.publicKeyHex() + "\n") != std::string::npos);
    const SigningKey again = cw::signing::loadOrCreateKey(file);
    CHECK(again.publicKeyHex() == made.publicKeyHex());
    CHECK(cwtest::readFile(file) == text);
    // No temporary file is left beside it.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(file.parent_path()))
        ++files;
    CHECK(files == 1);

    SECTION("$CW_CONFIG_DIR names the configuration folder")
    {
        ConfigDirFor config(dir / "cfg");
        CHECK(cw::signing::userKeyFile() == dir / "cfg" / "keys" / "ed25519.key");
        CHECK(cw::signing::loadOrCreateUserKey().publicKeyHex() == made.publicKeyHex());
    }
}

TEST_CASE("a damaged or unreadable key file is a clear error and is never replaced", "[checkpoint][signing]")
{
    cwtest::TempDir dir;
    const auto file = dir / "ed25519.key";
    const SigningKey good = cw::signing::loadOrCreateKey(file);
    const std::string goodText = cwtest::readFile(file);
    const std::string otherPublic = SigningKey::generate().publicKeyHex();

    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "is damaged"},
        {"garbage\n", "is damaged"},
        {goodText.substr(0, goodText.size() / 2), "is damaged"},
        {"cwb-ed25519-key-v1\nseed xyz\npublic " + good.publicKeyHex() + "\n", "not 64 hexadecimal digits"},
        {goodText.substr(0, goodText.find("public ")) + "public " + otherPublic + "\n",
         "does not belong to its seed"},
        {goodText + "extra line\n", "is damaged"},
        {std::string(5000, 'a'), "too large"},
    };
    for (const auto& [content, message] : cases) {
        INFO(message);
        fs::remove(file);
        cwtest::writeFile(file, content);
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
        try {
            (void)cw::signing::loadOrCreateKey(file);
            FAIL("a damaged key file was accepted");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::CannotOpen);
            CHECK_THAT(e.what(), Catch::Contains(file.string()) && Catch::Contains(message) &&
                                     Catch::Contains("it was not replaced"));
        }
        CHECK(cwtest::readFile(file) == content);
    }

    SECTION("a key open to other users")
    {
        fs::remove(file);
        cwtest::writeFile(file, goodText);
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read,
                        fs::perm_options::replace);
        CHECK_THROWS_WITH(cw::signing::loadOrCreateKey(file), Catch::Contains("chmod 600"));
    }
    SECTION("a directory, or a link to a device, where the key should be")
    {
        fs::remove(file);
        fs::create_directory(file);
        CHECK_THROWS_WITH(cw::signing::loadOrCreateKey(file), Catch::Contains("is not a regular file"));
        fs::remove(file);
        fs::create_symlink("/dev/zero", file);
        CHECK_THROWS_WITH(cw::signing::loadOrCreateKey(file), Catch::Contains("is not a regular file"));
    }
    SECTION("a key file that cannot be read")
    {
        if (::geteuid() != 0) {
            fs::remove(file);
            cwtest::writeFile(file, goodText);
            fs::permissions(file, fs::perms::none, fs::perm_options::replace);
            CHECK_THROWS_WITH(cw::signing::loadOrCreateKey(file), Catch::Contains("cannot be read"));
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
            CHECK(cwtest::readFile(file) == goodText);
        }
    }
}

TEST_CASE("a checkpoint signs the head of the trail and verifies", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    const SigningKey key = SigningKey::generate();
    auto ws = cw::Workspace::open(file);
    ws->setActor("Li Wei");
    const auto trailBefore = countRows(file, "audit_trail");
    const cw::Checkpoint c = cw::writeCheckpoint(*ws, key);
    CHECK(c.id == 1);
    CHECK(c.entryId == 7);
    CHECK(c.headHash == cw::chainHead(ws->db()).first);
    CHECK(c.signer == "Li Wei");
    CHECK(c.publicKey == key.publicKeyHex());
    // Not a user action: no audit entry.
    CHECK(countRows(file, "audit_trail") == trailBefore);
    // Signing the same head with the same key again adds nothing; a change makes a new one.
    CHECK_FALSE(cw::writeCheckpointIfMoved(*ws, key).has_value());
    cw::setEngagementField(*ws, cw::EngagementField::Scope, "scope 9");
    const auto second = cw::writeCheckpointIfMoved(*ws, key);
    REQUIRE(second.has_value());
    CHECK(second->entryId == 8);

    const auto report = cw::verifyCheckpoints(*ws);
    CHECK(report.ok());
    CHECK(report.checkpoints == 2);
    REQUIRE(report.newest.has_value());
    CHECK(report.newest->id == second->id);
    CHECK(report.entriesAfterNewest == 0);
    REQUIRE(report.signers.size() == 1);
    CHECK(report.signers[0].signer == "Li Wei");
    CHECK(report.signers[0].fingerprint == key.fingerprint());
    CHECK(report.signers[0].checkpoints == 2);

    const auto t = cw::trailStatement(*ws);
    CHECK(t.entryId == 8);
    REQUIRE(t.checkpoint.has_value());
    CHECK(t.checkpoint->id == second->id);
    CHECK(cw::describeTrail(t) == "entry 8, head " + t.headHash.substr(0, 16) +
                                      "..., checkpoint by Li Wei (" + key.fingerprint() + ") at " +
                                      second->atUtc);
}

TEST_CASE("a tampered or copied checkpoint fails", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    const SigningKey key = SigningKey::generate();
    {
        auto ws = cw::Workspace::open(file);
        (void)cw::writeCheckpoint(*ws, key);
    }
    const std::vector<std::string> edits = {
        "UPDATE trail_checkpoint SET signer = 'Someone else'",
        "UPDATE trail_checkpoint SET at_utc = '2026-01-01T00:00:00Z'",
        "UPDATE trail_checkpoint SET signature = substr(signature, 1, 127) || "
        "(CASE substr(signature, 128) WHEN '0' THEN '1' ELSE '0' END)",
        "UPDATE trail_checkpoint SET public_key = '" + SigningKey::generate().publicKeyHex() + "'",
        "UPDATE meta SET value = 'another workspace' WHERE key = 'workspace_id'",
    };
    for (const auto& edit : edits) {
        INFO(edit);
        cwtest::TempDir copyDir;
        const auto copy = copyDir / "copy.cwb";
        fs::copy_file(file, copy);
        {
            SQLite::Database db(copy.string(), SQLite::OPEN_READWRITE);
            db.exec(edit);
        }
        auto ws = cw::Workspace::open(copy, cw::OpenMode::ReadOnly);
        const auto report = cw::verifyCheckpoints(*ws);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.size() == 1);
        CHECK(mentions(report, "has an invalid signature"));
        CHECK_FALSE(report.newest.has_value());
        CHECK_FALSE(cw::trailStatement(*ws).checkpoint.has_value());
    }
}

TEST_CASE("an entry rewritten and the chain recomputed is caught by the checkpoint", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        auto ws = cw::Workspace::open(file);
        (void)cw::writeCheckpoint(*ws, SigningKey::generate());
    }
    rewriteAndReseal(file, "UPDATE audit_trail SET new_value = 'a forged scope' WHERE id = 4");
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    // The chain alone is fooled: every hash was recomputed.
    CHECK(cw::verifyAuditTrail(*ws).ok());
    const auto report = cw::verifyCheckpoints(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.size() == 1);
    CHECK(mentions(report, "checkpoint 1 (entry 7"));
    CHECK(mentions(report, "were edited, removed or inserted after it was signed"));
}

TEST_CASE("a trail truncated after a checkpoint fails", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    {
        auto ws = cw::Workspace::open(file);
        (void)cw::writeCheckpoint(*ws, SigningKey::generate());
    }
    SECTION("the newest entries removed")
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail WHERE id > 5");
    }
    SECTION("an entry in the middle removed and the chain recomputed")
    {
        rewriteAndReseal(file, "DELETE FROM audit_trail WHERE id = 3");
    }
    SECTION("the whole trail removed")
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("DELETE FROM audit_trail");
    }
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    const auto report = cw::verifyCheckpoints(*ws);
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.size() == 1);
    CHECK((mentions(report, "names an entry that is no longer in the trail") ||
           mentions(report, "were edited, removed or inserted")));
}

TEST_CASE("the chain's heads can be looked up, whole or by a prefix", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    auto ws = cw::Workspace::open(file);
    const std::string head = cw::chainHead(ws->db()).first;
    std::string earlier;
    {
        SQLite::Statement q(ws->db(), "SELECT hash FROM audit_trail WHERE id = 3");
        REQUIRE(q.executeStep());
        earlier = q.getColumn(0).getString();
    }
    CHECK(cw::chainContainsHead(*ws, head));
    CHECK(cw::chainContainsHead(*ws, head.substr(0, 16)));
    CHECK(cw::chainContainsHead(*ws, earlier));
    CHECK_FALSE(cw::chainContainsHead(*ws, std::string(64, 'f')));
    CHECK_FALSE(cw::chainContainsHead(*ws, ""));
    // A stored hash that does not follow from the entries is not in the chain.
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET new_value = 'forged' WHERE id = 3");
    }
    CHECK_FALSE(cw::chainContainsHead(*ws, head));
}

TEST_CASE("no checkpoint is signed for a read-only workspace or a trail that does not verify", "[checkpoint]")
{
    cwtest::TempDir dir;
    const auto file = workspaceWithHistory(dir);
    const SigningKey key = SigningKey::generate();
    {
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
        CHECK_THROWS_MATCHES(cw::writeCheckpoint(*ws, key), cw::Error,
                             Catch::Predicate<cw::Error>(
                                 [](const cw::Error& e) { return e.code() == cw::ErrorCode::ReadOnly; }));
        const auto t = cw::trailStatement(*ws);
        CHECK(t.readOnly);
        CHECK_FALSE(t.checkpoint.has_value());
        CHECK_THAT(cw::describeTrail(t), Catch::EndsWith("no checkpoint (read-only)"));
    }
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("UPDATE audit_trail SET new_value = 'forged' WHERE id = 4");
    }
    auto ws = cw::Workspace::open(file);
    try {
        (void)cw::writeCheckpoint(*ws, key);
        FAIL("a broken trail was signed");
    } catch (const cw::Error& e) {
        CHECK(e.code() == cw::ErrorCode::CheckFailed);
        CHECK_THAT(e.what(), Catch::Contains(file.string()) &&
                                 Catch::Contains("does not verify at entry 4") &&
                                 Catch::Contains("no checkpoint was signed"));
    }
    CHECK(countRows(file, "trail_checkpoint") == 0);
}

TEST_CASE("a workspace signs its trail on close only when the trail moved", "[checkpoint]")
{
    cwtest::TempDir dir;
    ConfigDirFor config(dir / "cfg");
    const auto file = workspaceWithHistory(dir);
    std::vector<std::string> errors;
    auto onError = [&](const std::string& m) {
        errors.push_back(m);
    };
    {
        auto ws = cw::Workspace::open(file);
        cw::checkpointOnClose(*ws, onError);
    }
    CHECK(countRows(file, "trail_checkpoint") == 0); // nothing moved
    {
        auto ws = cw::Workspace::open(file);
        cw::checkpointOnClose(*ws, onError);
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "moved");
    }
    CHECK(countRows(file, "trail_checkpoint") == 1);
    CHECK(fs::exists(dir / "cfg" / "keys" / "ed25519.key"));
    {
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
        cw::checkpointOnClose(*ws, onError);
        const auto report = cw::verifyCheckpoints(*ws);
        CHECK(report.ok());
        REQUIRE(report.newest.has_value());
        CHECK(report.newest->entryId == 8);
    }
    CHECK(countRows(file, "trail_checkpoint") == 1);
    CHECK(errors.empty());

    // A damaged key: the close reports it, writes nothing and does not throw.
    cwtest::writeFile(dir / "cfg" / "keys" / "ed25519.key", "damaged");
    {
        auto ws = cw::Workspace::open(file);
        cw::checkpointOnClose(*ws, onError);
        cw::setEngagementField(*ws, cw::EngagementField::Scope, "moved again");
    }
    CHECK(countRows(file, "trail_checkpoint") == 1);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("ed25519.key: the signing key is damaged"));
}
