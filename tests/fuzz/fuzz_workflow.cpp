// Fuzzes the work-order workflow definitions (server/tickets): the JSON an administrator's
// SaveWorkflow hands the server. workflow_from_json on arbitrary bytes against a small
// directory; a definition it accepts has 1 to 20 steps. Seeds: none (the JSON grammar is found
// quickly; the unit tests hold the real definitions).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cti/tickets/workflow.h"

using namespace cti::tickets;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const DirectoryNames names{{{"客服中心", cti::DepartmentId(1)}, {"城东供电所", cti::DepartmentId(2)}},
                                      {{"1001", cti::UserId(1)}, {"leader", cti::UserId(5)}}};
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto wf = workflow_from_json(text, names);
    if (wf && (wf->steps.empty() || wf->steps.size() > 20)) std::abort();
    return 0;
}
