#pragma once
// AcdService's state of one callback request (callbacks.cpp), complete here for acd_service.cpp.
#include <boost/asio/steady_timer.hpp>

#include <memory>
#include <optional>

#include "cti/center/acd_service.h"

namespace cti::center {

struct AcdService::Callback {
    storage::CallbackRecord record;
    std::optional<CallId> attempt;  // the call ringing the agent, then dialling the number
    UserId agent;
    bool agent_answered = false;
    std::unique_ptr<boost::asio::steady_timer> retry;
};

}  // namespace cti::center
