// Fuzzes what a stranger controls first: the frame reader and the envelope decoder, fed the
// input in pieces of varying size as a socket would deliver it. Any payload that decodes must
// re-encode and decode to the same message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <google/protobuf/stubs/logging.h>

#include "cti/wire/frame.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // protobuf's stderr complaints about invalid UTF-8 would dominate the run time.
    google::protobuf::SetLogHandler(nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte chooses the chunk size, so that splits inside headers get exercised.
    const std::size_t chunk = 1 + data[0] % 64;
    std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
    cti::wire::FrameReader reader(4096);
    for (std::size_t at = 0; at < input.size(); at += chunk) {
        reader.append(input.substr(at, chunk));
        while (true) {
            auto next = reader.next();
            if (!next) {
                if (next.error() == cti::wire::WireError::frame_too_large) return 0;
                continue;  // empty frame: skipped, the stream goes on
            }
            if (!*next) break;
            cti::wire::Envelope env;
            if (cti::wire::parse_envelope_into(**next, env)) continue;
            (void)cti::wire::body_name(env);
            const std::string frame = cti::wire::encode_frame(env);
            cti::wire::FrameReader again(1u << 30);
            again.append(frame);
            auto payload = again.next();
            if (!payload || !*payload) std::abort();
            cti::wire::Envelope env2;
            if (cti::wire::parse_envelope_into(**payload, env2) ||
                env2.SerializeAsString() != env.SerializeAsString())
                std::abort();
        }
    }
    return 0;
}
