#pragma once
// The private state of one call inside CallManager.
#include <memory>
#include <optional>
#include <vector>

#include "cti/calls/manager.h"

namespace cti::calls {

struct CallManager::Call {
    CallId id;
    CallState state = CallState::setup;
    Direction direction = Direction::inbound;
    std::string caller, callee, sip_call_id;
    std::optional<std::int64_t> trunk_id;
    std::string reason;
    std::int64_t started_ms = 0;
    std::optional<std::int64_t> answered_ms;
    std::chrono::steady_clock::time_point started;
    std::vector<std::unique_ptr<Leg>> legs;  // live legs; pointers stay valid while they live
    std::vector<UserId> users;               // everyone who was on the call
    std::optional<media::MixId> mix;
    // Click-to-dial: the number to call once the originator's phone answered.
    std::optional<std::string> dial_target;
    sip::LegId originator;
    // Consult / transfer bookkeeping.
    sip::LegId consulting_agent;             // the agent who consults (stays on the call)
    std::optional<UserId> transfer_origin;   // blind transfer: pulled back here on failure
    bool pulled_back = false;
    int last_failure_status = 0;
    std::string queue;                       // routed to this queue (empty: none)
    bool queued = false;                     // waiting in the queue: agent legs are offers
    bool in_ivr = false;                     // the IVR drives the caller's leg
    std::string survey_flow;                 // the caller enters it when the agent hangs up
    bool callback = false;                   // a callback request being dialled: the agent first
    bool system_dial = false;                // dial_customer: the customer's leg only, no agent
    std::optional<std::chrono::seconds> ring_timeout;  // instead of the manager's, for legs placed
    std::vector<media::RecordingId> recordings;  // running; stopped when the call ends
    std::optional<media::RecordingId> recording;  // the call's own (stereo) recording
    Supervision supervision = Supervision::monitor;  // what a supervisor on the call does
    std::map<std::string, std::string> data; // keyed in by the caller
    std::optional<media::FaxJob> fax_job;    // dial_fax: what the answered leg runs

    Leg* leg(sip::LegId id) {
        for (auto& l : legs)
            if (l->sip == id) return l.get();
        return nullptr;
    }
    std::vector<Leg*> live() {
        std::vector<Leg*> out;
        for (auto& l : legs)
            if (!l->replaced && l->state != LegState::ended) out.push_back(l.get());
        return out;
    }
    void add_user(std::optional<UserId> u) {
        if (!u) return;
        for (auto& x : users)
            if (x == *u) return;
        users.push_back(*u);
    }
};

}  // namespace cti::calls
