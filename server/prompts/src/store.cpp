#include "cti/prompts/store.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>

#include "cti/core/logging.h"
#include "cti/media/audio_file.h"
#include "spawn.h"

namespace cti::prompts {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t max_id_part = 64;

bool valid_part(std::string_view s) {
    return !s.empty() && s.size() <= max_id_part &&
           std::ranges::all_of(s, [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

// FNV-1a, 64 bits: stable across runs and builds (std::hash is not), so the cache survives.
std::uint64_t fnv1a(std::string_view a, std::string_view b) {
    std::uint64_t h = 14695981039346656037ULL;
    auto mix = [&](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    };
    mix(a);
    mix(std::string_view("\0", 1));
    mix(b);
    return h;
}

// A name no other thread or process writes at the same time.
fs::path scratch(const fs::path& beside, std::string_view ext) {
    static std::atomic<unsigned> n{0};
    return beside.parent_path() / (beside.filename().string() + "." + std::to_string(::getpid()) +
                                   "-" + std::to_string(++n) + std::string(ext));
}

Result<void> make_dirs(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        return fail(Errc::io_error, "cannot create '" + dir.string() + "': " + ec.message() +
                                        "; check the --data folder's permissions");
    }
    return {};
}

}  // namespace

std::string_view espeak_voice(Lang lang) noexcept { return lang == Lang::zh_CN ? "cmn" : "en"; }

PromptStore::PromptStore(StoreOptions options) : options_(std::move(options)) {}

Result<fs::path> PromptStore::path_for(std::string_view id, Lang lang) const {
    const auto slash = id.find('/');
    if (slash == std::string_view::npos || !valid_part(id.substr(0, slash)) ||
        !valid_part(id.substr(slash + 1))) {
        return fail(Errc::invalid_argument,
                    "prompt id '" + std::string(id) +
                        "' is not <category>/<name> with lower-case letters, digits, _ or - "
                        "(e.g. queue/ahead)");
    }
    return options_.data_dir / "prompts" / std::string(to_string(lang)) /
           std::string(id.substr(0, slash)) / (std::string(id.substr(slash + 1)) + ".wav");
}

Result<fs::path> PromptStore::resolve(std::string_view id, Lang lang) const {
    auto path = path_for(id, lang);
    if (!path) return path;
    std::error_code ec;
    if (!fs::is_regular_file(*path, ec)) {
        return fail(Errc::not_found, "prompt " + std::string(id) + " (" +
                                         std::string(to_string(lang)) + ") is missing at '" +
                                         path->string() + "'; upload it or let the server generate it");
    }
    return path;
}

Result<void> PromptStore::synthesize(std::string_view text, Lang lang, const fs::path& out) {
    if (text.empty() || text.size() > options_.max_text_bytes) {
        return fail(Errc::invalid_argument,
                    "text to speak must be 1 to " + std::to_string(options_.max_text_bytes) +
                        " bytes; it is " + std::to_string(text.size()));
    }
    if (auto ok = make_dirs(out.parent_path()); !ok) return ok;
    // The text goes in a file (-f), never on the command line: text starting with '-' is not
    // taken for an option, and nothing is interpreted by a shell (there is none).
    const fs::path text_file = scratch(out, ".txt");
    const fs::path raw = scratch(out, ".raw.wav");
    struct Cleanup {
        fs::path a, b;
        ~Cleanup() {
            std::error_code ec;
            fs::remove(a, ec);
            fs::remove(b, ec);
        }
    } cleanup{text_file, raw};
    {
        std::ofstream f(text_file, std::ios::binary);
        f << text;
        if (!f) return fail(Errc::io_error, "cannot write '" + text_file.string() + "'");
    }
    auto status = run_process({options_.espeak_program, "-v", std::string(espeak_voice(lang)), "-w",
                               raw.string(), "-f", text_file.string()},
                              options_.espeak_timeout);
    if (!status) return std::unexpected(status.error());
    if (*status != 0) {
        return fail(Errc::io_error, options_.espeak_program + " exited with status " +
                                        std::to_string(*status) + " for voice " +
                                        std::string(espeak_voice(lang)) +
                                        "; check `espeak-ng --voices` lists it");
    }
    // espeak-ng writes 22.05 kHz: converted once here with the engine's own code.
    auto samples = media::decode_audio_file(raw.string());
    if (!samples) return std::unexpected(samples.error());
    return media::write_wav_8k(out.string(), *samples);
}

GenerateReport PromptStore::ensure_generated(const std::vector<PromptText>& prompts, std::stop_token stop) {
    GenerateReport report;
    for (const auto& p : prompts) {
        if (stop.stop_requested()) break;
        auto path = path_for(p.id, p.lang);
        if (!path) {
            report.failed.push_back(path.error());
            continue;
        }
        std::error_code ec;
        if (fs::is_regular_file(*path, ec)) {
            ++report.present;
            continue;
        }
        if (auto made = synthesize(p.text, p.lang, *path); !made) {
            report.failed.push_back(Error{made.error().code, "prompt " + p.id + " (" +
                                                                 std::string(to_string(p.lang)) +
                                                                 "): " + made.error().message});
            logger("prompts")->warn("{}", report.failed.back().message);
            continue;
        }
        ++report.generated;
    }
    logger("prompts")->info("prompts: {} present, {} generated, {} failed", report.present,
                            report.generated, report.failed.size());
    return report;
}

Result<fs::path> PromptStore::upload(std::string_view id, Lang lang,
                                     std::span<const std::uint8_t> bytes) {
    auto path = path_for(id, lang);
    if (!path) return path;
    if (bytes.empty()) return fail(Errc::invalid_argument, "the upload is empty; choose an audio file");
    if (bytes.size() > options_.max_upload_bytes) {
        return fail(Errc::invalid_argument,
                    "the upload is " + std::to_string(bytes.size()) + " bytes; the limit is " +
                        std::to_string(options_.max_upload_bytes) +
                        " bytes: shorten the recording or save it as 8 kHz mono");
    }
    // Decoded a little past the limit, so that "too long" is told rather than silently cut.
    auto samples = media::decode_audio_bytes(bytes, options_.max_upload_seconds + 1);
    if (!samples) return std::unexpected(samples.error());
    if (samples->size() > static_cast<std::size_t>(options_.max_upload_seconds * media::sample_rate)) {
        return fail(Errc::invalid_argument,
                    "the recording is longer than " +
                        std::to_string(static_cast<int>(options_.max_upload_seconds)) +
                        " seconds; upload a shorter prompt");
    }
    if (auto ok = make_dirs(path->parent_path()); !ok) return std::unexpected(ok.error());
    if (auto ok = media::write_wav_8k(path->string(), *samples); !ok) {
        return std::unexpected(ok.error());
    }
    logger("prompts")->info("prompt {} ({}) uploaded: {} samples", id, to_string(lang),
                            samples->size());
    return path;
}

Result<fs::path> PromptStore::speak(std::string_view text, Lang lang) {
    char name[17];
    std::snprintf(name, sizeof name, "%016llx",
                  static_cast<unsigned long long>(fnv1a(to_string(lang), text)));
    const fs::path dir = options_.data_dir / "prompts" / "tts" / std::string(to_string(lang));
    const fs::path out = dir / (std::string(name) + ".wav");
    std::error_code ec;
    if (fs::is_regular_file(out, ec)) return out;
    if (auto made = synthesize(text, lang, out); !made) return std::unexpected(made.error());
    trim_tts_cache(dir);
    return out;
}

std::vector<PromptStore::StoredPrompt> PromptStore::list() const {
    std::vector<StoredPrompt> out;
    for (auto lang : {Lang::zh_CN, Lang::en}) {
        const fs::path root = options_.data_dir / "prompts" / std::string(to_string(lang));
        std::error_code ec;
        for (fs::directory_iterator cat(root, ec), end; !ec && cat != end; cat.increment(ec)) {
            if (!cat->is_directory()) continue;
            std::error_code ec2;
            for (fs::directory_iterator f(cat->path(), ec2), fend; !ec2 && f != fend; f.increment(ec2)) {
                if (f->path().extension() != ".wav" || !f->is_regular_file()) continue;
                StoredPrompt p;
                p.id = cat->path().filename().string() + "/" + f->path().stem().string();
                if (!path_for(p.id, lang)) continue;  // not a name the store would make
                p.lang = lang;
                std::error_code ec3;
                const auto size = fs::file_size(f->path(), ec3);
                // The store writes 8 kHz 16-bit mono WAV with a 44-byte header (write_wav_8k).
                if (!ec3 && size > 44) p.seconds = static_cast<double>(size - 44) / (2.0 * media::sample_rate);
                const auto mtime = fs::last_write_time(f->path(), ec3);
                if (!ec3)
                    p.modified_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::file_clock::to_sys(mtime).time_since_epoch())
                                        .count();
                out.push_back(std::move(p));
            }
        }
    }
    std::ranges::sort(out, [](const StoredPrompt& a, const StoredPrompt& b) {
        return std::tie(a.id, a.lang) < std::tie(b.id, b.lang);
    });
    return out;
}

Result<void> PromptStore::remove(std::string_view id, Lang lang) {
    auto path = resolve(id, lang);
    if (!path) return std::unexpected(path.error());
    std::error_code ec;
    if (!fs::remove(*path, ec) || ec)
        return fail(Errc::io_error, "prompt " + std::string(id) + " could not be deleted: " + ec.message());
    return {};
}

void PromptStore::trim_tts_cache(const fs::path& dir) {
    std::lock_guard lock(tts_mu_);
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        if (e.path().extension() == ".wav") files.emplace_back(e.last_write_time(ec), e.path());
    }
    if (files.size() <= options_.tts_cache_files) return;
    std::ranges::sort(files);  // oldest first
    for (std::size_t i = 0; i + options_.tts_cache_files < files.size(); ++i) {
        fs::remove(files[i].second, ec);  // a path being played lives on in the engine's cache
    }
}

}  // namespace cti::prompts
