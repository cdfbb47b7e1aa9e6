// SDP parse/write/negotiate (RFC 4566, RFC 3264) without sockets.
#include <catch2/catch.hpp>

#include "cti/sip/sdp.h"

using namespace cti::sip;

namespace {
const char* kOffer =
    "v=0\r\n"
    "o=alice 2890844526 2890844527 IN IP4 192.0.2.10\r\n"
    "s=-\r\n"
    "c=IN IP4 192.0.2.10\r\n"
    "t=0 0\r\n"
    "m=audio 49170 RTP/AVP 0 8 101\r\n"
    "a=rtpmap:0 PCMU/8000\r\n"
    "a=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\n"
    "a=fmtp:101 0-15\r\n"
    "a=ptime:30\r\n"
    "a=sendonly\r\n";
}

TEST_CASE("parse a typical G.711 offer", "[sip][sdp]") {
    auto s = parse_sdp(kOffer);
    REQUIRE(s);
    CHECK(s->origin_user == "alice");
    CHECK(s->session_id == 2890844526u);
    CHECK(s->session_version == 2890844527u);
    CHECK(s->audio.address == "192.0.2.10");
    CHECK(s->audio.port == 49170);
    CHECK(s->audio.payload_types == std::vector<int>{0, 8, 101});
    CHECK(s->audio.telephone_event_pt == 101);
    CHECK(s->audio.ptime_ms == 30);
    CHECK(s->audio.direction == Direction::sendonly);
    CHECK(s->audio.crypto == Crypto::none);
}

TEST_CASE("write then parse gives the same description", "[sip][sdp]") {
    SessionDescription d;
    d.origin_user = "cti";
    d.session_id = 7;
    d.session_version = 3;
    d.origin_address = "2001:db8::1";
    d.audio.address = "2001:db8::1";
    d.audio.port = 40002;
    d.audio.payload_types = {8};
    d.audio.telephone_event_pt = 96;
    d.audio.direction = Direction::recvonly;
    d.audio.crypto = Crypto::srtp;
    d.audio.crypto_suite = "AES_CM_128_HMAC_SHA1_80";
    d.audio.crypto_key = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
    const auto text = write_sdp(d);
    CHECK(text.find("c=IN IP6 2001:db8::1\r\n") != std::string::npos);
    CHECK(text.find("m=audio 40002 RTP/SAVP 8 96\r\n") != std::string::npos);
    CHECK(text.find("a=rtpmap:96 telephone-event/8000\r\n") != std::string::npos);
    auto back = parse_sdp(text);
    REQUIRE(back);
    CHECK(back->audio.address == d.audio.address);
    CHECK(back->audio.port == d.audio.port);
    CHECK(back->audio.payload_types == std::vector<int>{8, 96});
    CHECK(back->audio.telephone_event_pt == 96);
    CHECK(back->audio.direction == Direction::recvonly);
    CHECK(back->audio.crypto == Crypto::srtp);
    CHECK(back->audio.crypto_suite == d.audio.crypto_suite);
    CHECK(back->audio.crypto_key == d.audio.crypto_key);
}

TEST_CASE("negotiate: PCMA-only, telephone-event payload type kept, no common codec", "[sip][sdp]") {
    AudioOffer pcma;
    pcma.payload_types = {8};
    auto n = negotiate(pcma);
    REQUIRE(n);
    CHECK(n->payload_type == kPcma);
    CHECK(n->telephone_event_pt == -1);

    AudioOffer te96;
    te96.payload_types = {18, 0, 96};
    te96.telephone_event_pt = 96;
    n = negotiate(te96);
    REQUIRE(n);
    CHECK(n->payload_type == kPcmu);
    CHECK(n->telephone_event_pt == 96);

    AudioOffer te101;
    te101.payload_types = {8, 0, 101};
    te101.telephone_event_pt = 101;
    n = negotiate(te101);
    REQUIRE(n);
    CHECK(n->payload_type == kPcma);  // the peer's order of preference
    CHECK(n->telephone_event_pt == 101);

    AudioOffer g729;
    g729.payload_types = {18, 9, 101};
    g729.telephone_event_pt = 101;
    CHECK_FALSE(negotiate(g729));
}

TEST_CASE("answer direction follows RFC 3264 6.1", "[sip][sdp]") {
    CHECK(answer_direction(Direction::sendonly) == Direction::recvonly);
    CHECK(answer_direction(Direction::recvonly) == Direction::sendonly);
    CHECK(answer_direction(Direction::inactive) == Direction::inactive);
    CHECK(answer_direction(Direction::sendrecv) == Direction::sendrecv);
}

TEST_CASE("session-level c= and direction apply to the audio stream, LF line ends accepted", "[sip][sdp]") {
    auto s = parse_sdp("v=0\no=- 1 1 IN IP4 10.0.0.1\ns=x\nc=IN IP4 10.0.0.2\nt=0 0\na=inactive\n"
                       "m=video 5000 RTP/AVP 31\nc=IN IP4 10.9.9.9\nm=audio 6000 RTP/AVP 0\n");
    REQUIRE(s);
    CHECK(s->audio.address == "10.0.0.2");
    CHECK(s->audio.port == 6000);
    CHECK(s->audio.direction == Direction::inactive);
}

TEST_CASE("bad SDP is refused with a message", "[sip][sdp]") {
    auto refused = [](std::string_view body, std::string_view words) {
        auto r = parse_sdp(body);
        INFO(std::string(body));
        REQUIRE_FALSE(r);
        INFO(r.error().message);
        CHECK(r.error().message.find(words) != std::string::npos);
    };
    refused("", "empty");
    refused("garbage\r\n", "not 'x=value'");
    refused("\x01\x02\x03", "not 'x=value'");
    refused("o=- 1 1 IN IP4 1.2.3.4\r\n", "v=0");
    refused("v=1\r\n", "v=0");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n", "connection address");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\ns=-\r\nc=IN IP4 1.2.3.4\r\nt=0 0\r\n", "no audio");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 70000 RTP/AVP 0\r\n", "port");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP PCMU\r\n", "payload type");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 UDP/TLS/RTP/SAVPF 0\r\n", "protocol");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN XX 1.2.3.4\r\nm=audio 4000 RTP/AVP 0\r\n", "c= line");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/SAVP 0\r\n", "a=crypto");
    refused("v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 0 200\r\n", "payload type");
    refused("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 0\r\n", "o=");
    refused(std::string(20000, 'a'), "larger");
    std::string many = "v=0\r\n";
    for (int i = 0; i < 300; ++i) many += "a=x\r\n";
    refused(many, "too many lines");
}

namespace {
constexpr const char* kKey1 = "WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz";
constexpr const char* kKey2 = "PS1uQCVeeCFCanVmcHR4cGcwfHU2QjEzMzNkdzs7";

std::string savp(const std::string& crypto_lines, const std::string& proto = "RTP/SAVP") {
    return "v=0\r\no=- 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\n"
           "m=audio 5004 " + proto + " 0 101\r\na=rtpmap:101 telephone-event/8000\r\n" + crypto_lines;
}
}  // namespace

TEST_CASE("SRTP: RTP/SAVP with a=crypto, lifetime accepted, the first supported suite taken",
          "[sip][sdp][srtp]") {
    auto s = parse_sdp(savp(std::string("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:") + kKey1 + "|2^20\r\n"));
    REQUIRE(s);
    CHECK(s->audio.crypto == Crypto::srtp);
    CHECK(s->audio.crypto_tag == 1);
    CHECK(s->audio.crypto_suite == "AES_CM_128_HMAC_SHA1_80");
    CHECK(s->audio.crypto_key == kKey1);

    // Unsupported suites, MKI, several keys and session parameters are skipped, in order.
    s = parse_sdp(savp(std::string("a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:") + kKey1 + kKey1 + "\r\n" +
                       "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:" + kKey1 + "|2^20|1:4\r\n" +
                       "a=crypto:3 AES_CM_128_HMAC_SHA1_80 inline:" + kKey1 + ";inline:" + kKey2 + "\r\n" +
                       "a=crypto:4 AES_CM_128_HMAC_SHA1_80 inline:" + kKey1 + " UNENCRYPTED_SRTP\r\n" +
                       "a=crypto:5 AES_CM_128_HMAC_SHA1_80 inline:" + std::string(kKey1).substr(4) + "\r\n" +
                       "a=crypto:6 AES_CM_128_HMAC_SHA1_32 inline:" + kKey2 + "\r\n" +
                       "a=crypto:7 AES_CM_128_HMAC_SHA1_80 inline:" + kKey1 + "\r\n"));
    REQUIRE(s);
    CHECK(s->audio.crypto_tag == 6);
    CHECK(s->audio.crypto_suite == "AES_CM_128_HMAC_SHA1_32");
    CHECK(s->audio.crypto_key == kKey2);

    // RTP/SAVP whose every a=crypto is unusable: refused (the INVITE gets 488).
    auto bad = parse_sdp(savp(std::string("a=crypto:1 F8_128_HMAC_SHA1_80 inline:") + kKey1 + "\r\n"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.find("a=crypto") != std::string::npos);
    CHECK_FALSE(parse_sdp(savp(std::string("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:") + kKey1 + "|2^20|1:4\r\n")));
    CHECK_FALSE(parse_sdp(savp("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:not*base64*at*all*not*base64*at*all*xx\r\n")));

    // a=crypto under RTP/AVP (best-effort SRTP) does not make the stream SRTP.
    s = parse_sdp(savp(std::string("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:") + kKey1 + "\r\n", "RTP/AVP"));
    REQUIRE(s);
    CHECK(s->audio.crypto == Crypto::none);
}

TEST_CASE("SRTP: write gives RTP/SAVP and one a=crypto line that parses back", "[sip][sdp][srtp]") {
    SessionDescription d;
    d.audio.address = "192.0.2.1";
    d.audio.port = 20000;
    d.audio.payload_types = {0};
    d.audio.crypto = Crypto::srtp;
    d.audio.crypto_tag = 6;
    d.audio.crypto_suite = "AES_CM_128_HMAC_SHA1_32";
    d.audio.crypto_key = kKey2;
    const auto text = write_sdp(d);
    CHECK(text.find("m=audio 20000 RTP/SAVP 0\r\n") != std::string::npos);
    CHECK(text.find(std::string("a=crypto:6 AES_CM_128_HMAC_SHA1_32 inline:") + kKey2 + "\r\n") != std::string::npos);
    auto back = parse_sdp(text);
    REQUIRE(back);
    CHECK(back->audio.crypto_tag == 6);
    CHECK(back->audio.crypto_key == kKey2);

    // Plain RTP: no a=crypto even if fields are left over.
    d.audio.crypto = Crypto::none;
    const auto plain = write_sdp(d);
    CHECK(plain.find("RTP/AVP 0") != std::string::npos);
    CHECK(plain.find("a=crypto") == std::string::npos);
}

TEST_CASE("SRTP: negotiate keeps the crypto choice of an RTP/SAVP offer only", "[sip][sdp][srtp]") {
    auto s = parse_sdp(savp(std::string("a=crypto:3 AES_CM_128_HMAC_SHA1_80 inline:") + kKey1 + "\r\n"));
    REQUIRE(s);
    auto n = negotiate(s->audio);
    REQUIRE(n);
    CHECK(n->payload_type == kPcmu);
    CHECK(n->telephone_event_pt == 101);
    CHECK(n->crypto == Crypto::srtp);
    CHECK(n->crypto_suite == "AES_CM_128_HMAC_SHA1_80");
    CHECK(n->crypto_key == kKey1);
    CHECK(n->crypto_tag == 3);

    s = parse_sdp(savp(std::string("a=crypto:3 AES_CM_128_HMAC_SHA1_80 inline:") + kKey1 + "\r\n", "RTP/AVP"));
    REQUIRE(s);
    n = negotiate(s->audio);
    REQUIRE(n);
    CHECK(n->crypto == Crypto::none);
}
