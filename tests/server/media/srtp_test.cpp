// SRTP (RFC 3711, SDES keys of RFC 4568) through the engine over real UDP: a test phone that uses
// libsrtp2 itself talks to an SRTP session bridged to a plain-RTP one.
#include <srtp2/srtp.h>

#include <set>
#include <string>

#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

namespace {

constexpr int te = 101;

SrtpKey key_of(const std::string& b64) {
    auto k = decode_srtp_key(b64);
    REQUIRE(k);
    return *k;
}

// One direction of the phone's SRTP, with libsrtp2 directly (independent of the engine's code).
// libsrtp2 is initialised once per process by Engine::start (a second srtp_init fails), so a
// PhoneSrtp is made only after an engine started.
class PhoneSrtp {
public:
    PhoneSrtp(SrtpSuite suite, const SrtpKey& key, srtp_ssrc_type_t direction) {
        srtp_policy_t p{};
        if (suite == SrtpSuite::aes_cm_128_hmac_sha1_32)
            srtp_crypto_policy_set_aes_cm_128_hmac_sha1_32(&p.rtp);
        else
            srtp_crypto_policy_set_rtp_default(&p.rtp);
        srtp_crypto_policy_set_rtcp_default(&p.rtcp);
        p.ssrc.type = direction;
        SrtpKey copy = key;
        p.key = copy.data();
        p.window_size = 128;
        REQUIRE(srtp_create(&ctx_, &p) == srtp_err_status_ok);
    }
    ~PhoneSrtp() { srtp_dealloc(ctx_); }
    PhoneSrtp(const PhoneSrtp&) = delete;
    PhoneSrtp& operator=(const PhoneSrtp&) = delete;

    std::vector<std::uint8_t> protect(const RtpHeader& h, std::span<const std::uint8_t> payload) {
        std::vector<std::uint8_t> buf(12 + payload.size() + SRTP_MAX_TRAILER_LEN);
        int len = static_cast<int>(write_rtp(h, payload, buf));
        REQUIRE(srtp_protect(ctx_, buf.data(), &len) == srtp_err_status_ok);
        buf.resize(static_cast<std::size_t>(len));
        return buf;
    }
    std::optional<std::vector<std::uint8_t>> unprotect(std::vector<std::uint8_t> packet) {
        int len = static_cast<int>(packet.size());
        if (srtp_unprotect(ctx_, packet.data(), &len) != srtp_err_status_ok) return std::nullopt;
        packet.resize(static_cast<std::size_t>(len));
        return packet;
    }

private:
    srtp_t ctx_ = nullptr;
};

// An engine with session `s` (SRTP, to phone A) bridged to session `p` (plain RTP, to phone B).
struct SrtpCall {
    EventLog log;
    std::unique_ptr<Engine> engine;
    Phone a, b;
    SessionInfo s, p;
    SrtpSuite suite;
    SrtpKey engine_key, phone_key;  // what the engine sends with / what phone A sends with
    std::unique_ptr<PhoneSrtp> a_out, a_in;

    explicit SrtpCall(SrtpSuite su = SrtpSuite::aes_cm_128_hmac_sha1_80, int a_te = -1, int b_te = -1)
        : suite(su), engine_key(key_of(generate_srtp_key())), phone_key(key_of(generate_srtp_key())) {
        auto e = Engine::start(test_options(), log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        s = *engine->open_session();
        p = *engine->open_session();
        RemotePeer peer_a = a.peer(Codec::pcmu, a_te);
        peer_a.srtp = SrtpParams{suite, engine_key, phone_key};
        engine->set_remote(s.id, peer_a);
        engine->set_remote(p.id, b.peer(Codec::pcmu, b_te));
        engine->bridge(s.id, p.id);
        a_out = std::make_unique<PhoneSrtp>(suite, phone_key, ssrc_any_outbound);
        a_in = std::make_unique<PhoneSrtp>(suite, engine_key, ssrc_any_inbound);
    }

    std::uint64_t rejected() { return engine->session_stats(s.id)->srtp_rejected; }
};

std::vector<std::uint8_t> frame(int i) {
    auto signal = sine(1000, 160, 8000, 160 * static_cast<std::size_t>(i));
    return encode(Codec::pcmu, signal);
}

RtpHeader header(int i, std::uint32_t ssrc = 0xa1, std::uint8_t pt = 0) {
    return RtpHeader{i == 0, pt, static_cast<std::uint16_t>(1000 + i), 5000u + 160u * i, ssrc};
}

// Receives one RTP packet at `phone` (plain side); nullopt when nothing came.
std::optional<Phone::Received> next_rtp(const Phone& phone) {
    std::optional<Phone::Received> got;
    phone.receive_until([&](const Phone::Received& r) {
        got = r;
        return true;
    });
    return got;
}

}  // namespace

TEST_CASE("SRTP keys: 30 random bytes in the 40-character base64 inline form", "[engine][srtp]") {
    std::set<std::string> seen;
    for (int i = 0; i < 20; ++i) {
        const std::string k = generate_srtp_key();
        CHECK(k.size() == 40);
        auto bytes = decode_srtp_key(k);
        REQUIRE(bytes);
        CHECK(encode_srtp_key(*bytes) == k);
        seen.insert(k);
    }
    CHECK(seen.size() == 20);
    CHECK_FALSE(decode_srtp_key(""));
    CHECK_FALSE(decode_srtp_key(generate_srtp_key().substr(0, 39)));
    CHECK_FALSE(decode_srtp_key(std::string(39, 'A') + "!"));
    CHECK_FALSE(decode_srtp_key(generate_srtp_key() + "AAAA"));
    CHECK(srtp_suite_from_string("AES_CM_128_HMAC_SHA1_80") == SrtpSuite::aes_cm_128_hmac_sha1_80);
    CHECK(srtp_suite_from_string("AES_CM_128_HMAC_SHA1_32") == SrtpSuite::aes_cm_128_hmac_sha1_32);
    CHECK_FALSE(srtp_suite_from_string("AES_256_CM_HMAC_SHA1_80"));
    CHECK(to_string(SrtpSuite::aes_cm_128_hmac_sha1_32) == "AES_CM_128_HMAC_SHA1_32");
}

TEST_CASE("SRTP phone -> plain phone: decrypted payload byte for byte, back: encrypted",
          "[engine][srtp]") {
    const auto suite = GENERATE(SrtpSuite::aes_cm_128_hmac_sha1_80, SrtpSuite::aes_cm_128_hmac_sha1_32);
    const std::size_t tag = suite == SrtpSuite::aes_cm_128_hmac_sha1_80 ? 10 : 4;
    SrtpCall call(suite);

    // A (SRTP) -> engine -> B (plain RTP).
    for (int i = 0; i < 20; ++i) {
        const auto packet = call.a_out->protect(header(i), frame(i));
        CHECK(packet.size() == 12 + 160 + tag);
        call.a.send_raw(call.s.local_port, packet);
    }
    std::vector<Phone::Received> got;
    call.b.receive_until([&](const Phone::Received& r) {
        got.push_back(r);
        return got.size() >= 20;
    });
    REQUIRE(got.size() == 20);
    for (int i = 0; i < 20; ++i) {
        CHECK(got[i].header.payload_type == 0);
        CHECK(got[i].payload == frame(i));
    }

    // B (plain RTP) -> engine -> A (SRTP): what A receives is encrypted and authenticated.
    for (int i = 0; i < 20; ++i) call.b.send_rtp(call.p.local_port, header(i, 0xb2), frame(i));
    int decrypted = 0;
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (decrypted < 20 && std::chrono::steady_clock::now() < end) {
        auto raw = call.a.receive(50ms);
        if (!raw) continue;
        REQUIRE(raw->size() == 12 + 160 + tag);
        // The payload on the wire is not the audio (AES counter mode).
        CHECK_FALSE(std::equal(raw->begin() + 12, raw->begin() + 12 + 160, frame(decrypted).begin()));
        auto plain = call.a_in->unprotect(*raw);
        REQUIRE(plain);
        auto rtp = parse_rtp(*plain);
        REQUIRE(rtp);
        CHECK(rtp->header.payload_type == 0);
        CHECK(std::vector<std::uint8_t>(rtp->payload.begin(), rtp->payload.end()) == frame(decrypted));
        ++decrypted;
    }
    CHECK(decrypted == 20);
    CHECK(call.rejected() == 0);
    CHECK(call.engine->session_stats(call.s.id)->packets_received == 20);
}

TEST_CASE("SRTP: tampered, replayed and plain packets are dropped and counted", "[engine][srtp]") {
    SrtpCall call;
    const auto dropped_before = call.engine->stats().packets_dropped;

    // A valid packet goes through.
    const auto first = call.a_out->protect(header(0), frame(0));
    call.a.send_raw(call.s.local_port, first);
    auto got = next_rtp(call.b);
    REQUIRE(got);
    CHECK(got->payload == frame(0));

    // One bit flipped in the encrypted payload: fails authentication.
    auto tampered = call.a_out->protect(header(1), frame(1));
    tampered[40] ^= 0x01;
    call.a.send_raw(call.s.local_port, tampered);
    // The same packet again: fails the replay check.
    call.a.send_raw(call.s.local_port, first);
    // Plain RTP where SRTP is expected (a phone that ignored the a=crypto).
    call.a.send_rtp(call.s.local_port, header(2), frame(2));
    // Then a valid one: the next thing B hears is this packet, nothing of the three above.
    call.a.send_raw(call.s.local_port, call.a_out->protect(header(3), frame(3)));
    got = next_rtp(call.b);
    REQUIRE(got);
    CHECK(got->payload == frame(3));

    CHECK(call.rejected() == 3);
    CHECK(call.engine->session_stats(call.s.id)->packets_received == 2);
    CHECK(call.engine->stats().packets_dropped >= dropped_before + 3);
}

TEST_CASE("SRTP: a peer that sends plain RTP is never relayed nor latched", "[engine][srtp]") {
    SrtpCall call;
    Phone elsewhere;  // plain RTP from another address must not move where we send either
    for (int i = 0; i < 10; ++i) elsewhere.send_rtp(call.s.local_port, header(i), frame(i));
    REQUIRE(poll_until([&] { return call.rejected() == 10; }));
    CHECK(call.engine->session_stats(call.s.id)->packets_received == 0);
    CHECK(call.log.of<PeerLatched>().empty());
    // B's stream to A still reaches A (not the plain sender), encrypted.
    call.b.send_rtp(call.p.local_port, header(0, 0xb2), frame(0));
    auto raw = call.a.receive(deadline);
    REQUIRE(raw);
    CHECK(call.a_in->unprotect(*raw));
}

TEST_CASE("SRTP: RFC 4733 events are protected both ways", "[engine][srtp][dtmf]") {
    SrtpCall call(SrtpSuite::aes_cm_128_hmac_sha1_80, te, -1);

    // The engine's own digit to A: every event packet is SRTP.
    call.engine->send_dtmf(call.s.id, '5', 60);
    std::vector<TelephoneEvent> events;
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (std::chrono::steady_clock::now() < end) {
        auto raw = call.a.receive(50ms);
        if (!raw) continue;
        auto plain = call.a_in->unprotect(*raw);
        REQUIRE(plain);
        auto rtp = parse_rtp(*plain);
        REQUIRE(rtp);
        if (rtp->header.payload_type != te) continue;
        auto ev = parse_telephone_event(rtp->payload);
        REQUIRE(ev);
        events.push_back(*ev);
        if (ev->end && events.size() >= 3 && events[events.size() - 3].end) break;
    }
    REQUIRE_FALSE(events.empty());
    CHECK(events.front().event == *dtmf_digit_to_event('5'));
    CHECK(events.back().end);

    // A's digit, SRTP-protected, is detected.
    const auto code = *dtmf_digit_to_event('7');
    std::uint16_t seq = 300;
    auto send = [&](bool marker, bool end_bit, std::uint16_t dur) {
        std::array<std::uint8_t, 4> p{};
        write_telephone_event(TelephoneEvent{code, end_bit, 10, dur}, p);
        call.a.send_raw(call.s.local_port,
                        call.a_out->protect(RtpHeader{marker, te, seq++, 90000, 0xa1}, p));
    };
    send(true, false, 160);
    send(false, false, 320);
    for (int i = 0; i < 3; ++i) send(false, true, 480);
    REQUIRE(call.log.wait([](auto& ev) {
        for (auto& e : ev)
            if (auto* d = std::get_if<DtmfDetected>(&e); d && d->digit == '7') return true;
        return false;
    }));
    CHECK(call.rejected() == 0);
}

TEST_CASE("SRTP: a re-INVITE with the same keys keeps the state, new keys start over",
          "[engine][srtp]") {
    SrtpCall call;
    std::vector<std::vector<std::uint8_t>> sent;
    for (int i = 0; i < 3; ++i) {
        sent.push_back(call.a_out->protect(header(i), frame(i)));
        call.a.send_raw(call.s.local_port, sent.back());
    }
    for (int i = 0; i < 3; ++i) REQUIRE(next_rtp(call.b));

    // Same parameters again (hold/retrieve): the replay window survives, packet 1 is refused.
    RemotePeer same = call.a.peer();
    same.srtp = SrtpParams{call.suite, call.engine_key, call.phone_key};
    call.engine->set_remote(call.s.id, same);
    call.a.send_raw(call.s.local_port, sent[1]);
    REQUIRE(poll_until([&] { return call.rejected() == 1; }));

    // New phone key: the old stream no longer authenticates, the new one does.
    const SrtpKey fresh = key_of(generate_srtp_key());
    RemotePeer rekeyed = call.a.peer();
    rekeyed.srtp = SrtpParams{call.suite, call.engine_key, fresh};
    call.engine->set_remote(call.s.id, rekeyed);
    call.a.send_raw(call.s.local_port, call.a_out->protect(header(3), frame(3)));
    PhoneSrtp fresh_out(call.suite, fresh, ssrc_any_outbound);
    call.a.send_raw(call.s.local_port, fresh_out.protect(header(4), frame(4)));
    auto got = next_rtp(call.b);
    REQUIRE(got);
    CHECK(got->payload == frame(4));
    CHECK(call.rejected() == 2);
}
