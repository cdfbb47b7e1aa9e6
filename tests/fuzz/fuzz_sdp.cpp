// Fuzzes the SDP the server reads from every INVITE, re-INVITE and answer (server/sip/src/sdp.cpp):
// parse_sdp on arbitrary bytes, then what the server does with an offer it accepted: negotiate,
// answer_direction, write_sdp. Properties: whatever we write from a parsed offer parses again, and
// one more write/parse round changes nothing (the writer and the parser agree).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cti/sip/sdp.h"

using namespace cti::sip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto sdp = parse_sdp(body);
    if (!sdp) return 0;
    if (sdp->audio.payload_types.empty() || sdp->audio.address.empty()) std::abort();
    if (auto n = negotiate(sdp->audio)) {
        if (n->payload_type != kPcmu && n->payload_type != kPcma) std::abort();
        if (n->crypto == Crypto::srtp && n->crypto_key.size() != 40) std::abort();
    }
    (void)answer_direction(sdp->audio.direction);
    const std::string once = write_sdp(*sdp);
    auto again = parse_sdp(once);
    if (!again) std::abort();  // we wrote an SDP we would refuse ourselves
    if (write_sdp(*again) != once) std::abort();
    return 0;
}
