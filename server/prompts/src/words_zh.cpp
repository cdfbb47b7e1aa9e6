// Chinese readings of numbers, money, dates and queue positions (see words.h for the rules).
#include <array>
#include <vector>

#include "cti/prompts/words.h"
#include "words_detail.h"

namespace cti::prompts {
namespace {

using detail::magnitude;

constexpr std::array<std::string_view, 10> digit_zh = {"零", "一", "二", "三", "四",
                                                       "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 4> place_zh = {"千", "百", "十", ""};
constexpr std::array<std::string_view, 4> section_unit = {"", "万", "亿", "万亿"};
constexpr std::uint64_t max_sectioned = 9999'9999'9999'9999ULL;

// 1..9999: zeros inside the section are one 零; trailing zeros are silent.
std::string section(unsigned n) {
    std::string out;
    bool zero = false;
    unsigned div = 1000;
    for (std::size_t i = 0; i < 4; ++i, div /= 10) {
        const unsigned d = n / div % 10;
        if (d == 0) {
            zero = !out.empty();
            continue;
        }
        if (zero) out += digit_zh[0];
        zero = false;
        out += digit_zh[d];
        out += place_zh[i];
    }
    return out;
}

std::string unsigned_zh(std::uint64_t v) {
    if (v == 0) return std::string(digit_zh[0]);
    if (v > max_sectioned) return zh_digits(std::to_string(v));  // beyond 万亿: digit by digit
    std::vector<unsigned> sections;
    for (; v > 0; v /= 10000) sections.push_back(static_cast<unsigned>(v % 10000));
    std::string out;
    bool gap = false;  // a whole section of zeros since the last one read
    for (std::size_t i = sections.size(); i-- > 0;) {
        const unsigned s = sections[i];
        if (s == 0) {
            gap = !out.empty();
            continue;
        }
        // 一万零五百 (section below 1000), 一亿零一万 (a zero section between).
        if (!out.empty() && (gap || s < 1000)) out += digit_zh[0];
        gap = false;
        out += section(s);
        out += section_unit[i];
    }
    // 一十 at the very start is read 十: 十, 十五, 十万 (but 一百一十 keeps its 一).
    constexpr std::string_view yi_shi = "一十";
    if (out.starts_with(yi_shi)) out.erase(0, digit_zh[1].size());
    return out;
}

}  // namespace

std::string zh_number(std::int64_t n) {
    return n < 0 ? "负" + unsigned_zh(magnitude(n)) : unsigned_zh(magnitude(n));
}

std::string zh_count(std::int64_t n) { return n == 2 ? "两" : zh_number(n); }

std::string zh_digits(std::string_view digits, bool year) {
    std::string out;
    for (char c : digits) {
        if (c < '0' || c > '9') continue;
        out += c == '0' && year ? std::string_view("〇") : digit_zh[c - '0'];
    }
    return out;
}

std::string zh_amount(std::int64_t fen) {
    const std::uint64_t v = magnitude(fen);
    const std::uint64_t yuan = v / 100;
    const auto jiao = static_cast<unsigned>(v / 10 % 10), fen_digit = static_cast<unsigned>(v % 10);
    std::string out;
    if (yuan > 0) out += unsigned_zh(yuan) + "元";
    if (jiao > 0) out += std::string(digit_zh[jiao]) + "角";
    if (fen_digit > 0) {
        if (jiao == 0 && yuan > 0) out += digit_zh[0];  // 三元零五分
        out += std::string(digit_zh[fen_digit]) + "分";
    }
    if (out.empty()) return "零元";
    return fen < 0 ? "负" + out : out;
}

Result<std::string> zh_date(int year, int month, int day) {
    if (auto ok = detail::check_date(year, month, day); !ok) return std::unexpected(ok.error());
    return zh_digits(std::to_string(year), true) + "年" + zh_number(month) + "月" +
           zh_number(day) + "日";
}

std::string zh_queue_position(std::int64_t ahead) {
    if (ahead <= 0) return "您是下一位";
    return "您前面还有" + zh_count(ahead) + "位";
}

}  // namespace cti::prompts
