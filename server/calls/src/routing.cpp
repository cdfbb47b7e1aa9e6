#include "cti/calls/routing.h"

#include <algorithm>

namespace cti::calls {

std::string_view to_string(Destination::Kind k) noexcept {
    switch (k) {
        case Destination::Kind::extension: return "extension";
        case Destination::Kind::queue: return "queue";
        case Destination::Kind::ivr: return "ivr";
        case Destination::Kind::trunk: return "trunk";
    }
    return "?";
}

namespace {
std::optional<Destination::Kind> kind_from(std::string_view s) {
    if (s == "extension") return Destination::Kind::extension;
    if (s == "queue") return Destination::Kind::queue;
    if (s == "ivr") return Destination::Kind::ivr;
    if (s == "trunk") return Destination::Kind::trunk;
    return std::nullopt;
}
}  // namespace

Result<Destination> resolve(std::string_view number, const std::vector<Route>& routes,
                            const std::vector<PartyInfo>& parties, bool allow_trunk) {
    const Route* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& r : routes) {
        if (r.number == number) {
            best = &r;
            break;
        }
        if (!r.number.empty() && r.number.back() == '*') {
            const std::string_view prefix(r.number.data(), r.number.size() - 1);
            if (number.starts_with(prefix) && (prefix.size() >= best_len || !best)) {
                best = &r;
                best_len = prefix.size();
            }
        }
    }
    if (best) {
        auto kind = kind_from(best->target_kind);
        if (!kind) return fail(Errc::internal, "route " + best->number + " has an unknown target kind");
        // A trunk route dials the number itself unless the route names another.
        return Destination{*kind, best->target.empty() ? std::string(number) : best->target};
    }
    if (std::any_of(parties.begin(), parties.end(), [&](const PartyInfo& p) { return p.extension == number; }))
        return Destination{Destination::Kind::extension, std::string(number)};
    if (allow_trunk && valid_number(number)) return Destination{Destination::Kind::trunk, std::string(number)};
    return fail(Errc::not_found, "no route, extension or trunk for the number " + std::string(number));
}

NumberClass classify(std::string_view n) noexcept {
    if (n.starts_with('+') || n.starts_with("00")) return NumberClass::international;
    if (n.starts_with('0')) return NumberClass::national;
    if (n.size() == 11 && n[0] == '1' && n[1] >= '3' && n[1] <= '9') return NumberClass::national;
    if (n.size() <= 6) return NumberClass::internal;
    return NumberClass::local;
}

bool outbound_allowed(std::string_view policy, std::string_view number) noexcept {
    const auto c = classify(number);
    if (policy == "any") return true;
    if (policy == "national") return c != NumberClass::international;
    if (policy == "local") return c == NumberClass::local || c == NumberClass::internal;
    return c == NumberClass::internal;  // "none": internal numbers and service routes only
}

bool valid_number(std::string_view n) noexcept {
    if (n.empty() || n.size() > 32) return false;
    for (std::size_t i = 0; i < n.size(); ++i) {
        const char c = n[i];
        if ((c >= '0' && c <= '9') || c == '*' || c == '#' || (c == '+' && i == 0)) continue;
        return false;
    }
    return n != "+";
}

bool valid_dtmf(std::string_view d) noexcept {
    if (d.empty() || d.size() > 32) return false;
    return std::all_of(d.begin(), d.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D');
    });
}

}  // namespace cti::calls
