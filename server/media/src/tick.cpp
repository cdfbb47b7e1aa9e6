// The 20 ms clock: one steady_timer drives every session that needs audio made here (faxes, our
// DTMF events, inband tones, prompts, hold music), every mix, recordings, and the media-timeout
// check.
#include <algorithm>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {
namespace {

constexpr auto tick_period = std::chrono::milliseconds(20);
constexpr std::uint64_t timeout_check_every = 10;  // ticks: 200 ms resolution is plenty

}  // namespace

void EngineImpl::arm_tick() {
    const auto now = Clock::now();
    // Absolute deadlines keep 50 frames per second on average; after a stall (debugger, overload)
    // the clock skips ahead instead of bursting the missed frames.
    next_tick_ = next_tick_ == Clock::time_point{} ? now + tick_period : next_tick_ + tick_period;
    if (next_tick_ + 5 * tick_period < now) next_tick_ = now + tick_period;
    tick_timer_.expires_at(next_tick_);
    tick_timer_.async_wait([this](const boost::system::error_code& ec) {
        if (ec) return;
        on_tick();
        arm_tick();
    });
}

void EngineImpl::on_tick() {
    const auto now = Clock::now();
    const std::uint64_t now_ts = to_ts_units(now);
    ++tick_count_;
    for (auto& [id, s] : sessions_) {
        if (s->amd) tick_amd(*s, now);
        if (s->fax) {
            // Every tick, peer or not: the fax's own timeout runs from start_fax.
            tick_fax(*s, now, now_ts);
            s->generated_tick = tick_count_;
            continue;
        }
        if (s->has_peer && s->generating()) {
            tick_session(*s, now_ts);
            s->generated_tick = tick_count_;
        }
    }
    for (auto& [id, m] : mixes_) tick_mix(m, now_ts);
    tick_recordings(now);
    if (tick_count_ % timeout_check_every == 0) check_timeouts(now);
}

void EngineImpl::tick_session(Session& s, std::uint64_t now_ts) {
    if (!s.events_out.empty()) {
        // RFC 4733 §2.5.1: one packet per interval; every packet of the event has its start
        // timestamp, and the stream moves on by the event's length after the last end packet.
        Rfc4733Sender& ev = s.events_out.front();
        const auto pkt = ev.next();
        if (pkt) {
            const std::uint32_t advance = ev.done() ? ev.span() : 0;
            const RtpHeader h = s.out.generate(static_cast<std::uint8_t>(s.peer.telephone_event_pt),
                                               advance, pkt->marker, now_ts);
            std::array<std::uint8_t, telephone_event_size> payload;
            write_telephone_event(pkt->event, payload);
            send_rtp(s, h, payload);
        }
        if (ev.done()) s.events_out.pop_front();
        return;
    }
    std::array<std::int16_t, frame_samples> frame;
    if (s.tones_out && s.tones_out->active()) {
        s.tones_out->next(frame);
        send_audio_frame(s, frame, now_ts);
        return;
    }
    if (s.playback) {
        const bool more = s.playback->next(frame);
        send_audio_frame(s, frame, now_ts);
        if (!more) end_playback(s, PlaybackEnd::finished);
        return;
    }
    if (s.music && !music_.empty()) {
        for (auto& v : frame) {
            v = music_[s.music_pos];
            s.music_pos = (s.music_pos + 1) % music_.size();
        }
        send_audio_frame(s, frame, now_ts);
    }
}

void EngineImpl::tick_mix(Mix& m, std::uint64_t now_ts) {
    if (m.members.empty()) return;
    mix_in_.resize(m.members.size());
    mix_out_.resize(m.members.size());
    mix_heard_by_.assign(m.members.size(), kHeardByEveryone);
    for (std::size_t i = 0; i < m.members.size(); ++i) {
        Session* s = find(m.members[i]);
        if (s) s->mix_in.pop(mix_in_[i]);
        else mix_in_[i].fill(0);
        if (!s) continue;
        if (s->audience.kind == MixAudience::Kind::nobody) {
            mix_heard_by_[i] = kHeardByNobody;
        } else if (s->audience.kind == MixAudience::Kind::one) {
            // The listener's place in this mix; one who left hears nothing of it.
            auto at = std::find(m.members.begin(), m.members.end(), s->audience.only.value());
            mix_heard_by_[i] = at == m.members.end() ? kHeardByNobody : static_cast<int>(at - m.members.begin());
        }
    }
    mix_heard(mix_in_, mix_heard_by_, mix_out_);
    for (std::size_t i = 0; i < m.members.size(); ++i) {
        Session* s = find(m.members[i]);
        // Music or our own digits replace the conference for that member (tick_session sent them).
        if (!s || !s->has_peer || s->generating() || s->generated_tick == tick_count_) continue;
        send_audio_frame(*s, mix_out_[i], now_ts);
    }
}

void EngineImpl::check_timeouts(Clock::time_point now) {
    if (options_.media_timeout_ms == 0) return;
    const auto limit = std::chrono::milliseconds(options_.media_timeout_ms);
    for (auto& [id, s] : sessions_) {
        if (!s->has_peer || s->timeout_reported || now - s->last_rx < limit) continue;
        s->timeout_reported = true;
        logger("media")->info("session={} media timeout: no RTP for {} ms", id,
                              options_.media_timeout_ms);
        emit(MediaTimeout{s->id});
    }
}

}  // namespace cti::media
