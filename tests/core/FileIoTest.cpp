// Bounded, non-blocking reads of the files a user names; whole-or-nothing output files; one rule
// for the name recorded in the audit trail.
#include "TestSupport.h"

#include "common/Actor.h"
#include "common/Error.h"
#include "common/InputFile.h"
#include "common/OutputFile.h"
#include "platform/Platform.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <functional>
#include <future>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Catch::Contains;

namespace {

/// The files in `dir`, to check that no temporary file was left behind.
std::vector<std::string> namesIn(const fs::path& dir)
{
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

void requireError(const std::function<void()>& f, cw::ErrorCode code, const std::string& message)
{
    try {
        f();
        FAIL("no error; expected: " << message);
    } catch (const cw::Error& e) {
        CHECK(e.code() == code);
        CHECK_THAT(e.what(), Contains(message));
    }
}

/// Sets an environment variable for the scope.
class EnvVar {
public:
    EnvVar(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~EnvVar()
    {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }
    EnvVar(const EnvVar&) = delete;
    EnvVar& operator=(const EnvVar&) = delete;

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("input files: regular files are read whole, within their limit", "[core][files]")
{
    cwtest::TempDir dir;
    cwtest::writeFile(dir / "a.json", "{\"x\": 1}");
    CHECK(cw::readInputFile(dir / "a.json") == "{\"x\": 1}");
    CHECK(cw::readInputFile(dir / "a.json", 8) == "{\"x\": 1}"); // exactly at the limit
    cwtest::writeFile(dir / "empty.csv", "");
    CHECK(cw::readInputFile(dir / "empty.csv").empty());
    // /proc files report a size of 0 and still have content: read to the end.
    CHECK_FALSE(cw::readInputFile("/proc/self/status").empty());
    // Through a symbolic link: the file it names.
    fs::create_symlink(dir / "a.json", dir / "link.json");
    CHECK(cw::readInputFile(dir / "link.json") == "{\"x\": 1}");
}

TEST_CASE("input files: the size is checked before a byte is read", "[core][files][failure]")
{
    cwtest::TempDir dir;
    // A sparse 4 GiB file: reading it would take 4 GiB of memory and seconds; refusing it takes none.
    const auto big = dir / "big.png";
    cwtest::writeFile(big, "");
    fs::resize_file(big, 4ull * 1024 * 1024 * 1024);
    const auto start = std::chrono::steady_clock::now();
    requireError([&] { (void)cw::readInputFile(big, 2 * 1024 * 1024, "a logo"); },
                 cw::ErrorCode::InvalidInput,
                 big.string() + ": the file is larger than the 2 MiB allowed for a logo");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
    cwtest::writeFile(dir / "nine.txt", "123456789");
    requireError([&] { (void)cw::readInputFile(dir / "nine.txt", 8); }, cw::ErrorCode::InvalidInput,
                 "larger than the 8 bytes allowed for an input file");
}

TEST_CASE("input files: FIFOs, devices, folders and missing files are refused without reading",
          "[core][files][failure]")
{
    cwtest::TempDir dir;
    requireError([&] { (void)cw::readInputFile(dir / "nope.json"); }, cw::ErrorCode::CannotOpen,
                 (dir / "nope.json").string() + ": no such file");
    requireError([&] { (void)cw::readInputFile(dir.path()); }, cw::ErrorCode::CannotOpen,
                 dir.path().string() + ": a folder, not an ordinary file; only files are read");
    // /dev/zero never ends: reading it whole grew the process to 4.2 GB before the check.
    requireError([&] { (void)cw::readInputFile("/dev/zero", 2 * 1024 * 1024, "a logo"); },
                 cw::ErrorCode::CannotOpen, "/dev/zero: a device, not an ordinary file");
    requireError([&] { (void)cw::readInputFile("/dev/null"); }, cw::ErrorCode::CannotOpen, "a device");

    // A FIFO with no writer: opening it for reading would block forever.
    const auto fifo = dir / "pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    auto read = std::async(std::launch::async, [&] {
        try {
            (void)cw::readInputFile(fifo);
            return std::string("read");
        } catch (const cw::Error& e) {
            return std::string(e.what());
        }
    });
    const bool ended = read.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
    if (!ended) {
        // Unblock the reader so the test can end, then fail.
        const int fd = ::open(fifo.c_str(), O_WRONLY);
        if (fd >= 0)
            ::close(fd);
    }
    REQUIRE(ended);
    CHECK(read.get() == fifo.string() + ": a FIFO (named pipe), not an ordinary file; only files are read");

    if (::geteuid() != 0) { // root reads anything
        cwtest::writeFile(dir / "locked.json", "{}");
        fs::permissions(dir / "locked.json", fs::perms::none);
        requireError([&] { (void)cw::readInputFile(dir / "locked.json"); }, cw::ErrorCode::CannotOpen,
                     "the file cannot be read (Permission denied)");
    }
}

TEST_CASE("output files are replaced whole, keeping their permissions", "[core][files]")
{
    cwtest::TempDir dir;
    const auto out = dir / "export.json";
    cw::writeOutputFile(out, "first");
    CHECK(cwtest::readFile(out) == "first");
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    cw::writeOutputFile(out, "second, longer");
    CHECK(cwtest::readFile(out) == "second, longer");
    CHECK(fs::status(out).permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"export.json"}); // no temporary file left
    // Through a link: the file it names is replaced, the link stays a link.
    fs::create_symlink(out, dir / "link.json");
    cw::writeOutputFile(dir / "link.json", "third");
    CHECK(fs::is_symlink(dir / "link.json"));
    CHECK(cwtest::readFile(out) == "third");
    // A device is written, not replaced.
    cw::writeOutputFile("/dev/null", "gone");
    CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a write error (a full disk) leaves no partial file and names the cause", "[core][files][failure]")
{
    cwtest::TempDir dir;
    const auto out = dir / "export.json";
    cwtest::writeFile(out, "the old export");
    // The disk fills after 1000 bytes: the first write succeeds, the next one fails with ENOSPC.
    std::size_t room = 1000;
    const cw::platform::WriteStep fullDisk = [&](int fd, const char* data, std::size_t size, int& error) {
        if (room == 0) {
            error = ENOSPC;
            return -1LL;
        }
        const std::size_t n = std::min(size, room);
        room -= n;
        return static_cast<long long>(::write(fd, data, n));
    };
    requireError([&] { cw::writeOutputFile(out, std::string(5000, 'x'), fullDisk); },
                 cw::ErrorCode::CannotWrite,
                 out.string() + ": the file cannot be written (No space left on device)");
    CHECK(cwtest::readFile(out) == "the old export");                      // the old file is untouched
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"export.json"}); // the partial temp is gone
    CHECK(cw::exitCodeFor(cw::ErrorCode::CannotWrite) == 2);

    // A new file: nothing at all is left.
    room = 10;
    requireError([&] { cw::writeOutputFile(dir / "new.json", std::string(100, 'y'), fullDisk); },
                 cw::ErrorCode::CannotWrite, "No space left on device");
    CHECK_FALSE(fs::exists(dir / "new.json"));
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"export.json"});

    // The real thing: /dev/full answers every write with ENOSPC (where it is the device: a writer
    // that renames over its target would replace it with a file, as QSaveFile did).
    REQUIRE(fs::is_character_file("/dev/full"));
    requireError([&] { cw::writeOutputFile("/dev/full", "{}"); }, cw::ErrorCode::CannotWrite,
                 "/dev/full: the file cannot be written (No space left on device)");
    // A folder, a missing folder.
    requireError([&] { cw::writeOutputFile(dir.path(), "{}"); }, cw::ErrorCode::CannotWrite,
                 "the file cannot be created (Is a directory)");
    requireError([&] { cw::writeOutputFile(dir / "no" / "such.json", "{}"); }, cw::ErrorCode::CannotWrite,
                 "the file cannot be created (No such file or directory)");
}

TEST_CASE("the actor: the preference, else CW_ACTOR, else the login name", "[core][actor]")
{
    {
        const EnvVar unset("CW_ACTOR", nullptr);
        CHECK(cw::resolveActor() == cw::platform::currentUserName());
        CHECK(cw::resolveActor("  ") == cw::platform::currentUserName());
        CHECK(cw::resolveActor(" Li Wei ") == "Li Wei");
    }
    {
        const EnvVar set("CW_ACTOR", " auditor.zhang ");
        CHECK(cw::resolveActor() == "auditor.zhang");
        CHECK(cw::resolveActor("") == "auditor.zhang");
        CHECK(cw::resolveActor("Li Wei") == "Li Wei"); // an explicit preference wins
    }
    {
        const EnvVar blank("CW_ACTOR", "   ");
        CHECK(cw::resolveActor() == cw::platform::currentUserName());
    }
    {
        const EnvVar hostile("CW_ACTOR", "mallory\n2026-11-22 admin approved");
        requireError([] { (void)cw::resolveActor(); }, cw::ErrorCode::InvalidInput,
                     "CW_ACTOR: the name recorded in the audit trail must not hold control characters");
        requireError([] { (void)cw::resolveActor("eve\x1b[2J"); }, cw::ErrorCode::InvalidInput,
                     "the name set in the preferences: the name recorded");
    }
}
