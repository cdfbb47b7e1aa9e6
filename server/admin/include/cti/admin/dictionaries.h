#pragma once
// The data dictionaries (the lists desktops offer: not-ready reasons, campaign dispositions),
// for the server's own checks of what a desktop sends back.
#include <string_view>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::admin {

inline constexpr std::string_view kCampaignDispositions = "campaign_dispositions";
inline constexpr std::string_view kOrderTypes = "order_types";          // codes fixed: tickets::OrderType
inline constexpr std::string_view kOrderUrgencies = "order_urgencies";  // codes fixed: tickets::Urgency
inline constexpr std::string_view kOrderChannels = "order_channels";    // codes fixed: tickets::Channel

// Whether `code` is an enabled item of `dictionary`.
Result<bool> dictionary_allows(storage::Database& db, std::string_view dictionary, std::string_view code);

}  // namespace cti::admin
