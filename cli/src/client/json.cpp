#include "cti/client/json.h"

#include <google/protobuf/util/json_util.h>

namespace cti::client {

std::string to_json(const google::protobuf::Message& message) {
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = false;
    options.preserve_proto_field_names = true;
    options.always_print_primitive_fields = true;
    std::string out;
    const auto status = google::protobuf::util::MessageToJsonString(message, &out, options);
    if (!status.ok()) {
        // Only reachable with a message the JSON mapping cannot express; callers still get one
        // line of valid JSON that says so.
        std::string text(status.message());
        std::string escaped;
        for (char c : text) {
            if (c == '"' || c == '\\') escaped.push_back('\\');
            escaped.push_back(c == '\n' ? ' ' : c);
        }
        return "{\"json_error\":\"" + escaped + "\"}";
    }
    return out;
}

}  // namespace cti::client
