#include "TestSupport.h"

#include "common/Resources.h"
#include "storage/AuditChain.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace cwtest {

TempDir::TempDir()
{
    std::random_device rd;
    const auto base = std::filesystem::temp_directory_path();
    for (int i = 0; i < 100; ++i) {
        auto candidate = base / ("cwtest-" + std::to_string(rd()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir()
{
    std::error_code ec;
    // Restore write permission on anything a test made read-only, then remove.
    for (auto it = std::filesystem::recursive_directory_iterator(m_path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(m_path, ec);
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                         const std::vector<std::pair<std::string, std::string>>& env, int timeoutSeconds)
{
    TempDir tmp;
    const auto outPath = tmp / "out";
    const auto errPath = tmp / "err";
    // Programs under test keep their signing key in a test folder, never in the user's ~/.config.
    const std::string testConfigDir = (std::filesystem::temp_directory_path() / "cw-test-config").string();
    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        std::FILE* o = std::freopen(outPath.c_str(), "w", stdout);
        std::FILE* e = std::freopen(errPath.c_str(), "w", stderr);
        (void)o;
        (void)e;
        ::setenv("CW_CONFIG_DIR", testConfigDir.c_str(), 0);
        for (const auto& [k, v] : env)
            ::setenv(k.c_str(), v.c_str(), 1);
        std::vector<char*> argv;
        argv.push_back(const_cast<char*>(program.c_str()));
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ProcessResult r;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            r.timedOut = true;
            break;
        }
        ::usleep(2000);
    }
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.crashed = !r.timedOut && WIFSIGNALED(status);
    r.out = readFile(outPath);
    r.err = readFile(errPath);
    return r;
}

ProcessResult runCli(const std::vector<std::string>& args, int timeoutSeconds)
{
    // "Today" is pinned so date rules (overdue, record months) give the same answers any year.
    return runProcess(CW_TEST_CONFORMANCE_EXE, args,
                      {{"CW_DATA_DIR", CW_TEST_DATA_DIR}, {"CW_TODAY", kTestToday}}, timeoutSeconds);
}

std::filesystem::path dataDir()
{
    return CW_TEST_DATA_DIR;
}

std::filesystem::path sharedDir()
{
    return CW_TEST_SHARED_DIR;
}

std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::filesystem::path& p, const std::string& content)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << content;
}

void useSourceResources()
{
    cw::resources::setSearchPath({dataDir()});
}

void resealTrail(SQLite::Database& db, std::int64_t fromId)
{
    std::string prev = cw::kChainGenesis;
    {
        SQLite::Statement before(db, "SELECT hash FROM audit_trail WHERE id < ? ORDER BY id DESC LIMIT 1");
        before.bind(1, fromId);
        if (before.executeStep())
            prev = before.getColumn(0).getString();
    }
    std::vector<std::pair<std::int64_t, std::pair<std::string, std::string>>> hashes;
    SQLite::Statement q(db, std::string(cw::kChainSelect) + " WHERE id >= ? ORDER BY id");
    q.bind(1, fromId);
    while (q.executeStep()) {
        const cw::ChainedEntry e = cw::readChainedEntry(q);
        const std::string hash = cw::chainHash(prev, e);
        hashes.push_back({e.id, {prev, hash}});
        prev = hash;
    }
    SQLite::Statement upd(db, "UPDATE audit_trail SET prev_hash = ?, hash = ? WHERE id = ?");
    for (const auto& [id, h] : hashes) {
        upd.bind(1, h.first);
        upd.bind(2, h.second);
        upd.bind(3, id);
        upd.exec();
        upd.reset();
    }
}

} // namespace cwtest
