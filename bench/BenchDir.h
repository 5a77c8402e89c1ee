#pragma once

#include <filesystem>
#include <random>
#include <string>
#include <system_error>

/// A fresh temporary folder for a benchmark's workspace; removed with its contents when the
/// benchmark ends. Declare it before the workspace it holds, so the workspace closes first.
struct BenchDir {
    std::filesystem::path path;

    explicit BenchDir(const std::string& prefix)
        : path(std::filesystem::temp_directory_path() / (prefix + std::to_string(std::random_device{}())))
    {
        std::filesystem::create_directories(path);
    }
    ~BenchDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    BenchDir(const BenchDir&) = delete;
    BenchDir& operator=(const BenchDir&) = delete;
};
