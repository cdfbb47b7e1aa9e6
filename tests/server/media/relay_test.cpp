// The engine over real UDP sockets: relay, transcoding, latching, malformed input, stats, timeout.
#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

namespace {

struct Call {
    EventLog log;
    std::unique_ptr<Engine> engine;
    Phone a, b;
    SessionInfo sa, sb;

    explicit Call(Codec ca = Codec::pcmu, Codec cb = Codec::pcmu, EngineOptions o = test_options()) {
        auto e = Engine::start(o, log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        auto x = engine->open_session();
        auto y = engine->open_session();
        REQUIRE(x);
        REQUIRE(y);
        sa = *x;
        sb = *y;
        CHECK(sa.local_port % 2 == 0);
        CHECK(sb.local_port % 2 == 0);
        CHECK(sa.local_port != sb.local_port);
        engine->set_remote(sa.id, a.peer(ca));
        engine->set_remote(sb.id, b.peer(cb));
        engine->bridge(sa.id, sb.id);
    }
};

// Sends `frames` 20 ms packets of a 1 kHz sine from `from` to `port`.
std::vector<std::int16_t> send_sine(const Phone& from, std::uint16_t port, Codec codec, int frames,
                                    std::uint16_t seq0, std::uint32_t ts0, std::uint32_t ssrc) {
    auto signal = sine(1000, 160 * frames);
    for (int i = 0; i < frames; ++i) {
        auto bytes = encode(codec, std::span(signal).subspan(160 * i, 160));
        RtpHeader h{i == 0, static_cast<std::uint8_t>(codec), static_cast<std::uint16_t>(seq0 + i),
                    ts0 + 160u * i, ssrc};
        from.send_rtp(port, h, bytes);
    }
    return signal;
}

std::vector<Phone::Received> receive_n(const Phone& p, std::size_t n) {
    std::vector<Phone::Received> got;
    p.receive_until([&](const Phone::Received& r) {
        got.push_back(r);
        return got.size() >= n;
    });
    return got;
}

void check_continuous(const std::vector<Phone::Received>& got) {
    for (std::size_t i = 1; i < got.size(); ++i) {
        CHECK(got[i].header.ssrc == got[0].header.ssrc);
        CHECK(got[i].header.sequence == static_cast<std::uint16_t>(got[i - 1].header.sequence + 1));
        CHECK(got[i].header.timestamp == got[i - 1].header.timestamp + 160);
    }
}

}  // namespace

TEST_CASE("relay PCMU both ways: same payload, our own continuous numbering", "[engine][relay]") {
    Call call;
    // A -> B.
    auto sent = send_sine(call.a, call.sa.local_port, Codec::pcmu, 50, 65500, 0xfffff000u, 0xa1);
    auto got = receive_n(call.b, 50);
    REQUIRE(got.size() == 50);
    check_continuous(got);
    CHECK(got[0].header.ssrc != 0xa1u);  // rewritten: B sees our stream, not A's
    for (int i = 0; i < 50; ++i) {
        CHECK(got[i].header.payload_type == 0);
        CHECK(got[i].payload == encode(Codec::pcmu, std::span(sent).subspan(160 * i, 160)));
    }
    // B -> A.
    send_sine(call.b, call.sb.local_port, Codec::pcmu, 50, 7, 1234, 0xb2);
    auto back = receive_n(call.a, 50);
    REQUIRE(back.size() == 50);
    check_continuous(back);

    auto stats = call.engine->session_stats(call.sa.id);
    REQUIRE(stats);
    CHECK(stats->packets_received == 50);
    CHECK(stats->packets_lost == 0);
    CHECK(stats->packets_sent == 50);
    CHECK(call.engine->stats().packets_relayed == 100);
    CHECK(call.engine->stats().sessions == 2);
}

TEST_CASE("PCMU <-> PCMA transcoding preserves the signal", "[engine][relay]") {
    Call call(Codec::pcmu, Codec::pcma);
    auto sent = send_sine(call.a, call.sa.local_port, Codec::pcmu, 50, 1, 0, 0x11);
    auto got = receive_n(call.b, 50);
    REQUIRE(got.size() == 50);
    check_continuous(got);
    std::vector<std::int16_t> heard;
    for (auto& r : got) {
        CHECK(r.header.payload_type == 8);
        auto d = decode(Codec::pcma, r.payload);
        heard.insert(heard.end(), d.begin(), d.end());
    }
    CHECK(correlation(sent, heard) > 0.99);
    CHECK(rms(heard) == Approx(rms(sent)).epsilon(0.05));

    // And back: PCMA from B arrives at A as PCMU.
    auto sent_b = send_sine(call.b, call.sb.local_port, Codec::pcma, 50, 1, 0, 0x22);
    auto back = receive_n(call.a, 50);
    REQUIRE(back.size() == 50);
    std::vector<std::int16_t> heard_a;
    for (auto& r : back) {
        CHECK(r.header.payload_type == 0);
        auto d = decode(Codec::pcmu, r.payload);
        heard_a.insert(heard_a.end(), d.begin(), d.end());
    }
    CHECK(correlation(sent_b, heard_a) > 0.99);
}

TEST_CASE("latching: replies go to the real source, PeerLatched once, third address dropped",
          "[engine][latch]") {
    EventLog log;
    auto e = Engine::start(test_options(), log.sink());
    REQUIRE(e);
    auto& engine = **e;
    Phone sdp_said, real, intruder, b;
    auto sa = *engine.open_session();
    auto sb = *engine.open_session();
    engine.set_remote(sa.id, sdp_said.peer());  // SDP says port X ...
    engine.set_remote(sb.id, b.peer());
    engine.bridge(sa.id, sb.id);

    send_sine(real, sa.local_port, Codec::pcmu, 5, 1, 0, 0x33);  // ... packets come from port Y
    REQUIRE(log.wait([](auto& ev) { return !ev.empty(); }));
    auto latched = log.of<PeerLatched>();
    REQUIRE(latched.size() == 1);
    CHECK(latched[0].session == sa.id);
    CHECK(latched[0].address == "127.0.0.1");
    CHECK(latched[0].port == real.port());
    REQUIRE(receive_n(b, 5).size() == 5);

    // B talks: it reaches Y, not X.
    send_sine(b, sb.local_port, Codec::pcmu, 5, 1, 0, 0x44);
    REQUIRE(receive_n(real, 5).size() == 5);
    CHECK_FALSE(sdp_said.receive(200ms));

    // A third address right after: dropped, not relayed, no new latch.
    const auto dropped_before = engine.stats().packets_dropped;
    send_sine(intruder, sa.local_port, Codec::pcmu, 3, 100, 0, 0x55);
    // The real phone keeps talking; what B hears is the real phone's only.
    send_sine(real, sa.local_port, Codec::pcmu, 5, 6, 800, 0x33);
    REQUIRE(receive_n(b, 5).size() == 5);
    CHECK(engine.stats().packets_dropped >= dropped_before + 3);
    CHECK_FALSE(b.receive(200ms));
    CHECK(log.of<PeerLatched>().size() == 1);
}

TEST_CASE("malformed datagrams are dropped and the session keeps working", "[engine][rtp]") {
    Call call;
    const std::vector<std::vector<std::uint8_t>> junk{
        {},
        {0x80, 0},
        {0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xff},         // version 1
        {0x8f, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xff},         // 15 CSRCs missing
        {0xa0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0x40},   // padding past the end
        {0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0xff, 0xff},  // extension past the end
        std::vector<std::uint8_t>(1600, 0x80),                  // larger than a datagram we read
    };
    for (auto& j : junk) call.a.send_raw(call.sa.local_port, j);
    send_sine(call.a, call.sa.local_port, Codec::pcmu, 3, 1, 0, 0x66);
    REQUIRE(receive_n(call.b, 3).size() == 3);
    CHECK(call.engine->stats().packets_dropped >= junk.size() - 1);  // the empty one may not count
    auto stats = call.engine->session_stats(call.sa.id);
    REQUIRE(stats);
    CHECK(stats->packets_received == 3);
}

TEST_CASE("loss from sequence gaps and media timeout", "[engine][stats]") {
    auto o = test_options();
    o.media_timeout_ms = 300;
    Call call(Codec::pcmu, Codec::pcmu, o);
    auto signal = sine(1000, 160);
    auto bytes = encode(Codec::pcmu, signal);
    for (std::uint16_t s : {1, 2, 3, 6, 7}) {  // 4 and 5 lost
        call.a.send_rtp(call.sa.local_port, RtpHeader{false, 0, s, s * 160u, 0x77}, bytes);
    }
    REQUIRE(receive_n(call.b, 5).size() == 5);
    auto stats = call.engine->session_stats(call.sa.id);
    REQUIRE(stats);
    CHECK(stats->packets_received == 5);
    CHECK(stats->packets_lost == 2);
    // Nobody sends any more: both sessions time out, once each.
    REQUIRE(call.log.wait([](auto& ev) {
        int n = 0;
        for (auto& e : ev) n += std::holds_alternative<MediaTimeout>(e);
        return n >= 2;
    }));
    CHECK(call.log.of<MediaTimeout>().size() == 2);
    call.engine->close_session(call.sa.id);
    call.engine->close_session(call.sb.id);
    REQUIRE(poll_until([&] { return call.engine->stats().sessions == 0; }));
    CHECK_FALSE(call.engine->session_stats(call.sa.id));
}

TEST_CASE("bad configuration and port exhaustion fail with a message", "[engine]") {
    EventLog log;
    auto o = test_options();
    o.bind_address = "not-an-ip";
    auto bad = Engine::start(o, log.sink());
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == cti::Errc::config_error);
    o = test_options();
    o.port_min = 65535;  // no even port left in the range; must not wrap to port 0
    o.port_max = 65535;
    auto noport = Engine::start(o, log.sink());
    REQUIRE_FALSE(noport);
    CHECK(noport.error().code == cti::Errc::config_error);
    o = test_options();
    o.hold_music_file = "/nonexistent/music.wav";
    auto nomusic = Engine::start(o, log.sink());
    REQUIRE_FALSE(nomusic);
    CHECK(nomusic.error().message.find("hold_music_file") != std::string::npos);

    o = test_options();
    o.port_min = 32001;  // odd: first even is 32002
    o.port_max = 32005;
    auto e = Engine::start(o, log.sink());
    REQUIRE(e);
    std::vector<SessionInfo> opened;
    for (;;) {
        auto s = (*e)->open_session();
        if (!s) {
            CHECK(s.error().code == cti::Errc::unavailable);
            break;
        }
        CHECK(s->local_port % 2 == 0);
        opened.push_back(*s);
        REQUIRE(opened.size() <= 2);
    }
    REQUIRE_FALSE(opened.empty());
    // Closing gives the port back.
    (*e)->close_session(opened[0].id);
    cti::Result<SessionInfo> again = cti::fail(cti::Errc::unavailable, "");
    REQUIRE(poll_until([&] {
        again = (*e)->open_session();
        return again.has_value();
    }));
    CHECK(again->local_port == opened[0].local_port);
}
