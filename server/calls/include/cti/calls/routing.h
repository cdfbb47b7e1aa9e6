#pragma once
// Where a dialled number goes, and whether a phone may dial it out: pure functions over plain
// data (the tables are loaded from the database by the composition root).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"

namespace cti::calls {

// An agent or other user with a phone: who is behind an extension.
struct PartyInfo {
    UserId user;
    std::string login;
    std::string display_name;
    std::string extension;
    std::string outbound = "local";  // none, local, national, any (sip_extensions.outbound)
    std::string srtp = "off";        // off, optional, required (sip_extensions.srtp)
};

struct Route {
    std::string number;       // exact, or a prefix ending in '*'
    std::string target_kind;  // extension, queue, ivr, trunk
    std::string target;
};

struct Destination {
    enum class Kind { extension, queue, ivr, trunk } kind = Kind::extension;
    std::string target;  // the extension, queue or flow name, or the number to dial out
};
std::string_view to_string(Destination::Kind k) noexcept;

// The number dialled -> destination: an exact route, else the longest prefix route, else a known
// extension, else out through the trunk (when from_phone: a phone dialling an outside number).
// not_found when nothing matches (a trunk call to a number we do not serve).
Result<Destination> resolve(std::string_view number, const std::vector<Route>& routes,
                            const std::vector<PartyInfo>& parties, bool allow_trunk);

// Chinese numbering: "00..." international, "0..." long distance (area code), "1[3-9]x" 11-digit
// mobile (counted as national), else a local number. A policy allows its class and those below.
enum class NumberClass { internal, local, national, international };
NumberClass classify(std::string_view number) noexcept;
bool outbound_allowed(std::string_view policy, std::string_view number) noexcept;

// Digits a user may put in a number: 0-9 * # and a leading +; 1-32 characters.
bool valid_number(std::string_view number) noexcept;
bool valid_dtmf(std::string_view digits) noexcept;  // 0-9 * # A-D, 1-32 characters

}  // namespace cti::calls
