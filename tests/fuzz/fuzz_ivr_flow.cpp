// Fuzzes the IVR flow loader and the save-time validation (server/ivr): what an administrator's
// SaveIvrFlow (or a file) hands the server. flow_from_json on arbitrary bytes; a flow that loads
// is validated against the names of the demo call center, and written back: what we write must
// load again and write the same (the loader and the writer agree). Seeds: server/ivr/flows/*.json.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cti/ivr/flow_json.h"
#include "cti/ivr/validate.h"

using namespace cti::ivr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const KnownNames known{{"welcome", "menu_main", "goodbye", "account_prompt"},
                                  {"热线总队列", "故障报修"},
                                  {"default"}};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto flow = flow_from_json(text);
    if (!flow) return 0;
    (void)validate(*flow, known);
    (void)check(*flow, known);
    const std::string once = flow_to_json(*flow);
    auto again = flow_from_json(once);
    if (!again) std::abort();  // we wrote a flow we cannot load
    if (flow_to_json(*again) != once) std::abort();
    return 0;
}
