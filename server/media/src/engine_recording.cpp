// Call recording on the media thread: received audio goes into each recording channel's buffer,
// and the 20 ms clock hands the writer thread exactly the samples the wall clock says are due, so
// a recording has no gaps and is as long as it ran, whatever the packets did.
#include <boost/asio/post.hpp>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {
namespace {

// Samples per channel from `from` to `to` at 8 kHz (125 us each).
std::uint64_t samples_between(Clock::time_point from, Clock::time_point to) {
    if (to <= from) return 0;
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(to - from).count() / 125);
}

}  // namespace

Result<RecordingId> EngineImpl::start_recording(std::filesystem::path wav,
                                                std::vector<MediaSessionId> channels) {
    // The recording covers the time from this call on (its first samples may be silence while
    // the media thread sets it up).
    const auto started = Clock::now();
    if (channels.empty() || channels.size() > 2) {
        return fail(Errc::invalid_argument,
                    "a recording has 1 channel (mono) or 2 (stereo: customer left, agent right), "
                    "not " + std::to_string(channels.size()));
    }
    {
        std::lock_guard lock(registry_mu_);
        for (const auto& id : channels) {
            if (!registry_.contains(id.value())) {
                return fail(Errc::not_found, "cannot record media session " +
                                                 std::to_string(id.value()) +
                                                 ": it does not exist (closed?)");
            }
        }
    }
    // Created here, on the caller's thread, so that a bad path is this call's error.
    auto file = WavWriter::create(wav.string(), static_cast<int>(channels.size()));
    if (!file) return std::unexpected(file.error());
    const RecordingId id{++next_recording_};
    ++active_recordings_;
    writer_->open(id, std::move(*file));
    logger("media")->info("recording={} started: {} ({} channel(s))", id.value(), wav.string(),
                          channels.size());
    asio::post(io_, [this, id, started, channels = std::move(channels)] {
        Recording r{id, started, std::vector<std::uint64_t>(channels.size(), 0),
                    std::vector<ChannelBuffer>(channels.size()), 0};
        auto& rec = recordings_.emplace(id.value(), std::move(r)).first->second;
        for (std::size_t ch = 0; ch < channels.size(); ++ch) {
            // A session closed since the check above: that channel is silent.
            if (Session* s = find(channels[ch].value())) {
                rec.sources[ch] = s->id.value();
                s->record_taps.emplace_back(id.value(), ch);
            }
        }
    });
    return id;
}

void EngineImpl::set_recording_channel(RecordingId id, std::size_t channel,
                                       std::optional<MediaSessionId> session) {
    asio::post(io_, [this, id, channel, session] {
        auto it = recordings_.find(id.value());
        if (it == recordings_.end() || channel >= it->second.sources.size()) {
            logger("media")->warn("set_recording_channel recording={} channel={}: no such "
                                  "recording or channel", id.value(), channel);
            return;
        }
        Recording& r = it->second;
        untap(r, channel);
        if (!session) return;
        Session* s = find(session->value());
        if (!s) {
            logger("media")->warn("set_recording_channel recording={} channel={}: session {} "
                                  "does not exist; the channel records silence",
                                  id.value(), channel, session->value());
            return;
        }
        r.sources[channel] = s->id.value();
        s->record_taps.emplace_back(id.value(), channel);
    });
}

void EngineImpl::stop_recording(RecordingId id) {
    const auto at = Clock::now();  // the caller's instant, not the media thread's
    asio::post(io_, [this, id, at] {
        auto it = recordings_.find(id.value());
        if (it == recordings_.end()) return;  // already ended (write error, stopped twice)
        flush_recording(it->second, at, true);
        finish_recording(id.value(), {});
    });
}

void EngineImpl::record_received(Session& s, std::span<const std::int16_t> samples) {
    for (auto [rec, channel] : s.record_taps) {
        if (auto it = recordings_.find(rec); it != recordings_.end()) {
            it->second.buffers[channel].push(samples);
        }
    }
}

void EngineImpl::tick_recordings(Clock::time_point now) {
    std::vector<std::uint64_t> overflowed;
    for (auto& [id, r] : recordings_) {
        if (!flush_recording(r, now, false)) overflowed.push_back(id);
    }
    for (auto id : overflowed) {
        logger("media")->error("recording={} stopped: the disk does not keep up", id);
        finish_recording(id, "recording stopped: the disk does not keep up (more than " +
                                 std::to_string(RecordingWriter::max_queued_samples / sample_rate) +
                                 " s of audio waiting to be written)");
    }
}

bool EngineImpl::flush_recording(Recording& r, Clock::time_point until, bool last) {
    const std::uint64_t due = samples_between(r.started, until);
    if (due <= r.written) return true;
    // Whole frames on the clock (several after a late tick: catching up keeps the length right);
    // the last call also writes the partial frame up to the stop instant.
    std::uint64_t n = due - r.written;
    if (!last) n -= n % frame_samples;
    if (n == 0) return true;
    const std::size_t channels = r.buffers.size();
    std::vector<std::int16_t> interleaved(n * channels);
    std::array<std::int16_t, frame_samples> frame;
    for (std::uint64_t done = 0; done < n; done += frame_samples) {
        const std::size_t len = static_cast<std::size_t>(std::min<std::uint64_t>(frame_samples, n - done));
        for (std::size_t ch = 0; ch < channels; ++ch) {
            r.buffers[ch].pop(std::span(frame.data(), len));
            for (std::size_t i = 0; i < len; ++i) interleaved[(done + i) * channels + ch] = frame[i];
        }
    }
    if (!writer_->write(r.id, std::move(interleaved), last)) return false;
    r.written += n;
    return true;
}

void EngineImpl::untap(Recording& r, std::size_t channel) {
    if (Session* s = find(r.sources[channel])) {
        std::erase(s->record_taps, std::pair{r.id.value(), channel});
    }
    r.sources[channel] = 0;
}

void EngineImpl::finish_recording(std::uint64_t id, std::string error) {
    auto it = recordings_.find(id);
    if (it == recordings_.end()) return;
    for (std::size_t ch = 0; ch < it->second.sources.size(); ++ch) untap(it->second, ch);
    writer_->close(it->second.id, std::move(error));
    recordings_.erase(it);
}

void EngineImpl::on_recording_done(RecordingDone d) {
    logger("media")->info("recording={} done: {} ({} frames){}", d.id.value(), d.path, d.frames,
                          d.error.empty() ? "" : " " + d.error);
    --active_recordings_;
    {
        std::lock_guard lock(finished_mu_);
        finished_.push_back(std::move(d));
    }
    // The sink is called on the media thread only (its contract); after the engine's destruction
    // stopped that thread, the destructor delivers what is left.
    asio::post(io_, [this] { deliver_recordings_done(); });
}

void EngineImpl::deliver_recordings_done() {
    std::vector<RecordingDone> done;
    {
        std::lock_guard lock(finished_mu_);
        done.swap(finished_);
    }
    for (auto& d : done) {
        // A write error ended it on the writer thread: stop feeding it here too.
        auto it = recordings_.find(d.id.value());
        if (it != recordings_.end()) {
            for (std::size_t ch = 0; ch < it->second.sources.size(); ++ch) untap(it->second, ch);
            recordings_.erase(it);
        }
        emit(std::move(d));
    }
}

}  // namespace cti::media
