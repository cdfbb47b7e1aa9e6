#pragma once
// Phone numbers as the dialer compares them: duplicates and do-not-call entries are found on the
// normalized form, so "+86 138-0013-8000", "0086 13800138000" and "13800138000" are one number.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

#include "cti/core/error.h"

namespace cti::campaign {

// Normalizes a number written by a person: drops spaces, '-', '.', '(' and ')', reads full-width
// digits (１３８…, typed with a Chinese input method) as digits, and writes a Chinese number
// given with its country code (+86 / 0086) in national form (mobile 13800138000, landline
// +86 10 … as 010…). Other international numbers keep their '+'.
// Refused: no digits, letters or other characters, fewer than 3 or more than 20 digits, and a
// national number starting with 1 that is longer than 5 digits (so not a service number such as
// 12345) but not the 11 digits of a mobile number. The message says what is wrong with it.
Result<std::string> normalize_phone(std::string_view text);

// Numbers that must not be called (the do-not-call list and the blacklist, merged by the caller).
class DoNotCallList {
public:
    // Adds the normalized form; a number that does not normalize is refused with the reason.
    Result<void> add(std::string_view number);
    // `number` must be normalized (normalize_phone).
    bool contains(const std::string& number) const { return numbers_.contains(number); }
    std::size_t size() const noexcept { return numbers_.size(); }

private:
    std::unordered_set<std::string> numbers_;
};

}  // namespace cti::campaign
