#pragma once
// Protocol messages as one line of JSON, for cti-cli output and test diagnostics. Uses the
// proto3 JSON mapping (64-bit integers are strings, enums are names) with the .proto field names
// and every primitive field printed, so scripts see `"online": false` rather than a missing key.
#include <string>

#include <google/protobuf/message.h>

namespace cti::client {

std::string to_json(const google::protobuf::Message& message);

}  // namespace cti::client
