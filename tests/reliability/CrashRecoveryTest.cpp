// Opening a workspace that a killed program left with a hot rollback journal, and opening one while
// another process grows it: SQLite rolls the journal back (or the reader reads the committed state)
// before anything judges whether the file is whole.
#include "TestSupport.h"

#include "common/Error.h"
#include "documents/Attachments.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentVersions.h"
#include "engagement/Engagement.h"
#include "storage/Journal.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceInfo.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Catch::Contains;

namespace {

std::uint32_t be32(const std::string& b, std::size_t at)
{
    return (std::uint32_t{static_cast<unsigned char>(b[at])} << 24) |
           (std::uint32_t{static_cast<unsigned char>(b[at + 1])} << 16) |
           (std::uint32_t{static_cast<unsigned char>(b[at + 2])} << 8) |
           static_cast<unsigned char>(b[at + 3]);
}

void putBe32(std::fstream& f, std::streamoff at, std::uint32_t v)
{
    const std::array<char, 4> b = {static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                                   static_cast<char>(v >> 8), static_cast<char>(v)};
    f.seekp(at);
    f.write(b.data(), b.size());
}

/// What a kill while a write grows the file leaves: a child process starts a change that adds a
/// 2 MB row with a cache so small that SQLite has to write pages into the file before COMMIT (so the
/// journal is synced and has its header), then ends without committing. The header of the file is
/// then made to declare 50 pages more than the file holds, as when the kill came after page 1 was
/// written and before the file had grown. Rolling the journal back restores page 1 and the size.
void leaveHotJournalOfAGrowingWrite(const fs::path& file)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        auto* db = new SQLite::Database(file.string(), SQLite::OPEN_READWRITE);
        db->exec("PRAGMA cache_size = 8");
        db->exec("BEGIN IMMEDIATE");
        db->exec("CREATE TABLE crash_probe(x)");
        db->exec("INSERT INTO crash_probe VALUES (randomblob(2000000))");
        ::_exit(0); // no COMMIT, no close: the journal stays as a killed program leaves it
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    REQUIRE(cw::journalState(file) == cw::JournalState::Header);

    const std::string bytes = cwtest::readFile(file);
    REQUIRE(bytes.size() >= 100);
    const std::uint32_t pageSize =
        (std::uint32_t{static_cast<unsigned char>(bytes[16])} << 8) | static_cast<unsigned char>(bytes[17]);
    const auto pagesPresent = static_cast<std::uint32_t>(bytes.size() / pageSize);
    std::fstream f(file, std::ios::binary | std::ios::in | std::ios::out);
    putBe32(f, 28, pagesPresent + 50);
    putBe32(f, 92, be32(bytes, 24)); // "valid for" = change counter: SQLite believes the page count
}

struct Setup {
    cwtest::TempDir dir;
    fs::path file = dir / "crash.cwb";
    std::string before; ///< the export before the killed change

    Setup()
    {
        REQUIRE(cwtest::runCli({"init", file.string(), "--demo"}).exitCode == 0);
        before = cwtest::runCli({"export", file.string()}).out;
        REQUIRE(!before.empty());
        leaveHotJournalOfAGrowingWrite(file);
    }
};

} // namespace

TEST_CASE("a hot journal left by a kill while the file grew is rolled back on opening, not called truncated",
          "[reliability][crash]")
{
    Setup s;
    SECTION("opened for writing, as the GUI and every command that writes open it")
    {
        {
            auto ws = cw::Workspace::open(s.file, cw::OpenMode::ReadWrite, {}, cw::OpenCheck::Deferred);
            CHECK(ws->recoveredJournal());
            CHECK(cw::checkWorkspace(*ws).ok());
        }
        CHECK(cw::journalState(s.file) == cw::JournalState::Absent);
        CHECK(cwtest::runCli({"export", s.file.string()}).out == s.before);
    }
    SECTION("opened for reading by the desktop program (read-only, page check deferred)")
    {
        {
            auto ws = cw::Workspace::open(s.file, cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred);
            CHECK(ws->recoveredJournal());
            CHECK(ws->isReadOnly());
            CHECK(cw::quickCheckFile(s.file).empty());
        }
        CHECK(cw::journalState(s.file) == cw::JournalState::Absent);
        CHECK(cwtest::runCli({"export", s.file.string()}).out == s.before);
    }
    SECTION("conformance check names the journal and says it was rolled back")
    {
        const auto r = cwtest::runCli({"check", s.file.string()});
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK_THAT(r.out, Contains(s.file.string() + "-journal: an unfinished change") &&
                              Contains("was rolled back on opening") && Contains(": ok (schema"));
        CHECK(cw::journalState(s.file) == cw::JournalState::Absent);
        CHECK(cwtest::runCli({"export", s.file.string()}).out == s.before);
        // The next check has nothing to say about a journal.
        const auto again = cwtest::runCli({"check", s.file.string()});
        CHECK(again.exitCode == 0);
        CHECK_THAT(again.out, !Contains("journal"));
    }
    SECTION("every read-only command works as the first one after the kill")
    {
        const std::string command = GENERATE("info", "verify", "backup", "export");
        std::vector<std::string> args = {command, s.file.string()};
        if (command == "backup")
            args.push_back((s.dir / "copy.cwb").string());
        const auto r = cwtest::runCli(args);
        INFO(command << ": " << r.err);
        CHECK(r.exitCode == 0);
        CHECK(cw::journalState(s.file) == cw::JournalState::Absent);
        CHECK(cwtest::runCli({"export", s.file.string()}).out == s.before);
        if (command == "backup")
            CHECK(cwtest::runCli({"export", (s.dir / "copy.cwb").string()}).out == s.before);
    }
}

TEST_CASE("a hot journal beside a file that cannot be written is refused with what to do, and left alone",
          "[reliability][crash]")
{
    Setup s;
    const std::string fileBytes = cwtest::readFile(s.file);
    const std::string journalBytes = cwtest::readFile(cw::journalPath(s.file));
    REQUIRE(::chmod(s.file.c_str(), 0444) == 0);

    auto requireAdvice = [&](const std::string& message) {
        CHECK_THAT(message, Contains(s.file.string() + ": the workspace holds an unfinished change left in " +
                                     s.file.string() + "-journal") &&
                                Contains("make the file and its folder writable and open it again") &&
                                Contains("keep " + s.file.string() + "-journal beside it"));
        // The old advice, and any advice to restore a backup while the journal is there.
        CHECK_THAT(message, !Contains("open it once with write access") && !Contains("restore a backup") &&
                                !Contains("truncated"));
    };
    SECTION("in the core, opened for writing (falls back to read-only) and for reading")
    {
        for (const auto mode : {cw::OpenMode::ReadWrite, cw::OpenMode::ReadOnly}) {
            try {
                (void)cw::Workspace::open(s.file, mode);
                FAIL("the workspace opened");
            } catch (const cw::Error& e) {
                CHECK(e.code() == cw::ErrorCode::CannotOpen);
                requireAdvice(e.what());
            }
        }
    }
    SECTION("conformance check and info")
    {
        for (const char* command : {"check", "info"}) {
            const auto r = cwtest::runCli({command, s.file.string()});
            CHECK(r.exitCode == 2);
            requireAdvice(r.err);
        }
    }
    CHECK(cwtest::readFile(s.file) == fileBytes);
    CHECK(cwtest::readFile(cw::journalPath(s.file)) == journalBytes);
    ::chmod(s.file.c_str(), 0644);
}

TEST_CASE("a workspace that really lost its end is still refused as truncated, also beside a journal that "
          "holds no change",
          "[reliability][crash]")
{
    cwtest::TempDir dir;
    const auto file = dir / "cut.cwb";
    REQUIRE(cwtest::runCli({"init", file.string(), "--demo"}).exitCode == 0);
    const auto size = fs::file_size(file);
    fs::resize_file(file, size / 2);
    const bool emptyJournal = GENERATE(false, true);
    if (emptyJournal)
        cwtest::writeFile(cw::journalPath(file), std::string(512, '\0')); // a header never written
    const std::string cutBytes = cwtest::readFile(file);
    for (const auto mode : {cw::OpenMode::ReadWrite, cw::OpenMode::ReadOnly}) {
        try {
            (void)cw::Workspace::open(file, mode, {}, cw::OpenCheck::Deferred);
            FAIL("the workspace opened");
        } catch (const cw::Error& e) {
            CHECK(e.code() == cw::ErrorCode::CannotOpen);
            CHECK_THAT(e.what(),
                       Contains(file.string() + ": the workspace is truncated: " + std::to_string(size / 2) +
                                " of " + std::to_string(size) + " bytes are present"));
        }
    }
    const auto r = cwtest::runCli({"check", file.string()});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Contains("truncated"));
    CHECK(cwtest::readFile(file) == cutBytes);
}

TEST_CASE("a reader that opens while a writer is half-way through writing its pages waits for it",
          "[reliability][crash]")
{
    cwtest::TempDir dir;
    const auto file = dir / "busy.cwb";
    REQUIRE(cwtest::runCli({"init", file.string(), "--demo"}).exitCode == 0);
    const std::string before = cwtest::runCli({"export", file.string()}).out;

    // The writer has written pages into the file (it holds SQLite's EXCLUSIVE lock) and page 1
    // already declares the grown size; it rolls back 300 ms after the reader starts.
    int toParent[2];
    int toChild[2];
    REQUIRE(::pipe(toParent) == 0);
    REQUIRE(::pipe(toChild) == 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        auto* db = new SQLite::Database(file.string(), SQLite::OPEN_READWRITE);
        db->exec("PRAGMA cache_size = 8");
        db->exec("BEGIN IMMEDIATE");
        db->exec("CREATE TABLE crash_probe(x)");
        db->exec("INSERT INTO crash_probe VALUES (randomblob(2000000))");
        char c = 'x';
        (void)::write(toParent[1], &c, 1);
        (void)::read(toChild[0], &c, 1);
        ::usleep(300 * 1000);
        db->exec("ROLLBACK");
        delete db;
        ::_exit(0);
    }
    char c = 0;
    REQUIRE(::read(toParent[0], &c, 1) == 1);
    const std::string bytes = cwtest::readFile(file);
    const std::uint32_t pageSize =
        (std::uint32_t{static_cast<unsigned char>(bytes[16])} << 8) | static_cast<unsigned char>(bytes[17]);
    {
        std::fstream f(file, std::ios::binary | std::ios::in | std::ios::out);
        putBe32(f, 28, static_cast<std::uint32_t>(bytes.size() / pageSize) + 50);
        putBe32(f, 92, be32(bytes, 24));
    }
    REQUIRE(::write(toChild[1], &c, 1) == 1);
    const auto t0 = std::chrono::steady_clock::now();
    std::string failure;
    try {
        auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred);
        CHECK_FALSE(ws->recoveredJournal()); // the writer's journal was not ours to roll back
        CHECK(ws->db().execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'crash_probe'").getInt() ==
              0);
    } catch (const std::exception& e) {
        failure = e.what();
    }
    const auto waited = std::chrono::steady_clock::now() - t0;
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    INFO(failure);
    CHECK(failure.empty());
    CHECK(waited >= std::chrono::milliseconds(200)); // it waited for the writer
    CHECK(cw::journalState(file) == cw::JournalState::Absent);
    CHECK(cwtest::runCli({"export", file.string()}).out == before);
}

TEST_CASE("readers that open while another process grows the file read the committed state",
          "[reliability][crash]")
{
    cwtest::TempDir dir;
    const auto file = dir / "grow.cwb";
    REQUIRE(cwtest::runCli({"init", file.string()}).exitCode == 0);
    REQUIRE(cwtest::runCli({"docs", "starter", file.string()}).exitCode == 0);

    // The writer: 60 attachments of 256 KiB, each one commit that grows the file by about 64 pages.
    constexpr int kWrites = 60;
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(ready[0]);
        int code = 0;
        try {
            auto ws = cw::Workspace::open(file);
            const auto version =
                cw::currentDocumentVersion(*ws, cw::documentIdForCode(*ws, "SMS-L2-INC-01")).id;
            std::string bytes(256 * 1024, '\0');
            (void)::write(ready[1], "x", 1);
            for (int i = 0; i < kWrites; ++i) {
                for (std::size_t k = 0; k < bytes.size(); ++k)
                    bytes[k] = static_cast<char>((k * 7 + static_cast<std::size_t>(i) * 131) % 251);
                (void)cw::attachData(*ws, version, "scan-" + std::to_string(i) + ".pdf", bytes);
                // Separate user actions: a loop without a pause would keep SQLite's PENDING lock
                // nearly all the time, and a reader's 2 s wait could end before a gap came.
                ::usleep(10 * 1000);
            }
        } catch (...) {
            code = 1;
        }
        ::_exit(code);
    }
    ::close(ready[1]);
    char c = 0;
    REQUIRE(::read(ready[0], &c, 1) == 1);
    ::close(ready[0]);

    int opens = 0;
    std::vector<std::string> failures;
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        try {
            auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly, {}, cw::OpenCheck::Deferred);
            (void)cw::loadEngagement(*ws);
        } catch (const std::exception& e) {
            failures.emplace_back(e.what());
        }
        ++opens;
    }
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    INFO("opens: " << opens);
    CHECK(opens >= 5);
    for (const auto& f : failures)
        UNSCOPED_INFO(f);
    CHECK(failures.empty());
    auto ws = cw::Workspace::open(file, cw::OpenMode::ReadOnly);
    CHECK(cw::listAttachments(*ws,
                              cw::currentDocumentVersion(*ws, cw::documentIdForCode(*ws, "SMS-L2-INC-01")).id)
              .size() == kWrites);
}
