// DTMF through the engine: RFC 4733 and inband detection, sending both ways, and relaying.
#include <spandsp.h>

#include <string>

#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;

namespace {

constexpr int te = 101;

struct Engine1 {
    EventLog log;
    std::unique_ptr<Engine> engine;
    Engine1() {
        auto e = Engine::start(test_options(), log.sink());
        REQUIRE(e);
        engine = std::move(*e);
    }
    std::string digits(DtmfSource source) {
        std::string out;
        for (auto& d : log.of<DtmfDetected>())
            if (d.source == source) out += d.digit;
        return out;
    }
    bool wait_digits(std::size_t n) {
        return log.wait([n](auto& ev) {
            std::size_t k = 0;
            for (auto& e : ev) k += std::holds_alternative<DtmfDetected>(e);
            return k >= n;
        });
    }
};

// Listens to a phone's incoming PCMU with spandsp's detector until `want` digits are heard.
std::string listen_inband(const Phone& p, std::size_t want) {
    std::string heard;
    dtmf_rx_state_t* rx = dtmf_rx_init(
        nullptr, [](void* u, const char* d, int n) { static_cast<std::string*>(u)->append(d, n); },
        &heard);
    p.receive_until([&](const Phone::Received& r) {
        if (r.header.payload_type == 0) {
            auto lin = decode(Codec::pcmu, r.payload);
            dtmf_rx(rx, lin.data(), static_cast<int>(lin.size()));
        }
        return heard.size() >= want;
    });
    dtmf_rx_free(rx);
    return heard;
}

}  // namespace

TEST_CASE("RFC 4733 digits are detected once each, in order", "[engine][dtmf]") {
    Engine1 t;
    Phone phone;
    auto s = *t.engine->open_session();
    t.engine->set_remote(s.id, phone.peer(Codec::pcmu, te));
    EventSender tx{phone, s.local_port, te};
    for (char d : std::string("123#")) tx.digit(d);
    tx.digit('A');  // a sentinel: anything duplicated before it would show up first
    REQUIRE(t.wait_digits(5));
    CHECK(t.digits(DtmfSource::rfc4733) == "123#A");
    CHECK(t.log.of<DtmfDetected>().size() == 5);
    CHECK(t.log.of<DtmfDetected>()[0].session == s.id);
}

TEST_CASE("inband DTMF is detected for a peer without telephone-event, only then", "[engine][dtmf]") {
    Engine1 t;
    Phone plain, modern;
    auto s = *t.engine->open_session();
    auto m = *t.engine->open_session();
    t.engine->set_remote(s.id, plain.peer(Codec::pcmu, -1));
    t.engine->set_remote(m.id, modern.peer(Codec::pcmu, te));

    send_frames(plain, s.local_port, tone_frames("159"));
    REQUIRE(t.wait_digits(3));
    CHECK(t.digits(DtmfSource::inband) == "159");

    // The same tones from a peer that negotiated RFC 4733 are not analysed (no DSP per packet).
    send_frames(modern, m.local_port, tone_frames("7"));
    EventSender tx{modern, m.local_port, te};
    tx.digit('0');  // sentinel, queued on the same socket after the tones
    REQUIRE(t.wait_digits(4));
    CHECK(t.digits(DtmfSource::inband) == "159");
    CHECK(t.digits(DtmfSource::rfc4733) == "0");
}

TEST_CASE("send_dtmf to a telephone-event peer sends RFC 4733 events", "[engine][dtmf]") {
    Engine1 t;
    Phone phone;
    auto s = *t.engine->open_session();
    t.engine->set_remote(s.id, phone.peer(Codec::pcma, 96));
    t.engine->send_dtmf(s.id, '5', 100);
    std::vector<Phone::Received> events;
    int ends = 0;
    REQUIRE(phone.receive_until([&](const Phone::Received& r) {
        if (r.header.payload_type != 96) return false;
        events.push_back(r);
        ends += parse_telephone_event(r.payload)->end;
        return ends == 3;
    }));
    REQUIRE(events.size() == 7);
    CHECK(events[0].header.marker);
    std::uint16_t last = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        auto ev = *parse_telephone_event(events[i].payload);
        CHECK(ev.event == 5);
        CHECK(events[i].header.timestamp == events[0].header.timestamp);
        CHECK(events[i].header.sequence == static_cast<std::uint16_t>(events[0].header.sequence + i));
        CHECK(ev.duration >= last);
        last = ev.duration;
        CHECK(ev.end == (i >= 4));
    }
    CHECK(last == 800);
    CHECK_FALSE(phone.receive(100ms));  // nothing after the third end
}

TEST_CASE("send_dtmf to a peer without telephone-event plays tones", "[engine][dtmf]") {
    Engine1 t;
    Phone phone;
    auto s = *t.engine->open_session();
    t.engine->set_remote(s.id, phone.peer(Codec::pcmu, -1));
    t.engine->send_dtmf(s.id, '7', 120);
    t.engine->send_dtmf(s.id, '*', 120);
    CHECK(listen_inband(phone, 2) == "7*");
}

TEST_CASE("RFC 4733 relayed with the partner's payload type, or as tones", "[engine][dtmf]") {
    Engine1 t;
    Phone a, b, c;
    auto sa = *t.engine->open_session();
    auto sb = *t.engine->open_session();
    auto sc = *t.engine->open_session();
    t.engine->set_remote(sa.id, a.peer(Codec::pcmu, 101));
    t.engine->set_remote(sb.id, b.peer(Codec::pcma, 96));
    t.engine->set_remote(sc.id, c.peer(Codec::pcmu, -1));
    t.engine->bridge(sa.id, sb.id);

    EventSender tx{a, sa.local_port, 101};
    tx.digit('9');
    std::vector<TelephoneEvent> got;
    std::vector<std::uint32_t> stamps;
    REQUIRE(b.receive_until([&](const Phone::Received& r) {
        if (r.header.payload_type == 96) {
            got.push_back(*parse_telephone_event(r.payload));
            stamps.push_back(r.header.timestamp);
        }
        return got.size() == 6;
    }));
    for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].event == 9);
        CHECK(stamps[i] == stamps[0]);
    }
    CHECK(got.back().end);
    REQUIRE(t.wait_digits(1));
    CHECK(t.digits(DtmfSource::rfc4733) == "9");

    // Bridged to a peer without telephone-event: it hears the digit as tones.
    t.engine->bridge(sa.id, sc.id);
    tx.digit('4');
    CHECK(listen_inband(c, 1) == "4");
}
