// Commands that read or write files the user names: FIFOs and devices are refused at once, sizes
// are checked before reading, output files are whole or absent, `docs extract` checks every name
// first, and CW_ACTOR is checked.
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using Catch::Contains;
using cwtest::runCli;
namespace fs = std::filesystem;

namespace {

/// The workspace's interchange export, to compare before and after a refused command.
std::string exported(const std::string& ws)
{
    const auto r = runCli({"export", ws});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

std::vector<std::string> namesIn(const fs::path& dir)
{
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("every command that reads a file refuses a FIFO at once instead of blocking",
          "[cli][bounds][failure]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    const std::string before = exported(ws);
    const struct {
        std::string name;
        std::vector<std::string> args;
    } commands[] = {
        {"data.json", {"import", ws, "@"}},
        {"catalog.yaml", {"catalog", "import", ws, "@"}},
        {"checklist.xlsx", {"gap", "import", ws, "@", "--create", "Gap"}},
        {"logo.png", {"engagement", "set", ws, "logo", "@"}},
        {"catalog.csv", {"catalog", "validate", "@"}},
    };
    for (const auto& c : commands) {
        INFO(c.name);
        const auto fifo = dir / c.name;
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        auto args = c.args;
        std::replace(args.begin(), args.end(), std::string("@"), fifo.string());
        const auto r = runCli(args, 10); // before: blocked until killed
        CHECK_FALSE(r.timedOut);
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Contains(fifo.string() + ": a FIFO (named pipe), not an ordinary file"));
    }
    CHECK(exported(ws) == before);
}

TEST_CASE("engagement set logo checks type and size before reading", "[cli][bounds][failure]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    const std::string before = exported(ws);
    // /dev/zero: read whole before the 2 MiB check, it grew the process to 4.2 GB.
    const auto zero = runCli({"engagement", "set", ws, "logo", "/dev/zero"}, 10);
    CHECK_FALSE(zero.timedOut);
    CHECK(zero.exitCode == 2);
    CHECK_THAT(zero.err, Contains("/dev/zero: a device, not an ordinary file; only files are read"));
    // A 3 GiB sparse file with a PNG signature: refused by its size.
    const auto big = dir / "big.png";
    cwtest::writeFile(big, std::string("\x89PNG\r\n\x1a\n", 8));
    fs::resize_file(big, 3ull * 1024 * 1024 * 1024);
    const auto large = runCli({"engagement", "set", ws, "logo", big.string()}, 10);
    CHECK_FALSE(large.timedOut);
    CHECK(large.exitCode == 3);
    CHECK_THAT(large.err, Contains(big.string() + ": the file is larger than the 2 MiB allowed for a logo"));
    const auto folder = runCli({"engagement", "set", ws, "logo", dir.path().string()});
    CHECK(folder.exitCode == 2);
    CHECK_THAT(folder.err, Contains("a folder, not an ordinary file"));
    cwtest::writeFile(dir / "logo.gif", "GIF89a");
    const auto gif = runCli({"engagement", "set", ws, "logo", (dir / "logo.gif").string()});
    CHECK(gif.exitCode == 3);
    CHECK_THAT(gif.err, Contains("logo.gif: logo: not a PNG or JPEG image"));
    CHECK(exported(ws) == before);
    // A real one still works.
    cwtest::writeFile(dir / "logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + std::string(100, 'p'));
    CHECK(runCli({"engagement", "set", ws, "logo", (dir / "logo.png").string()}).exitCode == 0);
}

TEST_CASE("a full disk is exit 2 naming the cause, and never leaves a partial output file",
          "[cli][bounds][failure]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "demo.cwb").string();
    REQUIRE(runCli({"init", ws, "--demo"}).exitCode == 0);
    const std::string json = exported(ws);
    REQUIRE(json.size() > 64 * 1024);

    // /dev/full answers every write with ENOSPC (it must stay the device: it is written, not replaced).
    REQUIRE(fs::is_character_file("/dev/full"));
    const auto full = runCli({"export", ws, "-o", "/dev/full"});
    CHECK(full.exitCode == 2);
    CHECK_THAT(full.err, Contains("/dev/full: the file cannot be written (No space left on device)"));
    const auto list = runCli({"docs", "list", ws, "--format", "csv", "--output", "/dev/full"});
    CHECK(list.exitCode == 2);
    CHECK_THAT(list.err, Contains("No space left on device"));
    CHECK(fs::is_character_file("/dev/full"));

    // A real full file system: a 64 KiB tmpfs (needs root; skipped where mounting is not allowed).
    const auto mnt = dir / "small";
    fs::create_directories(mnt);
    if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=64k") != 0) {
        WARN("skipped the tmpfs part: mounting a 64 KiB tmpfs is not allowed here (" << std::strerror(errno)
                                                                                     << ")");
        return;
    }
    struct Unmount {
        fs::path at;
        ~Unmount() { ::umount(at.c_str()); }
    } unmount{mnt};
    const auto out = mnt / "export.json";
    cwtest::writeFile(out, "the export of yesterday");
    const auto r = runCli({"export", ws, "-o", out.string()});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Contains(out.string() + ": the file cannot be written (No space left on device)"));
    CHECK(cwtest::readFile(out) == "the export of yesterday");      // before: a truncated JSON
    CHECK(namesIn(mnt) == std::vector<std::string>{"export.json"}); // no temporary file left
    const auto fresh = runCli({"export", ws, "-o", (mnt / "new.json").string()});
    CHECK(fresh.exitCode == 2);
    CHECK_FALSE(fs::exists(mnt / "new.json"));
    // The same export where there is room is whole.
    REQUIRE(runCli({"export", ws, "-o", (dir / "ok.json").string()}).exitCode == 0);
    CHECK(cwtest::readFile(dir / "ok.json") == json);
}

TEST_CASE("docs extract checks every name before writing any file", "[cli][bounds][failure]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    REQUIRE(runCli({"docs", "starter", ws}).exitCode == 0);
    for (const std::string name : {"a-matrix.txt", "b-form.txt", "c-notes.txt"}) {
        cwtest::writeFile(dir / name, "content of " + name);
        REQUIRE(runCli({"docs", "attach", ws, "SMS-L2-INC-01", (dir / name).string()}).exitCode == 0);
    }
    const auto out = dir / "out";
    fs::create_directories(out);
    cwtest::writeFile(out / "b-form.txt", "mine");
    cwtest::writeFile(out / "c-notes.txt", "mine too");
    const auto r = runCli({"docs", "extract", ws, "SMS-L2-INC-01", out.string()});
    CHECK(r.exitCode == 3);
    CHECK_THAT(r.err,
               Contains((out / "b-form.txt").string() + ", " + (out / "c-notes.txt").string() +
                        ": files of those names already exist; they are not overwritten and nothing is "
                        "extracted"));
    // Before: a-matrix.txt had been written when the conflict stopped the command.
    CHECK(namesIn(out) == std::vector<std::string>{"b-form.txt", "c-notes.txt"});
    CHECK(cwtest::readFile(out / "b-form.txt") == "mine");
    fs::remove(out / "b-form.txt");
    fs::remove(out / "c-notes.txt");
    const auto ok = runCli({"docs", "extract", ws, "SMS-L2-INC-01", out.string()});
    CHECK(ok.exitCode == 0);
    CHECK(namesIn(out) == std::vector<std::string>{"a-matrix.txt", "b-form.txt", "c-notes.txt"});
    CHECK(cwtest::readFile(out / "c-notes.txt") == "content of c-notes.txt");
}

TEST_CASE("CW_ACTOR names who is recorded, and a control character in it is refused", "[cli][bounds][actor]")
{
    cwtest::TempDir dir;
    const auto ws = (dir / "w.cwb").string();
    REQUIRE(runCli({"init", ws}).exitCode == 0);
    const std::string before = exported(ws);
    const auto bad = cwtest::runProcess(CW_TEST_CONFORMANCE_EXE, {"engagement", "set", ws, "scope", "forged"},
                                        {{"CW_ACTOR", "mallory\nadmin"}, {"CW_TODAY", cwtest::kTestToday}});
    CHECK(bad.exitCode == 3);
    CHECK_THAT(bad.err,
               Contains("CW_ACTOR: the name recorded in the audit trail must not hold control characters"));
    CHECK(exported(ws) == before);
    const auto good =
        cwtest::runProcess(CW_TEST_CONFORMANCE_EXE, {"engagement", "set", ws, "scope", "Data centres"},
                           {{"CW_ACTOR", " auditor.zhang "}, {"CW_TODAY", cwtest::kTestToday}});
    REQUIRE(good.exitCode == 0);
    const auto log = runCli({"log", ws, "--entity", "engagement", "--format", "json"});
    CHECK_THAT(log.out, Contains("\"actor\": \"auditor.zhang\""));
}
