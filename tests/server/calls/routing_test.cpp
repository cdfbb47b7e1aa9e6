#include <catch2/catch.hpp>

#include "cti/calls/routing.h"

using namespace cti;
using namespace cti::calls;

namespace {
const std::vector<PartyInfo> kParties{
    {UserId(1), "1001", "张伟", "1001", "local"},
    {UserId(2), "1002", "王芳", "1002", "none"},
};
const std::vector<Route> kRoutes{
    {"95598", "queue", "热线总队列"},
    {"1234*", "ivr", "自助服务"},
    {"12345*", "extension", "1002"},
    {"9*", "trunk", ""},
};
}  // namespace

TEST_CASE("an exact route wins over prefixes, the longest prefix wins over shorter ones", "[calls][routing]") {
    auto d = resolve("95598", kRoutes, kParties, false);
    REQUIRE(d.has_value());
    CHECK(d->kind == Destination::Kind::queue);
    CHECK(d->target == "热线总队列");
    d = resolve("123456", kRoutes, kParties, false);
    REQUIRE(d.has_value());
    CHECK(d->kind == Destination::Kind::extension);
    CHECK(d->target == "1002");
    d = resolve("12349", kRoutes, kParties, false);
    REQUIRE(d.has_value());
    CHECK(d->kind == Destination::Kind::ivr);
}

TEST_CASE("a trunk route without a target dials the number itself", "[calls][routing]") {
    auto d = resolve("90108888", kRoutes, kParties, true);
    REQUIRE(d.has_value());
    CHECK(d->kind == Destination::Kind::trunk);
    CHECK(d->target == "90108888");
}

TEST_CASE("extensions are found without a route, outside numbers only from phones", "[calls][routing]") {
    auto d = resolve("1001", {}, kParties, false);
    REQUIRE(d.has_value());
    CHECK(d->kind == Destination::Kind::extension);
    CHECK(resolve("13800138000", {}, kParties, false).error().code == Errc::not_found);
    auto out = resolve("13800138000", {}, kParties, true);
    REQUIRE(out.has_value());
    CHECK(out->kind == Destination::Kind::trunk);
    CHECK(resolve("12ab", {}, kParties, true).error().code == Errc::not_found);
}

TEST_CASE("number classes follow Chinese numbering", "[calls][routing]") {
    CHECK(classify("1001") == NumberClass::internal);
    CHECK(classify("88886666") == NumberClass::local);
    CHECK(classify("01088886666") == NumberClass::national);
    CHECK(classify("13800138000") == NumberClass::national);
    CHECK(classify("0085212345678") == NumberClass::international);
    CHECK(classify("+8613800138000") == NumberClass::international);
}

TEST_CASE("outbound policies allow their class and those below", "[calls][routing]") {
    CHECK(outbound_allowed("local", "88886666"));
    CHECK_FALSE(outbound_allowed("local", "13800138000"));
    CHECK_FALSE(outbound_allowed("local", "01088886666"));
    CHECK(outbound_allowed("national", "13800138000"));
    CHECK_FALSE(outbound_allowed("national", "0085212345678"));
    CHECK(outbound_allowed("any", "0085212345678"));
    CHECK(outbound_allowed("none", "1002"));
    CHECK_FALSE(outbound_allowed("none", "88886666"));
    CHECK_FALSE(outbound_allowed("bogus", "88886666"));
}

TEST_CASE("numbers and DTMF strings are checked before anything is dialled", "[calls][routing]") {
    CHECK(valid_number("+8613800138000"));
    CHECK(valid_number("*97#"));
    CHECK_FALSE(valid_number(""));
    CHECK_FALSE(valid_number("+"));
    CHECK_FALSE(valid_number("1001@evil"));
    CHECK_FALSE(valid_number("1+1"));
    CHECK_FALSE(valid_number(std::string(33, '1')));
    CHECK(valid_dtmf("0123456789*#ABCD"));
    CHECK_FALSE(valid_dtmf("E"));
    CHECK_FALSE(valid_dtmf(""));
}
