#pragma once
// Prompts converted once (decode_audio_file) and kept by path, bounded in bytes, least recently
// used evicted first. Thread-safe: play_prompt and preload_prompts run on callers' threads.
// An entry is valid while the file's size and modification time are those it was loaded with, so
// a prompt re-uploaded under the same path is read again. Entries are shared_ptrs: evicting one
// that a session is playing frees it when that playback ends.
#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "cti/core/error.h"

namespace cti::media {

using Samples = std::shared_ptr<const std::vector<std::int16_t>>;

class PromptCache {
public:
    explicit PromptCache(std::size_t capacity_bytes) : capacity_(capacity_bytes) {}

    Result<Samples> get(const std::string& path);

    std::size_t bytes() const;
    std::size_t entries() const;

private:
    struct Entry {
        Samples samples;
        std::uintmax_t file_size = 0;
        std::filesystem::file_time_type mtime{};
        std::list<std::string>::iterator lru;  // position in lru_ (front: most recent)
    };
    void insert(const std::string& path, Entry e);  // with mu_ held

    const std::size_t capacity_;
    mutable std::mutex mu_;
    std::unordered_map<std::string, Entry> entries_;
    std::list<std::string> lru_;
    std::size_t bytes_ = 0;
};

}  // namespace cti::media
