#pragma once
// IvrService's per-call state, shared by ivr_service.cpp and ivr_voicemail.cpp.
#include <boost/asio/steady_timer.hpp>

#include "cti/center/ivr_service.h"

namespace cti::center {

// A message being taken: the beep, then the recording of the caller.
struct VoicemailTake {
    enum class Phase { beep, recording, done } phase = Phase::beep;
    std::string mailbox;
    media::RecordingId recording;
};

struct IvrService::Session {
    Session(std::shared_ptr<const ivr::Flow> flow, ivr::CallInfo info,
            std::shared_ptr<const ivr::Environment> env, boost::asio::any_io_executor ex)
        : flow_name(flow->name), ivr(std::move(flow), std::move(info), std::move(env)), timer(ex) {}
    std::string flow_name;
    ivr::IvrSession ivr;
    boost::asio::steady_timer timer;
    media::PlaybackId playback;  // the playback whose end the session waits for
    // Counts what the session asked to hear; speech synthesized for an older count (the caller
    // pressed a key or the flow moved on meanwhile) is dropped.
    std::uint64_t hearing = 0;
    std::string caller;
    std::optional<VoicemailTake> voicemail;  // the flow ended in a voicemail node
};

// Where messages go and who hears about them (set_voicemail).
struct IvrService::Voicemails {
    std::filesystem::path dir;
    std::filesystem::path beep;
    std::chrono::seconds max_length{120};
    std::function<void(const VoicemailLeft&)> left;
    // Recordings still being written, by id: their end is reported when RecordingDone comes
    // (after the call may be gone).
    struct Pending {
        CallId call;
        std::string mailbox, caller;
    };
    std::map<media::RecordingId, Pending> pending;
};

}  // namespace cti::center
