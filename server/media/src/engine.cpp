// Engine start/stop, the thread, port allocation and the public methods (each posts its work to
// the media thread, except open_session which binds at once so the port can go in the SDP).
#include <pthread.h>
#include <sys/socket.h>

#include <boost/asio/post.hpp>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {

namespace {

// RTP on even ports (RFC 3550 §11). 32 bits: port_min 65535 must not wrap to port 0.
std::uint32_t first_even_port(const EngineOptions& o) { return o.port_min + (o.port_min % 2u); }

}  // namespace

std::string_view to_string(DtmfSource s) noexcept {
    switch (s) {
        case DtmfSource::rfc4733: return "rfc4733";
        case DtmfSource::inband: return "inband";
        case DtmfSource::sip_info: return "sip_info";
    }
    return "unknown";
}

Result<std::unique_ptr<Engine>> Engine::start(EngineOptions options, EventSink sink) {
    init_srtp_library();  // once per process, here rather than on the media thread's first call
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(options.bind_address, ec);
    if (ec) {
        return fail(Errc::config_error, "media bind address '" + options.bind_address +
                                            "' is not an IP address; set [media] bind to one");
    }
    const std::uint32_t first_even = first_even_port(options);
    if (options.port_min == 0 || options.port_max < first_even) {
        return fail(Errc::config_error,
                    "media port range " + std::to_string(options.port_min) + "-" +
                        std::to_string(options.port_max) +
                        " holds no even port above 0; set [media] port_min/port_max to a range "
                        "such as 20000-29999");
    }
    std::vector<std::int16_t> music;
    if (!options.hold_music_file.empty()) {
        auto loaded = load_audio_file(options.hold_music_file);
        if (!loaded) return std::unexpected(loaded.error());
        music = std::move(*loaded);
    } else {
        music = hold_tone_pattern();
    }
    auto engine = std::make_unique<EngineImpl>(std::move(options), std::move(sink),
                                               udp::endpoint(address, 0), std::move(music));
    engine->run_thread();
    return std::unique_ptr<Engine>(std::move(engine));
}

EngineImpl::EngineImpl(EngineOptions options, EventSink sink, udp::endpoint bind,
                       std::vector<std::int16_t> music)
    : options_(std::move(options)),
      sink_(std::move(sink)),
      bind_(bind),
      music_(std::move(music)),
      prompts_(options_.prompt_cache_bytes),
      work_(io_.get_executor()),
      tick_timer_(io_),
      writer_(std::make_unique<RecordingWriter>(
          [this](RecordingDone d) { on_recording_done(std::move(d)); })) {
    const std::uint32_t first_even = first_even_port(options_);
    port_used_.assign((options_.port_max - first_even) / 2 + 1, false);
}

void EngineImpl::run_thread() {
    arm_tick();
    thread_ = std::thread([this] {
        // Named so operators (top -H) and the benchmark can find the media thread.
        pthread_setname_np(pthread_self(), "cti-media");
        for (;;) {
            try {
                io_.run();
                return;
            } catch (const std::exception& e) {
                // A bug in one handler must not silence every call: log and keep running.
                logger("media")->error("media thread handler failed: {}", e.what());
            }
        }
    });
}

EngineImpl::~EngineImpl() {
    work_.reset();
    io_.stop();
    if (thread_.joinable()) thread_.join();
    // The media thread is gone: every recording ends here, at this instant, with a complete file
    // and its RecordingDone (emitted on this thread, as no media thread can race it now).
    const auto now = Clock::now();
    for (auto& [id, r] : recordings_) {
        flush_recording(r, now, true);
        writer_->close(r.id, {});
    }
    recordings_.clear();
    writer_.reset();  // writes what is queued, closes the files, joins
    std::vector<RecordingDone> done;
    {
        std::lock_guard lock(finished_mu_);
        done.swap(finished_);
    }
    for (auto& d : done) emit(std::move(d));
    // Faxes end the same way (spandsp's state freed here, where no media thread can race it).
    for (auto& [id, s] : sessions_) finish_fax(*s, "media engine stopped");
    sessions_.clear();  // closes the sockets, on this thread now that the media thread is gone
}

Result<SessionInfo> EngineImpl::open_session() {
    const std::uint32_t first_even = first_even_port(options_);
    std::lock_guard lock(registry_mu_);
    const std::size_t slots = port_used_.size();
    for (std::size_t tried = 0; tried < slots; ++tried) {
        const std::size_t slot = (port_cursor_ + tried) % slots;
        if (port_used_[slot]) continue;
        const auto port = static_cast<std::uint16_t>(first_even + 2 * slot);
        udp::socket sock(io_);
        boost::system::error_code ec;
        sock.open(bind_.protocol(), ec);
        if (ec) {
            return fail(Errc::unavailable, "cannot open an RTP socket: " + ec.message() +
                                               "; raise the open-files limit (ulimit -n)");
        }
        sock.bind(udp::endpoint(bind_.address(), port), ec);
        if (ec) continue;  // taken by another program: try the next even port
        sock.non_blocking(true, ec);
        port_used_[slot] = true;
        port_cursor_ = (slot + 1) % slots;
        const MediaSessionId id{++next_session_};
        // RFC 3550 §5.1: SSRC, initial sequence number and timestamp are random.
        OutStream out(static_cast<std::uint32_t>(rng_()), static_cast<std::uint16_t>(rng_()),
                      static_cast<std::uint32_t>(rng_()));
        auto session = std::make_shared<Session>(id, port, std::move(sock), out);
        registry_.emplace(id.value(), session->counters);
        asio::post(io_, [this, session] {
            // Reading starts with the first set_remote: until then the kernel keeps early media
            // queued instead of us dropping it for want of a codec and destination.
            sessions_.emplace(session->id.value(), session);
        });
        return SessionInfo{id, port};
    }
    return fail(Errc::unavailable,
                "no free RTP port in " + std::to_string(options_.port_min) + "-" +
                    std::to_string(options_.port_max) +
                    "; widen [media] port_min/port_max or end idle calls");
}

void EngineImpl::set_remote(MediaSessionId id, RemotePeer peer) {
    asio::post(io_, [this, id, peer = std::move(peer)] {
        auto it = sessions_.find(id.value());
        if (it == sessions_.end()) return;
        Session* s = it->second.get();
        boost::system::error_code ec;
        const auto address = asio::ip::make_address(peer.address, ec);
        if (ec) {
            logger("media")->warn("session={} remote address '{}' is not an IP address; media "
                                  "to it is dropped", id.value(), peer.address);
            s->has_peer = false;
            return;
        }
        if (!peer.srtp) {
            s->srtp.reset();
        } else if (!s->srtp || s->srtp->params() != *peer.srtp) {
            // Same keys (a re-INVITE for hold): the state goes on; new keys: it starts over.
            auto ctx = SrtpContext::create(*peer.srtp);
            if (!ctx) {
                // Never fall back to plain RTP on a leg that asked for SRTP.
                logger("media")->error("session={} SRTP unavailable: {}; media to it is dropped",
                                       id.value(), ctx.error().message);
                s->srtp.reset();
                s->has_peer = false;
                return;
            }
            s->srtp = std::move(*ctx);
        }
        s->latch.reset(udp::endpoint(address, peer.port), peer.latch);
        s->peer = peer;
        s->has_peer = true;
        s->last_rx = Clock::now();
        s->timeout_reported = false;
        if (peer.telephone_event_pt < 0) {
            if (!s->inband_in) {
                s->inband_in = std::make_unique<InbandDetector>([this, id](char d) {
                    if (Session* me = find(id.value())) on_digit_from_peer(*me);
                    emit(DtmfDetected{id, d, DtmfSource::inband});
                });
            }
        } else {
            s->inband_in.reset();  // RFC 4733 carries the digits: no DSP per packet
        }
        if (!s->reading) {
            s->reading = true;
            // Read (then wait): what arrived before readiness was armed raised its edge-triggered
            // event with nobody listening. Posted, so that commands already queued behind this
            // one (the bridge that usually follows) apply to those first packets too.
            asio::post(io_, [this, session = it->second] {
                if (session->socket.is_open()) on_readable(session);
            });
        }
    });
}

void EngineImpl::close_session(MediaSessionId id) {
    asio::post(io_, [this, id] { close_now(id.value()); });
}

void EngineImpl::close_now(std::uint64_t id) {
    auto it = sessions_.find(id);
    if (it == sessions_.end()) return;
    Session& s = *it->second;
    end_playback(s, PlaybackEnd::stopped);
    finish_fax(s, "media session closed");
    detach(s);
    // Its recording channels go on, silent, until stop_recording.
    for (auto [rec, channel] : std::vector(s.record_taps)) {
        if (auto r = recordings_.find(rec); r != recordings_.end()) untap(r->second, channel);
    }
    boost::system::error_code ec;
    s.socket.close(ec);
    const std::uint32_t first_even = first_even_port(options_);
    {
        std::lock_guard lock(registry_mu_);
        registry_.erase(id);
        port_used_[(s.port - first_even) / 2] = false;
    }
    sessions_.erase(it);
}

Session* EngineImpl::find(std::uint64_t id) {
    auto it = sessions_.find(id);
    return it == sessions_.end() ? nullptr : it->second.get();
}

void EngineImpl::detach(Session& s) {
    if (s.partner) {
        if (Session* p = find(s.partner)) p->partner = 0;
        s.partner = 0;
    }
    if (s.mix) {
        auto it = mixes_.find(s.mix);
        if (it != mixes_.end()) std::erase(it->second.members, s.id.value());
        s.mix = 0;
        s.mix_in.clear();
        s.audience = MixAudience::everyone();
    }
}

void EngineImpl::bridge(MediaSessionId a, MediaSessionId b) {
    asio::post(io_, [this, a, b] {
        Session* sa = find(a.value());
        Session* sb = find(b.value());
        if (!sa || !sb || sa == sb) {
            logger("media")->warn("bridge {} {}: unknown or identical sessions", a.value(),
                                  b.value());
            return;
        }
        detach(*sa);
        detach(*sb);
        sa->partner = b.value();
        sb->partner = a.value();
    });
}

void EngineImpl::unbridge(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value()); s && s->partner) detach(*s);
    });
}

MixId EngineImpl::create_mix() {
    const MixId id{++next_mix_};
    asio::post(io_, [this, id] { mixes_.emplace(id.value(), Mix{}); });
    return id;
}

void EngineImpl::join_mix(MediaSessionId id, MixId mix) {
    asio::post(io_, [this, id, mix] {
        Session* s = find(id.value());
        auto it = mixes_.find(mix.value());
        if (!s || it == mixes_.end()) {
            logger("media")->warn("join_mix session={} mix={}: unknown", id.value(), mix.value());
            return;
        }
        detach(*s);
        it->second.members.push_back(id.value());
        s->mix = mix.value();
    });
}

void EngineImpl::leave_mix(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value()); s && s->mix) detach(*s);
    });
}

void EngineImpl::destroy_mix(MixId mix) {
    asio::post(io_, [this, mix] {
        auto it = mixes_.find(mix.value());
        if (it == mixes_.end()) return;
        for (auto member : it->second.members) {
            if (Session* s = find(member)) {
                s->mix = 0;
                s->mix_in.clear();
            }
        }
        mixes_.erase(it);
    });
}

void EngineImpl::set_mix_audience(MediaSessionId id, MixAudience audience) {
    asio::post(io_, [this, id, audience] {
        Session* s = find(id.value());
        if (!s || !s->mix) {
            logger("media")->warn("set_mix_audience session={}: unknown or not in a mix", id.value());
            return;
        }
        s->audience = audience;
    });
}

void EngineImpl::play_music(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value())) s->music = true;
    });
}

void EngineImpl::stop_music(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value())) s->music = false;
    });
}

void EngineImpl::send_dtmf(MediaSessionId id, char digit, std::uint32_t duration_ms) {
    const auto event = dtmf_digit_to_event(digit);
    if (!event) {
        logger("media")->warn("send_dtmf session={}: '{}' is not a DTMF digit (0-9 * # A-D)",
                              id.value(), digit);
        return;
    }
    // Q.24 receivers need at least 40 ms; longer than 2 s is a stuck key, not a digit.
    duration_ms = std::clamp<std::uint32_t>(duration_ms, 40, 2000);
    asio::post(io_, [this, id, digit, event, duration_ms] {
        Session* s = find(id.value());
        if (!s || !s->has_peer) {
            logger("media")->warn("send_dtmf session={}: no remote peer yet; digit dropped",
                                  id.value());
            return;
        }
        if (s->peer.telephone_event_pt >= 0) {
            s->events_out.emplace_back(*event, duration_ms * (sample_rate / 1000));
        } else {
            if (!s->tones_out) s->tones_out = std::make_unique<ToneGenerator>();
            s->tones_out->put(digit, static_cast<int>(duration_ms));
        }
    });
}

std::optional<SessionStats> EngineImpl::session_stats(MediaSessionId id) const {
    std::lock_guard lock(registry_mu_);
    auto it = registry_.find(id.value());
    if (it == registry_.end()) return std::nullopt;
    const SessionCounters& c = *it->second;
    return SessionStats{c.received.load(), c.sent.load(), c.lost.load(), c.jitter_ms.load(),
                        c.srtp_rejected.load()};
}

EngineStats EngineImpl::stats() const {
    std::lock_guard lock(registry_mu_);
    return EngineStats{registry_.size(), packets_relayed_.load(), packets_dropped_.load(),
                       active_recordings_.load(), active_faxes_.load()};
}

void EngineImpl::emit(Event e) {
    try {
        sink_(std::move(e));
    } catch (const std::exception& ex) {
        logger("media")->error("event sink threw: {}", ex.what());
    }
}

void EngineImpl::send_rtp(Session& s, const RtpHeader& h, std::span<const std::uint8_t> payload) {
    std::array<std::uint8_t, 1500 + srtp_trailer_room> buf;
    std::size_t n = write_rtp(h, payload, std::span(buf).first(1500));
    if (n == 0 || !s.has_peer) {
        ++packets_dropped_;
        return;
    }
    if (s.srtp) {  // RFC 3711: everything we send to this peer, RFC 4733 events included
        const auto protected_len = s.srtp->protect(buf, n);
        if (!protected_len) {
            ++packets_dropped_;
            return;
        }
        n = *protected_len;
    }
    const udp::endpoint& to = s.latch.destination();
    // Non-blocking: a full socket buffer drops this packet rather than delaying every call.
    const ssize_t r = ::sendto(s.socket.native_handle(), buf.data(), n, MSG_DONTWAIT, to.data(),
                               static_cast<socklen_t>(to.size()));
    if (r < 0) {
        ++packets_dropped_;
        return;
    }
    s.counters->sent.fetch_add(1, std::memory_order_relaxed);
}

void EngineImpl::send_audio_frame(Session& s, std::span<const std::int16_t> samples,
                                  std::uint64_t now_ts) {
    std::array<std::uint8_t, frame_samples> payload;
    g711_encode(s.peer.codec, samples, payload.data());
    const RtpHeader h = s.out.generate(static_cast<std::uint8_t>(s.peer.codec),
                                       static_cast<std::uint32_t>(samples.size()), false, now_ts);
    send_rtp(s, h, std::span(payload.data(), samples.size()));
}


}  // namespace cti::media
