#pragma once
// Real database files in a fresh folder per test, removed afterwards: the storage code is about
// files (WAL, fsync, byte-for-byte checks), so tests do not use :memory:.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

#include <unistd.h>

namespace cti::storage::test {

class TempDir {
public:
    TempDir() {
        std::random_device random;
        const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
        const auto name = "cti-storage-" + std::to_string(::getpid()) + "-" +
                          std::to_string(random()) + "-" + std::to_string(now);
        path_ = std::filesystem::temp_directory_path() / name;
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::filesystem::path file(const std::string& name) const { return path_ / name; }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

inline std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace cti::storage::test
