#pragma once
// The prompt store: recorded announcements on disk by language and category, generated with
// espeak-ng when missing, uploaded from the desktops, and one-off text to speech for dynamic
// values. Every file it writes is 8 kHz mono 16-bit PCM WAV (the media engine's own format), so
// the engine's one-time conversion at load is a copy.
//
//   <data>/prompts/<lang>/<category>/<name>.wav     lang: zh_CN | en; id = "<category>/<name>"
//   <data>/prompts/tts/<lang>/<hash>.wav            speak(): cached by text, bounded
//
// Threads: no thread of its own. ensure_generated and speak run espeak-ng and wait for it
// (bounded by StoreOptions::espeak_timeout): call them off the core thread — at start, the
// composition root runs ensure_generated on a std::jthread (or synchronously before it accepts
// calls); speak from a worker. Methods may be called from several threads at once: files appear
// whole (written beside, then renamed) and the speak cache has its own lock.
#include <chrono>
#include <stop_token>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/prompts/words.h"

namespace cti::prompts {

struct StoreOptions {
    std::filesystem::path data_dir;           // the server's --data folder
    std::string espeak_program = "espeak-ng";  // found through PATH
    std::chrono::milliseconds espeak_timeout{20'000};  // per prompt; killed after that
    std::size_t max_upload_bytes = 10u << 20;  // 10 MiB: minutes of 16-bit WAV, any sane prompt
    double max_upload_seconds = 300;           // longer uploads are refused, not cut
    std::size_t max_text_bytes = 4000;         // speak()/generation text (UTF-8)
    std::size_t tts_cache_files = 500;         // speak(): oldest files removed beyond this
};

// A prompt to generate when missing: id "<category>/<name>" ([a-z0-9_-], at most 64 each).
struct PromptText {
    std::string id;
    Lang lang = Lang::zh_CN;
    std::string text;
};

struct GenerateReport {
    std::size_t present = 0;     // already on disk (recorded, uploaded or generated before)
    std::size_t generated = 0;
    std::vector<Error> failed;   // one per prompt that could not be made, naming it
};

// The espeak-ng voice of a language: cmn (Mandarin) or en.
std::string_view espeak_voice(Lang lang) noexcept;

class PromptStore {
public:
    explicit PromptStore(StoreOptions options);

    // Where the prompt lives. invalid_argument for a malformed id (never a path outside the
    // store), not_found when the file is not there (generate or upload it).
    Result<std::filesystem::path> resolve(std::string_view id, Lang lang) const;

    // Generates, with espeak-ng, every prompt whose file is missing; present ones are left alone
    // (a recorded or uploaded prompt is never overwritten). Blocking: see the threads note.
    // Per-prompt failures are listed in the report; the rest still get made.
    // `stop` ends the work between two prompts (a server shutting down does not wait for all).
    GenerateReport ensure_generated(const std::vector<PromptText>& prompts, std::stop_token stop = {});

    // An uploaded recording (WAV, FLAC, OGG... as bytes): checked with libsndfile, converted to
    // 8 kHz mono and stored as the prompt, replacing what was there. invalid_argument with a
    // message for the desktop: empty, larger than max_upload_bytes, not audio, shorter than
    // 20 ms, longer than max_upload_seconds, or a malformed id.
    Result<std::filesystem::path> upload(std::string_view id, Lang lang,
                                         std::span<const std::uint8_t> bytes);

    // Text to speech for one-off dynamic text ("您前面还有" + zh_count(n) + "位"): a WAV made
    // with espeak-ng, cached by (lang, text); the cache keeps the newest tts_cache_files.
    // Blocking on a miss: see the threads note.
    Result<std::filesystem::path> speak(std::string_view text, Lang lang);

    // The prompts on disk (recorded, uploaded or generated; not the speak() cache), by language
    // and id, with their length: the administration's list. Blocking (reads a folder).
    struct StoredPrompt {
        std::string id;
        Lang lang = Lang::zh_CN;
        double seconds = 0;
        std::int64_t modified_ms = 0;  // Unix time
    };
    std::vector<StoredPrompt> list() const;
    // Deletes the prompt's file (a prompt some flow uses and whose text is known is generated
    // again at the next start). not_found when it is not there.
    Result<void> remove(std::string_view id, Lang lang);

    const StoreOptions& options() const { return options_; }

private:
    Result<std::filesystem::path> path_for(std::string_view id, Lang lang) const;
    Result<void> synthesize(std::string_view text, Lang lang, const std::filesystem::path& out);
    void trim_tts_cache(const std::filesystem::path& dir);

    StoreOptions options_;
    std::mutex tts_mu_;  // the speak cache folder: creation and trimming
};

}  // namespace cti::prompts
