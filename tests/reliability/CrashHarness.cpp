#include "CrashHarness.h"

#include "TestSupport.h"

#include "storage/Journal.h"
#include "storage/Workspace.h"

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace crash {

namespace fs = std::filesystem;

namespace {

struct Outcome {
    bool acknowledged = false;
    bool killed = false;
    int exitCode = -1;
    long rssKb = 0;
    std::chrono::microseconds took{0};
};

/// Starts `conformance ARGS` (output to files in `dir`) and kills it after `delay` unless it ends first.
Outcome startAndMaybeKill(const fs::path& dir, const std::vector<std::string>& args,
                          std::chrono::microseconds delay)
{
    const std::string exe = conformanceExe();
    const std::string errPath = (dir / "child.err").string();
    const std::string configDir = (dir / "config").string();
    std::fflush(nullptr);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devnull = ::open("/dev/null", O_WRONLY);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(devnull, 1);
        ::dup2(err, 2);
        ::setenv("CW_DATA_DIR", CW_TEST_DATA_DIR, 1);
        ::setenv("CW_TODAY", cwtest::kTestToday, 1);
        ::setenv("CW_CONFIG_DIR", configDir.c_str(), 1);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(exe.c_str()));
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(exe.c_str(), argv.data());
        ::_exit(127);
    }
    const auto deadline = t0 + delay;
    int status = 0;
    rusage usage{};
    bool ended = false;
    while (std::chrono::steady_clock::now() < deadline) {
        if (::wait4(pid, &status, WNOHANG, &usage) == pid) {
            ended = true;
            break;
        }
        ::usleep(200);
    }
    if (!ended) {
        ::kill(pid, SIGKILL);
        ::wait4(pid, &status, 0, &usage);
    }
    Outcome o;
    o.took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
    o.acknowledged = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    o.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    o.rssKb = usage.ru_maxrss;
    return o;
}

/// Actions recorded in the audit trail: each acknowledged write adds at least one.
std::int64_t actions(const fs::path& ws)
{
    SQLite::Database db(ws.string(), SQLite::OPEN_READONLY, 5000);
    return db.execAndGet("SELECT coalesce(max(action_id), 0) FROM audit_trail").getInt64();
}

std::string oneLine(std::string s)
{
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s.size() > 300 ? s.substr(0, 300) + "..." : s;
}

void cli(const std::vector<std::string>& args)
{
    const auto r = cwtest::runProcess(conformanceExe(), args,
                                      {{"CW_DATA_DIR", CW_TEST_DATA_DIR}, {"CW_TODAY", cwtest::kTestToday}});
    if (r.exitCode != 0)
        throw std::runtime_error("conformance " + args.front() + " failed: " + r.err);
}

void demo(const fs::path&, const fs::path& ws)
{
    cli({"init", ws.string(), "--demo"});
}

} // namespace

std::string conformanceExe()
{
    const char* e = std::getenv("CW_CRASH_CONFORMANCE");
    return e && *e ? e : CW_TEST_CONFORMANCE_EXE;
}

std::vector<Kind> allKinds()
{
    std::vector<Kind> kinds;
    kinds.push_back({"engagement set", demo,
                     [](const fs::path&, const fs::path& ws, int n) {
                         return std::vector<std::string>{"engagement", "set", ws.string(), "scope",
                                                         "scope revision " + std::to_string(n)};
                     },
                     true});
    // 256 KiB per attachment: the commit grows the file by 64 pages.
    kinds.push_back(
        {"docs attach",
         [](const fs::path&, const fs::path& ws) {
             cli({"init", ws.string()});
             cli({"docs", "starter", ws.string()});
         },
         [](const fs::path& dir, const fs::path& ws, int n) {
             const auto file = dir / ("scan-" + std::to_string(n + 1) + ".pdf");
             std::string bytes(256 * 1024, '\0');
             for (std::size_t k = 0; k < bytes.size(); ++k)
                 bytes[k] = static_cast<char>((k * 7 + static_cast<std::size_t>(n + 1) * 131) % 251);
             cwtest::writeFile(file, bytes);
             return std::vector<std::string>{"docs", "attach", ws.string(), "SMS-L2-INC-01", file.string()};
         },
         true});
    // The whole demo engagement replaced from its own interchange file: one large transaction.
    kinds.push_back({"import --replace",
                     [](const fs::path& dir, const fs::path& ws) {
                         cli({"init", ws.string(), "--demo"});
                         cli({"export", ws.string(), "-o", (dir / "demo.json").string()});
                     },
                     [](const fs::path& dir, const fs::path& ws, int) {
                         return std::vector<std::string>{"import", ws.string(), (dir / "demo.json").string(),
                                                         "--replace"};
                     },
                     true});
    kinds.push_back({"gap import", demo,
                     [](const fs::path& dir, const fs::path& ws, int n) {
                         const auto sheet = dir / "sheet.csv";
                         if (!fs::exists(sheet)) {
                             std::string text = "clause,status,notes\n";
                             for (const char* ref : {"4.1", "4.2", "4.3", "4.4", "5.1", "5.3", "6.1", "7.1",
                                                     "7.2", "7.3", "8.1", "9.1", "10.1"})
                                 text += std::string(ref) + ",partial,imported by the crash harness\n";
                             cwtest::writeFile(sheet, text);
                         }
                         return std::vector<std::string>{"gap",       "import",
                                                         ws.string(), sheet.string(),
                                                         "--create",  "Crash import " + std::to_string(n + 1),
                                                         "--date",    "2026-03-01"};
                     },
                     true});
    kinds.push_back({"catalog import", demo,
                     [](const fs::path& dir, const fs::path& ws, int n) {
                         const auto csv = dir / "catalog.csv";
                         if (!fs::exists(csv)) {
                             std::string text = "ref,parent,title_en\n";
                             for (int s = 1; s <= 20; ++s) {
                                 text += std::to_string(s) + ",,Section " + std::to_string(s) + "\n";
                                 for (int r = 1; r <= 14; ++r)
                                     text += std::to_string(s) + "." + std::to_string(r) + "," +
                                             std::to_string(s) + ",Requirement " + std::to_string(r) +
                                             " of section " + std::to_string(s) + "\n";
                             }
                             cwtest::writeFile(csv, text);
                         }
                         return std::vector<std::string>{"catalog",   "import",
                                                         ws.string(), csv.string(),
                                                         "--id",      "custom:crash-" + std::to_string(n + 1),
                                                         "--title",   "Crash " + std::to_string(n + 1)};
                     },
                     true});
    // A report reads the workspace and writes a file of its own (and whatever it records).
    kinds.push_back({"report", demo,
                     [](const fs::path& dir, const fs::path& ws, int n) {
                         return std::vector<std::string>{
                             "report",   ws.string(),
                             "--format", "pdf",
                             "-o",       (dir / ("report-" + std::to_string(n + 1) + ".pdf")).string()};
                     },
                     false});
    return kinds;
}

Result run(const Kind& kind, int trials, std::uint32_t seed, const fs::path& parent)
{
    Result r;
    r.kind = kind.name;
    const auto start = std::chrono::steady_clock::now();
    std::string folder = kind.name;
    std::replace_if(
        folder.begin(), folder.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
        '-');
    const fs::path dir = parent / folder;
    fs::create_directories(dir / "config");
    const fs::path ws = dir / "crash.cwb";
    kind.prepare(dir, ws);

    // Calibrate: the median of three complete runs.
    std::vector<std::chrono::microseconds> full;
    for (int i = 1; i <= 3; ++i) {
        const auto o = startAndMaybeKill(dir, kind.args(dir, ws, -i), std::chrono::seconds(120));
        if (!o.acknowledged)
            throw std::runtime_error(
                kind.name + ": the calibration run failed: " + oneLine(cwtest::readFile(dir / "child.err")));
        full.push_back(o.took);
    }
    std::sort(full.begin(), full.end());
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pick(0.0, 1.5);
    // A complete run gets slower as the workspace grows (the page check reads every page): the
    // estimate follows the slowest completed run.
    auto estimate = full[1];

    std::int64_t acknowledged = actions(ws); // every action up to here was acknowledged
    for (int n = 0; n < trials; ++n) {
        const auto before = actions(ws);
        const auto args = kind.args(dir, ws, n);
        const auto delay =
            std::chrono::microseconds(static_cast<long>(pick(rng) * static_cast<double>(estimate.count())));
        const auto o = startAndMaybeKill(dir, args, delay);
        if (o.acknowledged)
            estimate = std::max(estimate, o.took);
        ++r.trials;
        r.kills += o.killed ? 1 : 0;
        r.completions += o.acknowledged ? 1 : 0;
        r.peakRssKb = std::max(r.peakRssKb, o.rssKb);
        const std::string trial = kind.name + " trial " + std::to_string(n) + ": ";
        if (!o.killed && !o.acknowledged)
            r.problems.push_back(trial + "exit " + std::to_string(o.exitCode) + ": " +
                                 oneLine(cwtest::readFile(dir / "child.err")));
        // The first thing after the kill is a command that only reads.
        const auto check =
            cwtest::runProcess(conformanceExe(), {"check", ws.string()},
                               {{"CW_DATA_DIR", CW_TEST_DATA_DIR}, {"CW_TODAY", cwtest::kTestToday}});
        if (check.exitCode != 0) {
            ++r.damaged;
            r.problems.push_back(trial + "check exit " + std::to_string(check.exitCode) + ": " +
                                 oneLine(check.err));
            break; // the following trials would only repeat it
        }
        if (check.out.find("was rolled back on opening") != std::string::npos)
            ++r.recovered;
        if (cw::journalState(ws) == cw::JournalState::Header)
            r.problems.push_back(trial + "a journal with a header is left after check");
        const auto after = actions(ws);
        const bool lost = after < acknowledged || after < before ||
                          (o.acknowledged && kind.writesWorkspace && after <= before);
        if (lost) {
            ++r.lost;
            r.problems.push_back(trial + "actions " + std::to_string(before) + " before, " +
                                 std::to_string(after) + " after, acknowledged " +
                                 (o.acknowledged ? "yes" : "no"));
        }
        acknowledged = std::max(acknowledged, o.acknowledged ? after : acknowledged);
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return r;
}

} // namespace crash
