// Language names and amount parsing shared by both wordings.
#include <limits>

#include "cti/prompts/words.h"
#include "words_detail.h"

namespace cti::prompts {

std::string_view to_string(Lang l) noexcept {
    switch (l) {
        case Lang::zh_CN: return "zh_CN";
        case Lang::en: return "en";
    }
    return "unknown";
}

Result<Lang> lang_from_string(std::string_view s) {
    if (s == "zh_CN") return Lang::zh_CN;
    if (s == "en") return Lang::en;
    return fail(Errc::invalid_argument,
                "unknown prompt language '" + std::string(s) + "'; use zh_CN or en");
}

Result<std::int64_t> parse_amount(std::string_view text) {
    const std::string shown(text);
    auto bad = [&] {
        return fail(Errc::invalid_argument, "'" + shown +
                                                "' is not an amount; write it like 1234.5 or "
                                                "1,234.50 (at most two decimals)");
    };
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    std::int64_t yuan = 0, fen = 0;
    int decimals = -1;  // -1: before the point
    bool any_digit = false;
    constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max() / 1000;
    for (char c : text) {
        if (c == ',' && decimals < 0) continue;
        if (c == '.' && decimals < 0) {
            decimals = 0;
            continue;
        }
        if (c < '0' || c > '9') return bad();
        any_digit = true;
        if (decimals < 0) {
            yuan = yuan * 10 + (c - '0');
            if (yuan > limit) return bad();
        } else if (++decimals <= 2) {
            fen = fen * 10 + (c - '0');
        } else {
            return bad();
        }
    }
    if (!any_digit) return bad();
    if (decimals == 1) fen *= 10;  // "1234.5": five 角
    const std::int64_t total = yuan * 100 + fen;
    return negative ? -total : total;
}

Result<void> detail::check_date(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
        return fail(Errc::invalid_argument,
                    "date " + std::to_string(year) + "-" + std::to_string(month) + "-" +
                        std::to_string(day) + " is out of range; give year 1-9999, month 1-12, day 1-31");
    }
    return {};
}

}  // namespace cti::prompts
