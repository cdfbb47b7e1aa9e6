// --conference: conferences of one size, built the way the call model builds one (CallManager::
// conference: create_mix, then join_mix for every leg; everyone heard by everyone), every member's
// phone talking all the time. The mix decodes every packet, sums on the 20 ms tick (mix-minus) and
// encodes one frame per member: the cost per participant is what this measures.
#include "media_modes.h"

namespace media_bench {

using namespace cti::media;

RunResult run_conference(std::size_t size, std::size_t participants, int seconds) {
    Generator gen;
    auto engine = start_engine([](Event) {});
    const std::size_t conferences = participants / size;
    std::vector<Leg> legs(conferences * size);
    for (std::size_t c = 0; c < conferences; ++c) {
        const MixId mix = engine->create_mix();
        for (std::size_t m = 0; m < size; ++m) {
            const std::size_t l = c * size + m;
            const SessionInfo s = open_session(*engine);
            legs[l].gen = static_cast<int>(l % gen_sockets);
            legs[l].target_port = s.local_port;
            RemotePeer peer;
            peer.address = "127.0.0.1";
            peer.port = gen.port(legs[l].gen);
            peer.telephone_event_pt = 101;  // as a modern phone: no inband DSP
            engine->set_remote(s.id, peer);
            engine->join_mix(s.id, mix);
        }
    }
    return measure(gen, legs, seconds, PhoneOptions{.stamped = false});
}

}  // namespace media_bench
