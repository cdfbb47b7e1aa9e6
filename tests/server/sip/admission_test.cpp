// Admission decisions (rate limiter, overload window, failure tracker, CIDR) without sockets.
#include <catch2/catch.hpp>

#include "admission.h"
#include "leg.h"
#include "registrar.h"

using namespace cti::sip;
using namespace std::chrono_literals;

namespace {
const Clock::time_point t0{std::chrono::hours(1000)};
}

TEST_CASE("token bucket per source: burst, then the sustained rate, sources independent", "[sip][admission]") {
    SourceRateLimiter l(10, 20);
    int allowed = 0;
    for (int i = 0; i < 100; ++i) allowed += l.allow("192.0.2.1", t0);
    CHECK(allowed == 20);
    CHECK(l.allow("192.0.2.2", t0));  // another address has its own bucket
    CHECK_FALSE(l.allow("192.0.2.1", t0 + 50ms));
    CHECK(l.allow("192.0.2.1", t0 + 100ms));  // 10/s: one token per 100 ms
    CHECK_FALSE(l.allow("192.0.2.1", t0 + 100ms));
    l.prune(t0 + 10s);
    CHECK(l.sources() == 0);
    SourceRateLimiter bounded(10, 1, 2);
    CHECK(bounded.allow("a", t0));
    CHECK(bounded.allow("b", t0));
    CHECK_FALSE(bounded.allow("c", t0));  // table full of live buckets: new sources refused
}

TEST_CASE("transaction window: max in 32 s, then everyone waits until old ones leave", "[sip][admission]") {
    TransactionWindow w(3);
    CHECK(w.admit(t0));
    CHECK(w.admit(t0 + 1s));
    CHECK(w.admit(t0 + 2s));
    CHECK_FALSE(w.admit(t0 + 3s));
    CHECK_FALSE(w.admit(t0 + 31s));
    CHECK(w.admit(t0 + 32s));  // the first left the window
    CHECK(w.in_window(t0 + 100s) == 0);
    TransactionWindow unlimited(0);
    for (int i = 0; i < 10000; ++i) REQUIRE(unlimited.admit(t0));
}

TEST_CASE("auth failures: N within the window block for the block time", "[sip][admission]") {
    AuthFailureTracker f(3, 60s, 600s);
    CHECK_FALSE(f.record_failure("a", t0));
    CHECK_FALSE(f.record_failure("a", t0 + 1s));
    CHECK_FALSE(f.blocked("a", t0 + 1s));
    CHECK(f.record_failure("a", t0 + 2s));
    CHECK(f.blocked("a", t0 + 3s));
    CHECK_FALSE(f.blocked("b", t0 + 3s));
    CHECK(f.blocked("a", t0 + 601s));
    CHECK_FALSE(f.blocked("a", t0 + 603s));
    // Failures spread beyond the window do not add up.
    CHECK_FALSE(f.record_failure("c", t0));
    CHECK_FALSE(f.record_failure("c", t0 + 61s));
    CHECK_FALSE(f.record_failure("c", t0 + 122s));
    CHECK_FALSE(f.blocked("c", t0 + 122s));
    f.prune(t0 + 1000s);
    CHECK(f.sources() == 0);
}

TEST_CASE("IP and CIDR matching for trunks, IPv4 and IPv6", "[sip][admission]") {
    auto one = AddressBlock::parse("192.0.2.10");
    REQUIRE(one);
    CHECK(one->contains("192.0.2.10"));
    CHECK_FALSE(one->contains("192.0.2.11"));
    auto net = AddressBlock::parse("10.0.0.0/8");
    REQUIRE(net);
    CHECK(net->contains("10.255.1.2"));
    CHECK_FALSE(net->contains("11.0.0.1"));
    CHECK(net->contains("::ffff:10.1.2.3"));  // IPv4-mapped
    auto odd = AddressBlock::parse("172.16.0.0/12");
    REQUIRE(odd);
    CHECK(odd->contains("172.31.255.255"));
    CHECK_FALSE(odd->contains("172.32.0.0"));
    auto v6 = AddressBlock::parse("2001:db8::/32");
    REQUIRE(v6);
    CHECK(v6->contains("2001:db8:1::5"));
    CHECK(v6->contains("[2001:db8::1]"));
    CHECK_FALSE(v6->contains("2001:db9::1"));
    CHECK_FALSE(v6->contains("10.0.0.1"));
    auto all = AddressBlock::parse("0.0.0.0/0");
    REQUIRE(all);
    CHECK(all->contains("8.8.8.8"));
    CHECK_FALSE(all->contains("not an address"));
    CHECK_FALSE(AddressBlock::parse("10.0.0.0/33"));
    CHECK_FALSE(AddressBlock::parse("10.0.0.0/x"));
    CHECK_FALSE(AddressBlock::parse("example.com"));
    CHECK_FALSE(AddressBlock::parse(""));
}

TEST_CASE("registration expires: 423 below the minimum, clamped to the maximum, 0 removes", "[sip][registrar]") {
    cti::SipConfig c;
    c.register_min_expires_s = 60;
    c.register_max_expires_s = 3600;
    CHECK(decide_expires(30, c).status == 423);
    CHECK(decide_expires(60, c).granted == 60);
    CHECK(decide_expires(7200, c).granted == 3600);
    CHECK(decide_expires(std::nullopt, c).granted == 3600);
    auto zero = decide_expires(0, c);
    CHECK(zero.status == 200);
    CHECK(zero.granted == 0);
}

TEST_CASE("re-INVITE answer direction combines ours and the offer", "[sip][sdp]") {
    CHECK(combine_answer(Direction::sendrecv, Direction::sendonly) == Direction::recvonly);
    CHECK(combine_answer(Direction::sendrecv, Direction::recvonly) == Direction::sendonly);
    CHECK(combine_answer(Direction::sendonly, Direction::sendrecv) == Direction::sendonly);
    CHECK(combine_answer(Direction::sendonly, Direction::sendonly) == Direction::inactive);
    CHECK(combine_answer(Direction::sendrecv, Direction::inactive) == Direction::inactive);
    CHECK(combine_answer(Direction::sendrecv, Direction::sendrecv) == Direction::sendrecv);
}
