// Fuzzes what the server reads from outside systems (server/lookup): an HTTP lookup's JSON reply
// (fields_from_json) and the configured URL template with a caller's key in it (parse_url). The
// reply is a stranger's bytes: it must be refused or turned into text fields, never crash.
// Seeds: none.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cti/lookup/http_lookup.h"

using namespace cti::lookup;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Nothing made up: keys come from the reply; a text is the reply's or, for a number or a
    // nested value (which may read back longer: 66676E17 is 6.667599999999999e+21), at most
    // the bound plus "…".
    if (auto fields = fields_from_json(text))
        for (const auto& [k, v] : *fields)
            if (k.size() > size || v.size() > kMaxFieldBytes + 3) std::abort();
    // The first line as a URL template, the rest as the key (what a caller keyed in).
    const auto nl = text.find('\n');
    const auto url = text.substr(0, nl);
    const auto key = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (auto u = parse_url(url, key); u && (u->host.empty() || u->target.empty() || u->target[0] != '/'))
        std::abort();
    (void)url_encode(key);
    return 0;
}
