// --prompts: callers in an IVR. Every session plays a prompt (looped, barge-in on) to its phone,
// and every phone talks back without telephone-event, so the engine runs spandsp's inband DTMF
// detector on every packet of every session (set_remote turns it on for such peers, as the server
// does for any caller whose SDP has no telephone-event). Some phones key one digit as tones: it
// must come back as DtmfDetected and stop that session's prompt with PlaybackDone{barged_in}.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <unordered_map>

#include "media_modes.h"

namespace media_bench {

using namespace cti::media;

namespace {

struct Heard {  // an event, when the sink saw it
    std::uint64_t session = 0;
    char digit = 0;  // DtmfDetected; 0: PlaybackDone{barged_in}
    std::int64_t at_ns = 0;
};

}  // namespace

RunResult run_prompts(std::size_t sessions, int seconds, const std::string& wav, int inject_percent,
                      unsigned seed) {
    Generator gen;
    std::mutex mu;
    std::vector<Heard> heard;
    std::vector<MediaSessionId> barged;  // for the "core" (the generator thread) to replay
    auto engine = start_engine([&](Event e) {
        const std::int64_t now = realtime_ns();
        std::lock_guard lock(mu);
        if (auto* d = std::get_if<DtmfDetected>(&e)) {
            heard.push_back({d->session.value(), d->digit, now});
        } else if (auto* p = std::get_if<PlaybackDone>(&e); p && p->reason == PlaybackEnd::barged_in) {
            heard.push_back({p->session.value(), 0, now});
            barged.push_back(p->session);
        }
    });
    if (auto ok = engine->preload_prompts({wav}); !ok) {
        std::fprintf(stderr, "preload_prompts: %s\n", ok.error().message.c_str());
        std::exit(1);
    }
    const PlayOptions play{.barge_in = true, .loop = true};
    std::vector<Leg> legs(sessions);
    std::unordered_map<std::uint64_t, std::size_t> leg_of;
    for (std::size_t l = 0; l < legs.size(); ++l) {
        const SessionInfo s = open_session(*engine);
        legs[l].gen = static_cast<int>(l % gen_sockets);
        legs[l].target_port = s.local_port;
        RemotePeer peer;
        peer.address = "127.0.0.1";
        peer.port = gen.port(legs[l].gen);
        peer.telephone_event_pt = -1;  // no telephone-event in its SDP: digits come inband
        engine->set_remote(s.id, peer);
        if (auto p = engine->play_prompt(s.id, {wav}, play); !p) {
            std::fprintf(stderr, "play_prompt: %s\n", p.error().message.c_str());
            std::exit(1);
        }
        leg_of[s.id.value()] = l;
    }

    // Digits at random moments, at least 1 s inside the window at both ends; a session that keyed
    // one is left out of the delivery figures (its prompt stops until it is replayed).
    std::mt19937 rng(seed);
    std::vector<std::size_t> order(sessions);
    for (std::size_t i = 0; i < sessions; ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    const std::int64_t frames = std::int64_t{seconds} * 50;
    std::uniform_int_distribution<std::int64_t> when(50, std::max<std::int64_t>(50, frames - 50));
    static constexpr char digits[] = "0123456789*#";
    std::uniform_int_distribution<int> which(0, 11);
    const std::size_t injected = sessions * static_cast<std::size_t>(inject_percent) / 100;
    for (std::size_t i = 0; i < injected; ++i) {
        Leg& l = legs[order[i]];
        l.measured = false;
        l.inject_frame = when(rng);
        l.digit = digits[which(rng)];
    }

    // The core's reply to a barge-in: play again (an IVR's next menu), so the load stays the same.
    PhoneOptions phones{.stamped = false, .between = [&] {
        std::vector<MediaSessionId> replay;
        {
            std::lock_guard lock(mu);
            replay.swap(barged);
        }
        for (MediaSessionId id : replay) (void)engine->play_prompt(id, {wav}, play);
    }};
    RunResult r = measure(gen, legs, seconds, phones);

    std::lock_guard lock(mu);
    std::vector<bool> detected(sessions), barged_in(sessions);
    for (const Heard& h : heard) {
        const auto it = leg_of.find(h.session);
        if (it == leg_of.end()) continue;
        const Leg& l = legs[it->second];
        const bool after = l.inject_frame >= 0 && h.at_ns >= l.injected_ns;
        const double ms = double(h.at_ns - l.injected_ns) / 1e6;
        if (h.digit == 0) {
            if (after && !barged_in[it->second]) {
                barged_in[it->second] = true;
                ++r.barged;
                r.barge_ms.push_back(ms);
            }
        } else if (after && h.digit == l.digit && !detected[it->second]) {
            detected[it->second] = true;
            ++r.detected;
            r.detect_ms.push_back(ms);
        } else {
            ++r.false_digits;
        }
    }
    r.injected = injected;
    return r;
}

}  // namespace media_bench
