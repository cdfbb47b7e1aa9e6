// Pure functions of the media engine: RTP and RFC 4733 codecs, statistics, the outgoing stream
// rewriter, the latch, the mixer and resampling.
#include <catch2/catch.hpp>

#include <vector>

#include "cti/media/audio.h"
#include "cti/media/dtmf.h"
#include "cti/media/receive_stats.h"
#include "cti/media/rtp.h"
#include "cti/media/stream.h"

using namespace cti::media;
using namespace std::chrono_literals;

namespace {
std::vector<std::uint8_t> packet(std::vector<std::uint8_t> header_and_body) { return header_and_body; }
}  // namespace

TEST_CASE("RTP header round-trips through write and parse", "[rtp]") {
    RtpHeader h{true, 8, 0xfffe, 0x12345678, 0xdeadbeef};
    const std::vector<std::uint8_t> payload{1, 2, 3, 4, 5};
    std::vector<std::uint8_t> buf(64);
    const auto n = write_rtp(h, payload, buf);
    REQUIRE(n == 17);
    CHECK(buf[0] == 0x80);
    CHECK(buf[1] == 0x88);
    auto p = parse_rtp(std::span(buf.data(), n));
    REQUIRE(p);
    CHECK(p->header.marker);
    CHECK(p->header.payload_type == 8);
    CHECK(p->header.sequence == 0xfffe);
    CHECK(p->header.timestamp == 0x12345678);
    CHECK(p->header.ssrc == 0xdeadbeef);
    CHECK(std::vector<std::uint8_t>(p->payload.begin(), p->payload.end()) == payload);
    CHECK(write_rtp(h, payload, std::span(buf.data(), 16)) == 0);  // too small: nothing written
}

TEST_CASE("RTP parse skips CSRCs, the extension and padding (RFC 3550 5.1, 5.3.1)", "[rtp]") {
    // V=2 P=1 X=1 CC=2, PT 0; 2 CSRCs; extension of 1 word; payload AA BB; 3 bytes of padding.
    auto b = packet({0xb2, 0x00, 0, 1, 0, 0, 0, 160, 0, 0, 0, 7,
                     1, 1, 1, 1, 2, 2, 2, 2,
                     0xbe, 0xde, 0, 1, 9, 9, 9, 9,
                     0xaa, 0xbb,
                     0, 0, 3});
    auto p = parse_rtp(b);
    REQUIRE(p);
    REQUIRE(p->payload.size() == 2);
    CHECK(p->payload[0] == 0xaa);
    CHECK(p->payload[1] == 0xbb);
}

TEST_CASE("malformed RTP is rejected, never read past the end", "[rtp]") {
    const std::vector<std::uint8_t> good{0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xff};
    REQUIRE(parse_rtp(good));
    SECTION("short") {
        for (std::size_t n = 0; n < 12; ++n) CHECK_FALSE(parse_rtp(std::span(good.data(), n)));
    }
    SECTION("wrong version") {
        for (std::uint8_t v : {0x00, 0x40, 0xc0}) {
            auto b = good;
            b[0] = v;
            CHECK_FALSE(parse_rtp(b));
        }
    }
    SECTION("CSRC count beyond the packet") {
        auto b = good;
        b[0] = 0x8f;  // 15 CSRCs = 60 bytes, only 1 present
        CHECK_FALSE(parse_rtp(b));
    }
    SECTION("extension header or its length beyond the packet") {
        auto b = good;
        b[0] = 0x90;
        CHECK_FALSE(parse_rtp(b));  // no room for the 4-byte extension header
        b.back() = 0xbe;
        b.insert(b.end(), {0xde, 0, 5});
        CHECK_FALSE(parse_rtp(b));  // claims 5 words, has none
        b.back() = 0;
        CHECK(parse_rtp(b));        // an empty extension is fine
    }
    SECTION("padding past the end, or zero padding") {
        auto b = good;
        b[0] = 0xa0;
        b.back() = 2;  // 2 bytes of padding in a 1-byte payload
        CHECK_FALSE(parse_rtp(b));
        b.back() = 0;
        CHECK_FALSE(parse_rtp(b));
        b.back() = 1;  // the padding byte alone: valid, empty payload
        auto p = parse_rtp(b);
        REQUIRE(p);
        CHECK(p->payload.empty());
    }
    SECTION("RTCP on the RTP port") {
        auto b = good;
        b[1] = 200 & 0xff;  // SR: marker + PT 72
        CHECK_FALSE(parse_rtp(b));
    }
}

TEST_CASE("RFC 4733 telephone-event payload round-trips", "[rfc4733]") {
    TelephoneEvent ev{11, true, 10, 800};
    std::array<std::uint8_t, 4> b{};
    write_telephone_event(ev, b);
    CHECK(b == std::array<std::uint8_t, 4>{11, 0x8a, 0x03, 0x20});
    auto back = parse_telephone_event(b);
    REQUIRE(back);
    CHECK(back->event == 11);
    CHECK(back->end);
    CHECK(back->volume == 10);
    CHECK(back->duration == 800);
    CHECK_FALSE(parse_telephone_event(std::span(b.data(), 3)));
    CHECK(dtmf_event_to_digit(11) == '#');
    CHECK(dtmf_event_to_digit(10) == '*');
    CHECK_FALSE(dtmf_event_to_digit(16));
    CHECK(dtmf_digit_to_event('D') == 15);
    CHECK_FALSE(dtmf_digit_to_event('x'));
}

TEST_CASE("RFC 4733 receiver reports each event once, at its end", "[rfc4733]") {
    Rfc4733Receiver rx;
    auto feed = [&](std::uint32_t ts, std::uint8_t e, bool end, std::uint16_t dur) {
        return rx.on_packet(ts, TelephoneEvent{e, end, 10, dur});
    };
    auto o = feed(1000, 1, false, 160);
    CHECK(o.started == '1');
    CHECK_FALSE(o.ended);
    CHECK_FALSE(feed(1000, 1, false, 320).started);
    CHECK(feed(1000, 1, true, 800).ended == '1');
    CHECK_FALSE(feed(1000, 1, true, 800).ended);  // retransmitted end
    CHECK_FALSE(feed(1000, 1, true, 800).ended);
    // A second event whose end packets are all lost is reported when the next one starts.
    CHECK(feed(5000, 2, false, 160).started == '2');
    o = feed(9000, 3, false, 160);
    CHECK(o.ended == '2');
    CHECK(o.started == '3');
    CHECK(feed(9000, 3, true, 480).ended == '3');
    // Same digit again is a new event because its timestamp differs.
    CHECK(feed(13000, 3, true, 480).ended == '3');
}

TEST_CASE("RFC 4733 sender: marker first, growing duration, three ends", "[rfc4733]") {
    Rfc4733Sender tx(5, 800);  // 100 ms
    std::vector<Rfc4733Sender::Packet> pkts;
    while (auto p = tx.next()) pkts.push_back(*p);
    REQUIRE(pkts.size() == 7);  // 160 320 480 640 800(end) 800(end) 800(end)
    CHECK(pkts[0].marker);
    CHECK_FALSE(pkts[1].marker);
    CHECK(pkts[0].event.duration == 160);
    CHECK(pkts[3].event.duration == 640);
    for (int i = 4; i < 7; ++i) {
        CHECK(pkts[i].event.end);
        CHECK(pkts[i].event.duration == 800);
    }
    CHECK_FALSE(pkts[3].event.end);
    CHECK(tx.done());
    CHECK(tx.span() == 800);
}

TEST_CASE("sequence tracker counts gaps, wraps and ignores duplicates", "[stats]") {
    SequenceTracker t;
    for (std::uint16_t s : {65533, 65534, 65535, 0, 2, 3, 3, 1}) t.on_packet(s);
    CHECK(t.received() == 8);
    CHECK(t.lost() == 0);  // 1 arrived late, 3 duplicated: expected 7, received 8
    SequenceTracker g;
    for (std::uint16_t s : {10, 11, 14, 15}) g.on_packet(s);
    CHECK(g.lost() == 2);
}

TEST_CASE("RFC 3550 jitter: zero for a perfect clock, grows with arrival deviation", "[stats]") {
    JitterEstimator perfect;
    for (std::uint32_t i = 0; i < 100; ++i) perfect.on_packet(5000 + i * 160, 123 + i * 160);
    CHECK(perfect.jitter() == 0);
    JitterEstimator jumpy;
    for (std::uint32_t i = 0; i < 200; ++i) jumpy.on_packet(i * 160 + (i % 2 ? 80 : 0), i * 160);
    CHECK(jumpy.jitter() == Approx(80).margin(1));  // |D| is 80 every packet
}

TEST_CASE("out stream stays continuous across source switches", "[stream]") {
    OutStream out(0x1111, 100, 5000);
    std::uint64_t now = 1'000'000;
    // Source A: 5 packets with its own numbering.
    for (int i = 0; i < 5; ++i) {
        RtpHeader in{false, 0, static_cast<std::uint16_t>(40000 + i), 777 + 160u * i, 0xaaaa};
        auto h = out.relay(2ull << 32, in, 160, now);
        CHECK(h.ssrc == 0x1111);
        CHECK(h.sequence == 100 + i);
        CHECK(h.timestamp == 5000 + 160u * i);
        CHECK(h.marker == (i == 0));
        now += 160;
    }
    // Generated audio (hold music) right after: continues the same numbering.
    auto g = out.generate(0, 160, false, now);
    CHECK(g.sequence == 105);
    CHECK(g.timestamp == 5800);
    CHECK(g.marker);
    now += 160;
    // Source B after 1 s of silence: sequence continues, timestamp advanced by the silence.
    now += 8000;
    RtpHeader in{false, 0, 9, 1, 0xbbbb};
    auto h = out.relay(3ull << 32, in, 160, now);
    CHECK(h.sequence == 106);
    CHECK(h.timestamp == 5960 + 8000);
    CHECK(h.marker);
    // A gap in B's numbering stays a gap; a late packet does not move the stream back.
    in.sequence = 11;
    in.timestamp = 321;
    h = out.relay(3ull << 32, in, 160, now + 320);
    CHECK(h.sequence == 108);
    CHECK(h.timestamp == 5960 + 8000 + 320);
    in.sequence = 10;
    in.timestamp = 161;
    h = out.relay(3ull << 32, in, 160, now + 330);
    CHECK(h.sequence == 107);
    CHECK(out.generate(0, 160, false, now + 480).sequence == 109);
}

TEST_CASE("latch: first source wins, third address dropped, re-latch after 2 s of silence", "[latch]") {
    using L = Latch<int>;
    L latch;
    latch.reset(1, true);
    const auto t0 = L::Clock::now();
    CHECK(latch.on_packet(2, t0) == L::Verdict::latched);  // NAT: media comes from 2, not 1
    CHECK(latch.destination() == 2);
    CHECK(latch.on_packet(2, t0 + 10ms) == L::Verdict::accept);
    CHECK(latch.on_packet(3, t0 + 20ms) == L::Verdict::drop);
    CHECK(latch.on_packet(1, t0 + 1s) == L::Verdict::drop);
    CHECK(latch.destination() == 2);
    CHECK(latch.on_packet(3, t0 + 10ms + 2001ms) == L::Verdict::latched);
    CHECK(latch.destination() == 3);

    L same;
    same.reset(1, true);
    CHECK(same.on_packet(1, t0) == L::Verdict::accept);
    CHECK(same.on_packet(2, t0 + 1ms) == L::Verdict::drop);

    L off;
    off.reset(1, false);
    CHECK(off.on_packet(2, t0) == L::Verdict::accept);
    CHECK(off.destination() == 1);
}

TEST_CASE("supervision mixes: monitor, whisper and barge are isolated sample by sample", "[mix]") {
    // 0 the customer, 1 the agent, 2 the supervisor, each a constant so every sum is exact.
    std::array<MixFrame, 3> in{};
    in[0].fill(1000);
    in[1].fill(2000);
    in[2].fill(4000);
    std::array<MixFrame, 3> out{};
    auto heard = [&](std::array<int, 3> by) {
        mix_heard(in, by, out);
        for (const auto& f : out)
            for (auto v : f) REQUIRE(v == f[0]);  // every sample the same
        return std::array<int, 3>{out[0][0], out[1][0], out[2][0]};
    };
    // Monitor: nobody hears the supervisor, who hears both.
    CHECK(heard({kHeardByEveryone, kHeardByEveryone, kHeardByNobody}) == std::array<int, 3>{2000, 1000, 3000});
    // Whisper: only the agent (member 1) hears the supervisor.
    CHECK(heard({kHeardByEveryone, kHeardByEveryone, 1}) == std::array<int, 3>{2000, 5000, 3000});
    // Barge: everyone hears everyone else, as mix-minus.
    CHECK(heard({kHeardByEveryone, kHeardByEveryone, kHeardByEveryone}) == std::array<int, 3>{6000, 5000, 3000});
    std::array<MixFrame, 3> minus{};
    mix_minus(in, minus);
    CHECK(minus == out);
    // Loud members saturate instead of wrapping.
    in[0].fill(30000);
    in[2].fill(30000);
    CHECK(heard({kHeardByEveryone, kHeardByEveryone, 1})[1] == 32767);
}

TEST_CASE("mix-minus: each hears the others, not itself, saturating", "[mix]") {
    std::vector<MixFrame> in(3), out(3);
    in[0].fill(100);
    in[1].fill(20000);
    in[2].fill(20000);
    mix_minus(in, out);
    CHECK(out[0][0] == 32767);          // 40000 saturates
    CHECK(out[1][5] == 20100);
    CHECK(out[2][159] == 20100);
    in[1].fill(-30000);
    in[2].fill(-30000);
    mix_minus(in, out);
    CHECK(out[0][0] == -32768);
}

TEST_CASE("linear resampling halves a 16 kHz signal and keeps its frequency", "[audio]") {
    std::vector<float> src(16000);
    for (std::size_t i = 0; i < src.size(); ++i) src[i] = 0.5f * std::sin(2 * 3.14159265 * 500 * i / 16000.0);
    auto out = resample_linear(src, 16000, 8000);
    CHECK(out.size() == 8000);
    int crossings = 0;
    for (std::size_t i = 1; i < out.size(); ++i) crossings += (out[i - 1] < 0) != (out[i] < 0);
    CHECK(crossings == Approx(1000).margin(4));  // 500 Hz for 1 s
    auto up = resample_linear(std::vector<float>{0.f, 1.f}, 8000, 16000);
    REQUIRE(up.size() == 3);
    CHECK(up[1] == 16384);
}

TEST_CASE("G.711 encode/decode and transcoding stay close to the signal", "[audio]") {
    std::vector<std::int16_t> x(160);
    for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<std::int16_t>(i * 200 - 16000);
    std::vector<std::uint8_t> u(160), a(160);
    std::vector<std::int16_t> back(160);
    g711_encode(Codec::pcmu, x, u.data());
    g711_transcode(Codec::pcmu, Codec::pcma, u, a.data());
    g711_decode(Codec::pcma, a, back.data());
    for (std::size_t i = 0; i < x.size(); ++i) CHECK(std::abs(back[i] - x[i]) <= std::abs(x[i]) / 10 + 64);
}

TEST_CASE("hold tone pattern is 450 Hz with silence", "[audio]") {
    auto t = hold_tone_pattern();
    REQUIRE(t.size() == 24000);
    int crossings = 0;
    for (std::size_t i = 1; i < 1600; ++i) crossings += (t[i - 1] < 0) != (t[i] < 0);
    CHECK(crossings == Approx(180).margin(3));  // 200 ms of 450 Hz
    CHECK(t[1700] == 0);
}
