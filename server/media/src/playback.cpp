// Prompt playback: a sequence of clips sent to one session on the 20 ms clock instead of what it
// would otherwise hear, ended by its last sample, stop_playback, a newer prompt, close_session or
// (barge-in) a digit from the session's peer. Files are converted once and cached (PromptCache).
#include <boost/asio/post.hpp>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {

std::string_view to_string(PlaybackEnd e) noexcept {
    switch (e) {
        case PlaybackEnd::finished: return "finished";
        case PlaybackEnd::stopped: return "stopped";
        case PlaybackEnd::barged_in: return "barged_in";
    }
    return "unknown";
}

bool Playback::next(std::span<std::int16_t> out) {
    std::size_t filled = 0;
    while (filled < out.size() && clip < clips.size()) {
        const auto& c = *clips[clip];
        const std::size_t n = std::min(out.size() - filled, c.size() - pos);
        std::copy_n(c.begin() + static_cast<std::ptrdiff_t>(pos), n, out.begin() + filled);
        filled += n;
        pos += n;
        if (pos == c.size()) {  // on to the next clip, within this same frame
            pos = 0;
            ++clip;
            if (clip == clips.size() && options.loop) clip = 0;
        }
    }
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(filled), out.end(), std::int16_t{0});
    return clip < clips.size();
}

Result<PlaybackId> EngineImpl::play_prompt(MediaSessionId id, std::vector<PromptAudio> prompts,
                                           PlayOptions options) {
    {
        std::lock_guard lock(registry_mu_);
        if (!registry_.contains(id.value())) {
            return fail(Errc::not_found, "media session " + std::to_string(id.value()) +
                                             " does not exist (closed?); open a session first");
        }
    }
    if (prompts.empty()) {
        return fail(Errc::invalid_argument, "play_prompt needs at least one prompt");
    }
    std::vector<Samples> clips;
    clips.reserve(prompts.size());
    for (auto& p : prompts) {
        if (p.samples) {
            if (p.samples->empty()) {
                return fail(Errc::invalid_argument, "a prompt given as samples holds no audio");
            }
            clips.push_back(std::move(p.samples));
            continue;
        }
        auto loaded = prompts_.get(p.path);
        if (!loaded) return std::unexpected(loaded.error());
        clips.push_back(std::move(*loaded));
    }
    const PlaybackId pid{++next_playback_};
    asio::post(io_, [this, id, pid, options, clips = std::move(clips)]() mutable {
        Session* s = find(id.value());
        if (!s) {  // closed between the check and now: the promised event still comes
            emit(PlaybackDone{id, pid, PlaybackEnd::stopped});
            return;
        }
        end_playback(*s, PlaybackEnd::stopped);
        s->playback = Playback{pid, std::move(clips), options};
    });
    return pid;
}

void EngineImpl::stop_playback(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value())) end_playback(*s, PlaybackEnd::stopped);
    });
}

Result<void> EngineImpl::preload_prompts(const std::vector<std::string>& paths) {
    for (const auto& p : paths) {
        auto loaded = prompts_.get(p);
        if (!loaded) return std::unexpected(loaded.error());
    }
    return {};
}

void EngineImpl::end_playback(Session& s, PlaybackEnd why) {
    if (!s.playback) return;
    const PlaybackId pid = s.playback->id;
    s.playback.reset();
    logger("media")->debug("session={} playback={} {}", s.id.value(), pid.value(), to_string(why));
    emit(PlaybackDone{s.id, pid, why});
}

void EngineImpl::on_digit_from_peer(Session& s) {
    if (s.playback && s.playback->options.barge_in) end_playback(s, PlaybackEnd::barged_in);
}

}  // namespace cti::media
