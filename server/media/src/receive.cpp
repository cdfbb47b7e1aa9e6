// The receive path: read every datagram waiting on a session's socket, authenticate and decrypt
// it (SRTP peers), check where it came from (latching), count it, detect DTMF, and relay it to the bridge partner or feed it to the mix.
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {
namespace {

constexpr unsigned batch = 8;
constexpr std::size_t max_datagram = 1500;

}  // namespace

void EngineImpl::arm_read(const std::shared_ptr<Session>& s) {
    s->socket.async_wait(udp::socket::wait_read, [this, s](const boost::system::error_code& ec) {
        if (ec) return;  // operation_aborted: the session was closed
        on_readable(s);
    });
}

void EngineImpl::on_readable(const std::shared_ptr<Session>& s) {
    // recvmmsg takes every queued datagram of this socket in one system call. With one socket per
    // session and the media thread being the only one running the reactor, a batch shorter than
    // `batch` means the queue was empty at that instant and any later datagram raises a new
    // readiness event after we re-arm: no trailing EAGAIN read per wake-up (see README).
    static thread_local std::array<std::array<std::uint8_t, max_datagram>, batch> bufs;
    static thread_local std::array<sockaddr_storage, batch> addrs;
    std::array<iovec, batch> iov;
    std::array<mmsghdr, batch> msgs;
    for (;;) {
        for (unsigned i = 0; i < batch; ++i) {
            iov[i] = {bufs[i].data(), bufs[i].size()};
            msgs[i] = {};
            msgs[i].msg_hdr.msg_name = &addrs[i];
            msgs[i].msg_hdr.msg_namelen = sizeof(sockaddr_storage);
            msgs[i].msg_hdr.msg_iov = &iov[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
        }
        const int n = ::recvmmsg(s->socket.native_handle(), msgs.data(), batch, MSG_DONTWAIT,
                                 nullptr);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;  // EAGAIN, or an ICMP error surfaced by the socket: wait for more
        }
        const auto now = Clock::now();
        for (int i = 0; i < n; ++i) {
            if (msgs[i].msg_hdr.msg_flags & MSG_TRUNC) {  // larger than any G.711 packet
                ++packets_dropped_;
                continue;
            }
            udp::endpoint from;
            const auto len = std::min<std::size_t>(msgs[i].msg_hdr.msg_namelen, from.capacity());
            std::memcpy(from.data(), &addrs[i], len);
            from.resize(len);
            on_packet(*s, std::span(bufs[i].data(), msgs[i].msg_len), from, now);
            if (!s->socket.is_open()) return;  // the sink closed it while handling an event
        }
        if (n < static_cast<int>(batch)) break;
    }
    arm_read(s);
}

void EngineImpl::on_packet(Session& s, std::span<std::uint8_t> bytes,
                           const udp::endpoint& from, Clock::time_point now) {
    if (!s.has_peer) {  // no SDP yet: nowhere to relay, no codec to read it with
        ++packets_dropped_;
        return;
    }
    if (s.srtp) {
        // Before latching: only a packet that authenticates may move where we send (RFC 3711
        // section 3.3: authentication and the replay check come before anything else).
        const auto len = s.srtp->unprotect(bytes, bytes.size());
        if (!len) {
            s.counters->srtp_rejected.fetch_add(1, std::memory_order_relaxed);
            ++packets_dropped_;
            return;
        }
        bytes = bytes.first(*len);
    }
    const auto packet = parse_rtp(bytes);
    if (!packet) {
        ++packets_dropped_;
        return;
    }
    switch (s.latch.on_packet(from, now)) {
        case Latch<udp::endpoint>::Verdict::drop:
            ++packets_dropped_;
            return;
        case Latch<udp::endpoint>::Verdict::latched:
            logger("media")->info("session={} latched to {}:{}", s.id.value(),
                                  from.address().to_string(), from.port());
            emit(PeerLatched{s.id, from.address().to_string(), from.port()});
            break;
        case Latch<udp::endpoint>::Verdict::accept:
            break;
    }

    const RtpHeader& h = packet->header;
    if (!s.have_in_ssrc || h.ssrc != s.in_ssrc) {
        // A new stream from the peer (restart, re-INVITE): statistics start over for it.
        s.lost_before += s.seq.lost();
        s.seq.reset();
        s.jitter.reset();
        s.have_in_ssrc = true;
        s.in_ssrc = h.ssrc;
    }
    s.seq.on_packet(h.sequence);
    s.last_rx = now;
    s.timeout_reported = false;
    SessionCounters& c = *s.counters;
    c.received.fetch_add(1, std::memory_order_relaxed);
    c.lost.store(s.lost_before + s.seq.lost(), std::memory_order_relaxed);

    const std::uint64_t now_ts = to_ts_units(now);
    if (s.peer.telephone_event_pt >= 0 && h.payload_type == s.peer.telephone_event_pt) {
        on_telephone_event(s, *packet, now_ts);
        return;
    }
    if (h.payload_type == static_cast<std::uint8_t>(Codec::pcmu) ||
        h.payload_type == static_cast<std::uint8_t>(Codec::pcma)) {
        // RFC 3550 §6.4.1 jitter on audio only: telephone events repeat one timestamp.
        s.jitter.on_packet(static_cast<std::uint32_t>(now_ts), h.timestamp);
        c.jitter_ms.store(s.jitter.jitter() / (sample_rate / 1000), std::memory_order_relaxed);
        on_audio(s, *packet, static_cast<Codec>(h.payload_type), now_ts, now);
        return;
    }
    // Comfort noise (PT 13) and anything not negotiated: not relayed.
    ++packets_dropped_;
}

void EngineImpl::on_audio(Session& s, const RtpPacket& p, Codec codec, std::uint64_t now_ts,
                          Clock::time_point now) {
    const std::size_t n = std::min(p.payload.size(), SampleFifo::capacity);
    const bool need_linear = s.fax || s.inband_in || s.amd || s.mix || !s.record_taps.empty();
    std::array<std::int16_t, SampleFifo::capacity> linear;
    if (need_linear) {
        g711_decode(codec, p.payload.first(n), linear.data());
        if (s.fax) {
            // The fax modem takes the session's audio: no digits looked for in modem tones, no
            // relay, no mix (recordings still hear it).
            if (!s.record_taps.empty()) record_received(s, std::span(linear.data(), n));
            on_fax_audio(s, p.header, std::span(linear.data(), n), now);
            return;
        }
        // Only peers without telephone-event pay for tone detection (set in set_remote).
        if (s.inband_in) s.inband_in->feed(std::span(linear.data(), n));
        if (s.amd) amd_audio(s, std::span(linear.data(), n), now);
        if (!s.record_taps.empty()) record_received(s, std::span(linear.data(), n));
        if (s.mix) {
            s.mix_in.push(std::span(linear.data(), n));
            return;
        }
    }
    Session* dst = s.partner ? find(s.partner) : nullptr;
    if (!dst || !dst->has_peer || dst->generating()) {
        return;  // nobody listens, or music/tones replace this audio for the partner
    }
    RtpHeader h = dst->out.relay(s.id.value() << 32 | p.header.ssrc, p.header,
                                 static_cast<std::uint32_t>(p.payload.size()), now_ts);
    h.payload_type = static_cast<std::uint8_t>(dst->peer.codec);
    if (codec == dst->peer.codec) {
        send_rtp(*dst, h, p.payload);  // fast path: the bytes as they came
    } else {
        std::array<std::uint8_t, 1500> out;
        const std::size_t len = std::min(p.payload.size(), out.size());
        g711_transcode(codec, dst->peer.codec, p.payload.first(len), out.data());
        send_rtp(*dst, h, std::span(out.data(), len));
    }
    ++packets_relayed_;
}

void EngineImpl::on_telephone_event(Session& s, const RtpPacket& p, std::uint64_t now_ts) {
    const auto ev = parse_telephone_event(p.payload);
    if (!ev) {
        ++packets_dropped_;
        return;
    }
    const auto outcome = s.events_in.on_packet(p.header.timestamp, *ev);
    // Barge-in at the digit's first packet (whichever arrives first, even an end packet): the
    // caller hears the prompt stop as the key goes down, and a prompt the core starts in reply
    // is not cut by the same digit's end packets.
    if (outcome.started) on_digit_from_peer(s);
    if (outcome.ended) emit(DtmfDetected{s.id, *outcome.ended, DtmfSource::rfc4733});

    Session* dst = s.partner ? find(s.partner) : nullptr;
    // Fax on either side: the two are not connected while it runs.
    if (!dst || !dst->has_peer || dst->fax || s.fax) return;
    if (dst->peer.telephone_event_pt >= 0) {
        if (dst->music || dst->playback || !dst->events_out.empty()) return;
        RtpHeader h = dst->out.relay(s.id.value() << 32 | p.header.ssrc, p.header, 0, now_ts);
        h.payload_type = static_cast<std::uint8_t>(dst->peer.telephone_event_pt);
        send_rtp(*dst, h, p.payload.first(telephone_event_size));
        ++packets_relayed_;
    } else if (outcome.started) {
        // The partner cannot take events: play the digit as tones instead (RFC 4733 §2.6 gateway).
        if (!dst->tones_out) dst->tones_out = std::make_unique<ToneGenerator>();
        dst->tones_out->put(*outcome.started, 100);
    }
}

}  // namespace cti::media
