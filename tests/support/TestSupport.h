#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace cwtest {

/// A fresh directory removed at scope exit.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

struct ProcessResult {
    int exitCode = -1;
    bool timedOut = false;
    bool crashed = false; ///< ended by a signal it did not ask for (not our timeout kill)
    std::string out;
    std::string err;
};

/// Runs a program with arguments (no shell), capturing stdout and stderr. A program still running
/// after `timeoutSeconds` is killed and reported with exit code 137 and timedOut set.
[[nodiscard]] ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                                       const std::vector<std::pair<std::string, std::string>>& env = {},
                                       int timeoutSeconds = 60);

/// The day CLI tests run on (CW_TODAY), inside the demo engagement's timeline.
inline constexpr const char* kTestToday = "2026-11-22";

/// Runs the built `conformance` tool with CW_TODAY = kTestToday.
[[nodiscard]] ProcessResult runCli(const std::vector<std::string>& args, int timeoutSeconds = 60);

[[nodiscard]] std::filesystem::path dataDir();   ///< resources/ of the source tree
[[nodiscard]] std::filesystem::path sharedDir(); ///< ../shared beside the repository

[[nodiscard]] std::string readFile(const std::filesystem::path& p);
void writeFile(const std::filesystem::path& p, const std::string& content);

/// Points cw::resources at the source tree's resources/.
void useSourceResources();

/// Plays a forger with sqlite3: recomputes prev_hash and hash of every audit entry from id
/// `fromId` on, continuing from the stored hash of the entry before it, so the chain verifies again.
void resealTrail(SQLite::Database& db, std::int64_t fromId = 1);

} // namespace cwtest
