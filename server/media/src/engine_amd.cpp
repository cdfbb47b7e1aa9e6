// EngineImpl: answering-machine detection on a session (the classifier is amd.h's, pure). The
// peer's decoded audio feeds it from the receive path; the tick feeds silence while no packet
// comes (a line with silence suppression sends nothing between words), so a decision never waits
// for a packet that does not come.
#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {

Result<void> EngineImpl::detect_machine(MediaSessionId id, AmdConfig cfg) {
    {
        std::lock_guard lock(registry_mu_);
        if (!registry_.contains(id.value()))
            return fail(Errc::not_found, "media session " + std::to_string(id.value()) + " does not exist (closed?)");
    }
    asio::post(io_, [this, id, cfg] {
        Session* s = find(id.value());
        if (!s) return;  // closed meanwhile: no event (documented)
        s->amd.emplace(cfg);
        s->amd_heard = Clock::now();
    });
    return {};
}

void EngineImpl::amd_audio(Session& s, std::span<const std::int16_t> samples, Clock::time_point now) {
    s.amd_heard = now;
    if (auto r = s.amd->feed(samples)) {
        logger("media")->info("session={} answering-machine detection: {} ({})", s.id.value(), to_string(r->verdict),
                              r->reason);
        s.amd.reset();
        emit(MachineDetected{s.id, std::move(*r)});
    }
}

void EngineImpl::tick_amd(Session& s, Clock::time_point now) {
    // More than three frames without a packet: count the gap as silence.
    constexpr auto gap = std::chrono::milliseconds(60);
    const auto quiet = std::chrono::duration_cast<std::chrono::milliseconds>(now - s.amd_heard);
    if (quiet < gap) return;
    s.amd_heard = now;
    if (auto r = s.amd->feed_silence(quiet)) {
        logger("media")->info("session={} answering-machine detection: {} ({}; no packets)", s.id.value(),
                              to_string(r->verdict), r->reason);
        s.amd.reset();
        emit(MachineDetected{s.id, std::move(*r)});
    }
}

}  // namespace cti::media
