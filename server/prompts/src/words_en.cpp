// English readings of numbers, money, dates and queue positions (US style: no "and" inside
// numbers, hyphenated tens).
#include <array>

#include "cti/prompts/words.h"
#include "words_detail.h"

namespace cti::prompts {
namespace {

using detail::magnitude;

constexpr std::array<std::string_view, 20> small = {
    "zero",    "one",     "two",       "three",    "four",     "five",    "six",
    "seven",   "eight",   "nine",      "ten",      "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen",  "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> tens = {"",      "",      "twenty",  "thirty", "forty",
                                                   "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 7> scale = {"",         "thousand",    "million",
                                                   "billion",  "trillion",    "quadrillion",
                                                   "quintillion"};
constexpr std::array<std::string_view, 12> months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

std::string below_thousand(unsigned n) {
    std::string out;
    if (n >= 100) {
        out = std::string(small[n / 100]) + " hundred";
        n %= 100;
        if (n == 0) return out;
        out += ' ';
    }
    if (n < 20) return out + std::string(small[n]);
    out += tens[n / 10];
    if (n % 10) out += "-" + std::string(small[n % 10]);
    return out;
}

std::string unsigned_en(std::uint64_t v) {
    if (v == 0) return std::string(small[0]);
    std::string out;
    std::array<unsigned, scale.size()> groups{};
    std::size_t top = 0;
    for (; v > 0; v /= 1000) groups[top++] = static_cast<unsigned>(v % 1000);
    for (std::size_t i = top; i-- > 0;) {
        if (groups[i] == 0) continue;
        if (!out.empty()) out += ' ';
        out += below_thousand(groups[i]);
        if (i > 0) out += " " + std::string(scale[i]);
    }
    return out;
}

// "twenty-six" -> "twenty-sixth": only the last word changes.
std::string ordinal(unsigned n) {
    std::string w = unsigned_en(n);
    const auto cut = w.find_last_of(" -") + 1;  // npos + 1 == 0: the whole word
    const std::string last = w.substr(cut);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> irregular = {{
        {"one", "first"}, {"two", "second"}, {"three", "third"},
        {"five", "fifth"}, {"eight", "eighth"}, {"nine", "ninth"}}};
    std::string last_ord = last + "th";
    for (auto [word, ord] : irregular)
        if (last == word) last_ord = ord;
    if (last == "twelve") last_ord = "twelfth";
    if (last.ends_with('y')) last_ord = last.substr(0, last.size() - 1) + "ieth";
    return w.substr(0, cut) + last_ord;
}

// 2026 "twenty twenty-six", 1905 "nineteen oh five", 1900 "nineteen hundred",
// 2000-2009 "two thousand (five)", below 1000 as a number.
std::string year_en(int y) {
    if (y < 1000 || (y >= 2000 && y < 2010)) return unsigned_en(static_cast<unsigned>(y));
    const unsigned hi = y / 100, lo = y % 100;
    if (lo == 0) return unsigned_en(hi) + " hundred";
    return unsigned_en(hi) + (lo < 10 ? " oh " : " ") + unsigned_en(lo);
}

}  // namespace

std::string en_number(std::int64_t n) {
    return n < 0 ? "minus " + unsigned_en(magnitude(n)) : unsigned_en(magnitude(n));
}

std::string en_digits(std::string_view digits) {
    std::string out;
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        if (!out.empty()) out += ' ';
        out += small[c - '0'];
    }
    return out;
}

std::string en_amount(std::int64_t fen) {
    const std::uint64_t v = magnitude(fen);
    const std::uint64_t yuan = v / 100, cents = v % 100;
    std::string out;
    if (yuan > 0 || cents == 0) out = unsigned_en(yuan) + " yuan";
    if (cents > 0) out += (out.empty() ? "" : " and ") + unsigned_en(cents) + " fen";
    return fen < 0 ? "minus " + out : out;
}

Result<std::string> en_date(int year, int month, int day) {
    if (auto ok = detail::check_date(year, month, day); !ok) return std::unexpected(ok.error());
    return std::string(months[month - 1]) + " " + ordinal(static_cast<unsigned>(day)) + ", " +
           year_en(year);
}

std::string en_queue_position(std::int64_t ahead) {
    if (ahead <= 0) return "You are next.";
    if (ahead == 1) return "There is one caller ahead of you.";
    return "There are " + en_number(ahead) + " callers ahead of you.";
}

}  // namespace cti::prompts
