#include <catch2/catch.hpp>

#include "cti/core/password.h"

using namespace cti;

TEST_CASE("passwords are hashed with Argon2id and verified", "[password]") {
    auto hash = hash_password("正确的密码 correct horse", PasswordStrength::interactive);
    REQUIRE(hash);
    CHECK(hash->starts_with("$argon2id$"));
    CHECK(verify_password(*hash, "正确的密码 correct horse"));
    CHECK_FALSE(verify_password(*hash, "正确的密码 correct hors"));
    CHECK_FALSE(verify_password("", "x"));
    CHECK_FALSE(verify_password("$argon2id$garbage", "x"));
    // Two hashes of one password differ (random salt).
    CHECK(*hash != hash_password("正确的密码 correct horse", PasswordStrength::interactive).value());
}

TEST_CASE("random passwords and tokens", "[password]") {
    const auto p = random_password(12);
    CHECK(p.size() == 12);
    CHECK(p.find_first_of("0O1lI") == std::string::npos);
    CHECK(random_token_hex(32).size() == 64);
    CHECK(random_token_hex(32) != random_token_hex(32));
    CHECK_FALSE(verify_password(dummy_password_hash(), ""));
}
