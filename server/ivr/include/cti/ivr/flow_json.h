#pragma once
// Flows to and from JSON (the format is described in server/ivr/README.md). Loading checks the
// structure only (JSON syntax, field types, node ids); an unknown node type loads as an
// UnknownNode so that validate() can report it with every other problem.
#include <string>
#include <string_view>

#include "cti/core/error.h"
#include "cti/ivr/flow.h"

namespace cti::ivr {

Result<Flow> flow_from_json(std::string_view json);
std::string flow_to_json(const Flow& flow);

}  // namespace cti::ivr
