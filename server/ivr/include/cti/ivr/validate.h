#pragma once
// Save-time checks of a flow. A flow with problems is refused and the running version stays.
#include <set>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/ivr/flow.h"

namespace cti::ivr {

struct Problem {
    NodeId node;  // empty for problems of the whole flow
    std::string reason;
};

// The names a flow may refer to. calendars: empty means "do not check calendar names".
struct KnownNames {
    std::set<PromptId> prompts;
    std::set<std::string> queues;
    std::set<std::string> calendars;
};

// Every problem, in flow order: missing or unknown start node, unknown node types, references to
// nodes that do not exist, missing required next nodes, prompt ids that are not in the library,
// unknown queues, menus without options, bad digit limits, nodes unreachable from the start, and
// loops without exit (a cycle in which no node waits for the caller and no node leads out: the
// caller would be stuck forever).
std::vector<Problem> validate(const Flow& flow, const KnownNames& known);
std::vector<Problem> validate(const Flow& flow, const std::set<PromptId>& known_prompts,
                              const std::set<std::string>& known_queues);

// validate() as a Result: the message lists every problem as "node 'id': reason" joined by "; ".
Result<> check(const Flow& flow, const KnownNames& known);

}  // namespace cti::ivr
