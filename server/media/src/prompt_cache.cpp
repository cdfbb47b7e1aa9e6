#include "prompt_cache.h"

#include <system_error>

#include "cti/media/audio_file.h"

namespace cti::media {
namespace {

constexpr double max_prompt_seconds = 600;  // a prompt longer than 10 minutes is a mistake

std::size_t size_of(const Samples& s) { return s->size() * sizeof(std::int16_t); }

}  // namespace

Result<Samples> PromptCache::get(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const auto mtime = ec ? std::filesystem::file_time_type{} : std::filesystem::last_write_time(path, ec);
    if (ec) {
        return fail(Errc::not_found, "prompt file '" + path + "' cannot be read (" + ec.message() +
                                         "); generate or upload the prompt");
    }
    {
        std::lock_guard lock(mu_);
        auto it = entries_.find(path);
        if (it != entries_.end()) {
            if (it->second.file_size == size && it->second.mtime == mtime) {
                lru_.splice(lru_.begin(), lru_, it->second.lru);
                return it->second.samples;
            }
            bytes_ -= size_of(it->second.samples);  // the file changed: read it again
            lru_.erase(it->second.lru);
            entries_.erase(it);
        }
    }
    // Decoded outside the lock: other sessions' cached prompts are not held up by this read.
    auto decoded = decode_audio_file(path, max_prompt_seconds);
    if (!decoded) return std::unexpected(decoded.error());
    auto samples = std::make_shared<const std::vector<std::int16_t>>(std::move(*decoded));
    std::lock_guard lock(mu_);
    insert(path, Entry{samples, size, mtime, {}});
    return samples;
}

void PromptCache::insert(const std::string& path, Entry e) {
    if (entries_.contains(path)) return;  // another thread loaded it meanwhile
    const std::size_t n = size_of(e.samples);
    if (n > capacity_) return;            // plays, but is not kept
    while (bytes_ + n > capacity_ && !lru_.empty()) {
        auto victim = entries_.find(lru_.back());
        bytes_ -= size_of(victim->second.samples);
        entries_.erase(victim);
        lru_.pop_back();
    }
    lru_.push_front(path);
    e.lru = lru_.begin();
    entries_.emplace(path, std::move(e));
    bytes_ += n;
}

std::size_t PromptCache::bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
}

std::size_t PromptCache::entries() const {
    std::lock_guard lock(mu_);
    return entries_.size();
}

}  // namespace cti::media
