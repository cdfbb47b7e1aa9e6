#pragma once
// The outbound dialer's own ids. cti_core's ids.h holds the ids every module shares; these are
// used by the campaign module (and whoever stores or shows its records) only.
#include "cti/core/ids.h"

namespace cti::campaign {

using CampaignId = StrongId<struct CampaignIdTag>;
using RecordId = StrongId<struct RecordIdTag>;

}  // namespace cti::campaign
