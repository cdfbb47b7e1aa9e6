// The checks on a parsed request (server/sip/src/ingress.h), on messages parsed by sofia-sip as
// the transport parses them; tests/fuzz/fuzz_sip_ingress feeds the same functions arbitrary input.
#include <catch2/catch.hpp>

#include <sofia-sip/msg.h>
#include <sofia-sip/sip_header.h>

#include <memory>
#include <string>

#include "ingress.h"

using namespace cti::sip;

namespace {

struct Parsed {
    explicit Parsed(const std::string& text)
        : msg(msg_make(sip_default_mclass(), 0, text.data(), static_cast<ssize_t>(text.size())), &msg_destroy) {}
    sip_t const* sip() const { return sip_object(msg.get()); }
    std::unique_ptr<msg_t, void (*)(msg_t*)> msg;
};

std::string invite(const std::string& extra_headers, const std::string& body) {
    return "INVITE sip:95598@127.0.0.1 SIP/2.0\r\n"
           "Via: SIP/2.0/UDP 127.0.0.2:5070;branch=z9hG4bK1\r\n"
           "From: \"Zhang San\" <sip:13800138000@127.0.0.2>;tag=1\r\n"
           "To: <sip:95598@127.0.0.1>\r\nCall-ID: c1@127.0.0.2\r\nCSeq: 1 INVITE\r\nMax-Forwards: 70\r\n" +
           extra_headers + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

const std::string kSdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.2\r\ns=-\r\nc=IN IP4 127.0.0.2\r\nt=0 0\r\n"
                         "m=audio 30000 RTP/AVP 8 101\r\na=rtpmap:101 telephone-event/8000\r\n";

}  // namespace

TEST_CASE("INVITE offer checks: body type, Accept, SDP, codec", "[sip][ingress]") {
    SECTION("no body: 488 with Accept") {
        Parsed p(invite("", ""));
        auto r = check_invite_offer(p.sip());
        CHECK(r.status == 488);
        CHECK(std::string(r.accept) == "application/sdp");
    }
    SECTION("not SDP: 415") {
        Parsed p(invite("Content-Type: text/plain\r\n", "hello"));
        CHECK(check_invite_offer(p.sip()).status == 415);
    }
    SECTION("Accept without SDP: 406") {
        Parsed p(invite("Content-Type: application/sdp\r\nAccept: text/html\r\n", kSdp));
        CHECK(check_invite_offer(p.sip()).status == 406);
    }
    SECTION("SDP that does not parse: 488") {
        Parsed p(invite("Content-Type: application/sdp\r\n", "v=1\r\n"));
        auto r = check_invite_offer(p.sip());
        CHECK(r.status == 488);
        CHECK_FALSE(r.offer);
    }
    SECTION("no common codec: 488 with a Warning") {
        Parsed p(invite("Content-Type: application/sdp\r\n",
                        "v=0\r\no=- 1 1 IN IP4 1.2.3.4\r\nc=IN IP4 1.2.3.4\r\nm=audio 4000 RTP/AVP 18\r\n"));
        auto r = check_invite_offer(p.sip());
        CHECK(r.status == 488);
        REQUIRE(r.warning);
        CHECK_THAT(r.warning, Catch::Contains("no common codec"));
    }
    SECTION("a usable offer, and the copies the handler keeps") {
        Parsed p(invite("Content-Type: Application/SDP\r\nAccept: application/sdp\r\n", kSdp));
        auto r = check_invite_offer(p.sip());
        CHECK(r.status == 0);
        REQUIRE(r.offer);
        CHECK(r.offer->audio.port == 30000);
        CHECK(r.offer->audio.telephone_event_pt == 101);
        auto parties = request_parties(p.sip());
        CHECK(parties.call_id == "c1@127.0.0.2");
        CHECK(parties.from_user == "13800138000");
        CHECK(parties.from_display == "Zhang San");
        CHECK(parties.to_user == "95598");
    }
}

TEST_CASE("SIP INFO DTMF bodies", "[sip][ingress]") {
    CHECK(parse_dtmf("Signal=5\r\nDuration=250\r\n", true)->digit == '5');
    CHECK(parse_dtmf("Signal=5\r\nDuration=250\r\n", true)->duration_ms == 250);
    CHECK(parse_dtmf("signal = 11\r\n", true)->digit == '#');
    CHECK(parse_dtmf(" d \r\n", false)->digit == 'D');
    CHECK(parse_dtmf("Signal=5\r\nDuration=99999999999999\r\n", true)->duration_ms > 0);
    CHECK_FALSE(parse_dtmf("Signal=X\r\n", true));
    CHECK_FALSE(parse_dtmf("55", false));
    CHECK_FALSE(parse_dtmf("", true));
}

TEST_CASE("REGISTER expiry and Digest credentials from the headers", "[sip][ingress]") {
    const std::string head = "REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK2\r\n"
                             "From: <sip:1001@127.0.0.1>;tag=2\r\nTo: <sip:1001@127.0.0.1>\r\nCall-ID: r1\r\n"
                             "CSeq: 1 REGISTER\r\n";
    Parsed both(head + "Contact: <sip:1001@127.0.0.1:5070>;expires=120\r\nExpires: 600\r\nContent-Length: 0\r\n\r\n");
    CHECK(requested_expires(both.sip()) == 120u);
    Parsed header_only(head + "Contact: <sip:1001@127.0.0.1:5070>\r\nExpires: 600\r\nContent-Length: 0\r\n\r\n");
    CHECK(requested_expires(header_only.sip()) == 600u);
    Parsed neither(head + "Contact: <sip:1001@127.0.0.1:5070>\r\nContent-Length: 0\r\n\r\n");
    CHECK_FALSE(requested_expires(neither.sip()));

    Parsed auth(head + "Authorization: Digest username=\"1001\", realm=\"other\", nonce=\"a\", uri=\"sip:x\", response=\"b\"\r\n"
                       "Authorization: Digest username=\"1001\", realm=\"cti\", nonce=\"n\", uri=\"sip:127.0.0.1\", "
                       "response=\"r\", qop=auth, nc=00000001, cnonce=\"c\"\r\nContent-Length: 0\r\n\r\n");
    auto c = digest_credentials(auth.sip()->sip_authorization, "cti");
    REQUIRE(c);
    CHECK(c->nonce == "n");
    CHECK(c->nc == "00000001");
    CHECK_FALSE(digest_credentials(auth.sip()->sip_authorization, "nobody"));
}
