// Fuzzes the outbound call-list import (server/campaign): the CSV files supervisors upload, in
// UTF-8 or GBK. import_call_list on arbitrary bytes; what it imports must hold: every row has a
// line after the header, a normalized number that is neither a duplicate nor on the do-not-call
// list, and no more values than the header has columns; problems come in line order. Seeds:
// tests/fuzz/seeds/call_list.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>

#include "cti/campaign/call_list.h"
#include "cti/campaign/phone.h"

using namespace cti::campaign;

namespace {
[[noreturn]] void broken(const char* what, int line) {
    std::fprintf(stderr, "fuzz_call_list: %s (line %d)\n", what, line);
    std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const DoNotCallList dnc = [] {
        DoNotCallList l;
        (void)l.add("13800138000");
        return l;
    }();
    ImportOptions options;
    options.limits.max_bytes = 1 << 20;
    options.limits.max_rows = 2000;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto imported = import_call_list(bytes, dnc, options);
    if (!imported) return 0;
    std::set<std::string> seen;
    for (const auto& e : imported->entries) {
        if (e.line < 2 || e.phone.empty() || dnc.contains(e.phone)) broken("a row without a proper number", e.line);
        if (!seen.insert(e.phone).second) broken("a duplicate got through", e.line);
        if (auto again = normalize_phone(e.phone); !again || *again != e.phone) broken("a number not normalized", e.line);
        if (e.data.size() + 1 > imported->columns.size()) broken("more values than columns", e.line);
    }
    int last = 0;
    for (const auto& p : imported->problems) {
        if (p.line < last || p.line < 1 || p.message.empty()) broken("problems out of line order", p.line);
        last = p.line;
    }
    if (imported->entries.size() > imported->rows) broken("more rows imported than read", 0);
    return 0;
}
