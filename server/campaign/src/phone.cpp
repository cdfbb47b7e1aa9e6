// Phone number normalization and the do-not-call list.
#include "cti/campaign/phone.h"

#include <string>

namespace cti::campaign {
namespace {

// Built by appending: gcc 12 warns falsely (-Wrestrict) on "literal" + std::string in -O2.
std::string quoted(std::string_view text) {
    std::string s = "'";
    s += text;
    s += '\'';
    return s;
}

bool is_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\t'; }

}  // namespace

Result<std::string> normalize_phone(std::string_view text) {
    std::string digits;
    bool plus = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits += c;
            continue;
        }
        if (is_separator(c)) continue;
        if (c == '+' && digits.empty() && !plus) {
            plus = true;
            continue;
        }
        // Full-width digits ０..９ are U+FF10..U+FF19: EF BC 90..99 in UTF-8. The full-width
        // space U+3000 (E3 80 80) and hyphen U+FF0D (EF BC 8D) are separators.
        if (text.substr(i).starts_with("\xEF\xBC") && i + 2 < text.size()) {
            const auto b = static_cast<unsigned char>(text[i + 2]);
            if (b >= 0x90 && b <= 0x99) {
                digits += static_cast<char>('0' + (b - 0x90));
                i += 2;
                continue;
            }
            if (b == 0x8D) {
                i += 2;
                continue;
            }
        }
        if (text.substr(i).starts_with("\xE3\x80\x80")) {
            i += 2;
            continue;
        }
        return fail(Errc::invalid_argument,
                    quoted(text) + " is not a phone number: only digits, spaces, '-' "
                    "and a leading '+' may appear in it; correct the number");
    }
    if (digits.empty()) {
        return fail(Errc::invalid_argument,
                    quoted(text) + " has no digits; write the number to call");
    }
    // The Chinese country code, as +86 or as 0086: back to the national form.
    if ((plus && digits.starts_with("86")) || (!plus && digits.starts_with("0086"))) {
        digits.erase(0, plus ? 2 : 4);
        plus = false;
        // Mobile numbers are 1[3-9] and 9 more digits; anything else is a landline, whose area
        // code takes the trunk prefix 0 (+86 10 … is Beijing, 010 …).
        // "00" after the country code would read as an international prefix next time: no
        // national number starts so (found by fuzz_call_list).
        if (digits.starts_with("00"))
            return fail(Errc::invalid_argument,
                        quoted(text) + " has \"00\" after the country code 86; correct the number");
        const bool mobile = digits.size() == 11 && digits[0] == '1' && digits[1] >= '3';
        if (!digits.empty() && !mobile && digits[0] != '0') digits.insert(digits.begin(), '0');
    } else if (!plus && digits.starts_with("00") && digits.size() > 4) {
        digits.erase(0, 2);  // another country, international prefix written as 00
        plus = true;
    }
    if (digits.size() < 3 || digits.size() > 20) {
        return fail(Errc::invalid_argument,
                    quoted(text) + " has " + std::to_string(digits.size()) +
                        " digits; a phone number has 3 to 20, correct it");
    }
    if (!plus && digits[0] == '1' && digits.size() > 5 && digits.size() != 11) {
        return fail(Errc::invalid_argument,
                    quoted(text) + " has " + std::to_string(digits.size()) +
                        " digits but a mobile number has 11; check for a missing or extra digit");
    }
    if (plus) digits.insert(digits.begin(), '+');
    return digits;
}

Result<void> DoNotCallList::add(std::string_view number) {
    auto n = normalize_phone(number);
    if (!n) return std::unexpected(n.error());
    numbers_.insert(std::move(*n));
    return {};
}

}  // namespace cti::campaign
