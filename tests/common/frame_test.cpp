#include <catch2/catch.hpp>

#include "cti/wire/frame.h"

using namespace cti::wire;

namespace {
Envelope ping(std::uint64_t id) {
    Envelope e;
    e.set_request_id(id);
    e.mutable_ping()->set_nonce(id * 7);
    return e;
}
}  // namespace

TEST_CASE("frames round-trip when split at every byte", "[wire]") {
    const std::string stream = encode_frame(ping(1)) + encode_frame(ping(2));
    for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
        FrameReader reader;
        std::vector<std::uint64_t> nonces;
        auto drain = [&] {
            while (true) {
                auto f = reader.next();
                REQUIRE(f.has_value());
                if (!*f) break;
                auto env = parse_envelope(**f);
                REQUIRE(env.has_value());
                nonces.push_back(env->ping().nonce());
            }
        };
        reader.append(std::string_view(stream).substr(0, cut));
        drain();
        reader.append(std::string_view(stream).substr(cut));
        drain();
        REQUIRE(nonces == std::vector<std::uint64_t>{7, 14});
        REQUIRE(reader.buffered() == 0);
    }
}

TEST_CASE("a length above the limit fails the stream for good", "[wire]") {
    FrameReader reader(1024);
    reader.append(std::string("\x00\x00\x04\x01", 4));  // 1025
    auto f = reader.next();
    REQUIRE_FALSE(f.has_value());
    REQUIRE(f.error() == WireError::frame_too_large);
    reader.append(encode_frame(ping(3)));
    REQUIRE_FALSE(reader.next().has_value());
    REQUIRE(to_error_code(WireError::frame_too_large) == FRAME_TOO_LARGE);
}

TEST_CASE("garbage, empty and unknown payloads are told apart", "[wire]") {
    REQUIRE(parse_envelope("\xff\xff\xff\xff\xff").error() == WireError::bad_envelope);

    FrameReader reader;
    reader.append(std::string("\x00\x00\x00\x00", 4));
    REQUIRE(reader.next().error() == WireError::empty_frame);

    // Field 999 is not a body this side knows; the request id is still recovered for the reply.
    Envelope only_id;
    only_id.set_request_id(42);
    std::string bytes = only_id.SerializeAsString();
    bytes += std::string("\xba\x3e\x01\x41", 4);  // field 999, length-delimited, "A"
    Envelope partial;
    auto parsed = parse_envelope(bytes, &partial);
    REQUIRE(parsed.error() == WireError::unknown_message);
    REQUIRE(partial.request_id() == 42);
}

TEST_CASE("body names come from the schema", "[wire]") {
    REQUIRE(body_name(ping(1)) == "ping");
    Envelope login;
    login.mutable_login()->set_user("1001");
    REQUIRE(body_name(login) == "login");
    REQUIRE(body_name(Envelope{}) == "unknown");
}
