// Digest authentication and nonces (RFC 2617 / 7616) without sockets.
#include <catch2/catch.hpp>

#include "cti/sip/stack.h"
#include "digest.h"

using namespace cti::sip;
using namespace std::chrono_literals;

TEST_CASE("digest_ha1 is MD5(user:realm:password) in lower-case hex", "[sip][auth]") {
    CHECK(md5_hex("") == "d41d8cd98f00b204e9800998ecf8427e");
    CHECK(digest_ha1("1001", "cti", "secret") == md5_hex("1001:cti:secret"));
    // RFC 2617 section 3.5 example.
    CHECK(digest_ha1("Mufasa", "testrealm@host.com", "Circle Of Life") == "939e7578ed9e3c518a452acee763bce9");
}

TEST_CASE("digest response with qop=auth matches RFC 2617 3.5", "[sip][auth]") {
    DigestCredentials c = parse_digest_params({"username=\"Mufasa\"", "realm=\"testrealm@host.com\"",
                                               "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"", "uri=\"/dir/index.html\"",
                                               "qop=auth", "nc=00000001", "cnonce=\"0a4f113b\"",
                                               "response=\"6629fae49393a05397450978507c4ef1\"",
                                               "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""});
    CHECK(c.username == "Mufasa");
    CHECK(c.qop == "auth");
    CHECK(c.nc == "00000001");
    const auto ha1 = digest_ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
    CHECK(digest_response(ha1, "GET", c) == c.response);
    CHECK(constant_time_equal(digest_response(ha1, "GET", c), c.response));
    CHECK_FALSE(constant_time_equal(digest_response(ha1, "POST", c), c.response));
}

TEST_CASE("nonces: valid once per nc, stale after the lifetime, forged ones invalid", "[sip][auth]") {
    using Clock = std::chrono::steady_clock;
    const Clock::time_point t0{std::chrono::hours(1000)};
    NonceService n("cti", 300s, "fixed secret");
    const auto nonce = n.issue(t0);
    CHECK(nonce.size() == 48);
    CHECK(n.check_and_use(nonce, "00000001", t0 + 1s) == NonceCheck::valid);
    CHECK(n.check_and_use(nonce, "00000001", t0 + 2s) == NonceCheck::replayed);
    CHECK(n.check_and_use(nonce, "00000002", t0 + 2s) == NonceCheck::valid);
    CHECK(n.check_and_use(nonce, "00000002", t0 + 2s) == NonceCheck::replayed);
    // Without qop a nonce is good once.
    const auto n2 = n.issue(t0 + 3s);
    CHECK(n.check_and_use(n2, "", t0 + 4s) == NonceCheck::valid);
    CHECK(n.check_and_use(n2, "", t0 + 4s) == NonceCheck::replayed);
    // Stale after the lifetime.
    CHECK(n.check_and_use(n.issue(t0), "00000001", t0 + 301s) == NonceCheck::stale);
    // A nonce from another secret, a tampered one, garbage.
    NonceService other("cti", 300s, "another secret");
    CHECK(n.check_and_use(other.issue(t0), "00000001", t0 + 1s) == NonceCheck::invalid);
    auto tampered = n.issue(t0);
    tampered[3] = tampered[3] == '0' ? '1' : '0';
    CHECK(n.check_and_use(tampered, "00000001", t0 + 1s) == NonceCheck::invalid);
    CHECK(n.check_and_use("xyz", "00000001", t0) == NonceCheck::invalid);
    CHECK(n.check_and_use(n.issue(t0), "zz", t0) == NonceCheck::invalid);
    // A nonce "from the future" (clock games) is invalid.
    CHECK(n.check_and_use(n.issue(t0 + 60s), "00000001", t0) == NonceCheck::invalid);
    // Pruning forgets used nonces once they are stale anyway.
    CHECK(n.tracked() > 0);
    n.prune(t0 + 1000s);
    CHECK(n.tracked() == 0);
}
