#include <catch2/catch.hpp>

#include "cti/client/fingerprint.h"

using cti::client::fingerprint_of_der;
using cti::client::normalize_fingerprint;

namespace {
// SHA-256("abc") from FIPS 180-2, appendix B.1.
constexpr const char* kAbc =
    "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";
}  // namespace

TEST_CASE("fingerprints are SHA-256 over the DER bytes, uppercase pairs with colons") {
    CHECK(fingerprint_of_der("abc") == kAbc);
}

TEST_CASE("a pasted fingerprint normalizes whatever its case, colons and prefix") {
    for (const char* text :
         {kAbc, "SHA256:BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD",
          "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
          "Sha256:BA7816BF:8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}) {
        INFO(text);
        auto normalized = normalize_fingerprint(text);
        REQUIRE(normalized);
        CHECK(*normalized == kAbc);
    }
}

TEST_CASE("text that is not a SHA-256 fingerprint is refused") {
    for (const char* text : {"", "SHA256:", "ba7816bf", "zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad00",
                             "ba 7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                             "SHA1:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}) {
        INFO(text);
        CHECK_FALSE(normalize_fingerprint(text));
    }
}
