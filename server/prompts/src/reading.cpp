// read_values(): the numbers inside a spoken text as words, the way the flow's hint says to read
// them. espeak-ng's Mandarin voice reads "1234.5" digit by digit or in English order depending on
// its version, and an amount or a date needs its units (元角分, 年月日) anyway.
#include <algorithm>
#include <cctype>
#include <optional>
#include <limits>

#include "cti/prompts/words.h"

namespace cti::prompts {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The longest prefix of `s` made only of characters `allowed` accepts, starting with a digit.
std::size_t run_length(std::string_view s, bool (*allowed)(char)) {
    std::size_t n = 0;
    while (n < s.size() && allowed(s[n])) ++n;
    while (n > 0 && !digit(s[n - 1])) --n;  // "12." at the end of a sentence: the point is not ours
    return n;
}

std::optional<std::int64_t> to_int(std::string_view digits) {
    if (digits.empty() || digits.size() > 16) return std::nullopt;  // beyond 万亿: read digit by digit
    std::int64_t v = 0;
    for (char c : digits) {
        if (!digit(c)) return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string number_words(std::string_view s, Lang lang) {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    const auto point = s.find('.');
    const auto whole = s.substr(0, point);
    std::string out;
    if (auto v = to_int(whole)) out = lang == Lang::zh_CN ? zh_number(negative ? -*v : *v) : en_number(negative ? -*v : *v);
    else out = (negative ? (lang == Lang::zh_CN ? "负" : "minus ") : "") + (lang == Lang::zh_CN ? zh_digits(whole) : en_digits(whole));
    if (point != std::string_view::npos) {
        const auto decimals = s.substr(point + 1);
        out += lang == Lang::zh_CN ? "点" + zh_digits(decimals) : " point " + en_digits(decimals);
    }
    return out;
}

// 2026-11-27, 2026/11/27, 2026.11.27 or 20261127.
std::optional<std::string> date_words(std::string_view s, Lang lang) {
    int parts[3] = {0, 0, 0};
    if (s.size() == 8 && std::all_of(s.begin(), s.end(), digit)) {
        parts[0] = std::stoi(std::string(s.substr(0, 4)));
        parts[1] = std::stoi(std::string(s.substr(4, 2)));
        parts[2] = std::stoi(std::string(s.substr(6, 2)));
    } else {
        int i = 0;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= s.size(); ++k) {
            if (k < s.size() && digit(s[k])) continue;
            const auto field = s.substr(start, k - start);
            if (i > 2 || field.empty() || field.size() > 4) return std::nullopt;
            parts[i++] = std::stoi(std::string(field));
            start = k + 1;
        }
        if (i != 3) return std::nullopt;
    }
    auto words = lang == Lang::zh_CN ? zh_date(parts[0], parts[1], parts[2]) : en_date(parts[0], parts[1], parts[2]);
    if (!words) return std::nullopt;
    return *words;
}

// One value starting at s[0] (a digit, or '-' before one): how many bytes it takes and its words,
// or nothing when it is not a value of this kind (then it is spoken as written).
std::optional<std::pair<std::size_t, std::string>> value_at(std::string_view s, Lang lang, Reading how) {
    switch (how) {
        case Reading::as_written: return std::nullopt;
        case Reading::digits: {
            const auto n = run_length(s, digit);
            if (n == 0) return std::nullopt;
            return std::pair{n, lang == Lang::zh_CN ? zh_digits(s.substr(0, n)) : en_digits(s.substr(0, n))};
        }
        case Reading::number: {
            const std::size_t sign = s.front() == '-' ? 1 : 0;
            const auto n = run_length(s.substr(sign), [](char c) { return digit(c) || c == '.'; });
            const auto text = s.substr(0, sign + n);
            if (n == 0 || std::count(text.begin(), text.end(), '.') > 1) return std::nullopt;
            return std::pair{sign + n, number_words(text, lang)};
        }
        case Reading::amount: {
            const std::size_t sign = s.front() == '-' ? 1 : 0;
            const auto n = run_length(s.substr(sign), [](char c) { return digit(c) || c == '.' || c == ','; });
            if (n == 0) return std::nullopt;
            auto fen = parse_amount(s.substr(0, sign + n));
            if (!fen) return std::nullopt;
            return std::pair{sign + n, lang == Lang::zh_CN ? zh_amount(*fen) : en_amount(*fen)};
        }
        case Reading::date: {
            const auto n = run_length(s, [](char c) { return digit(c) || c == '-' || c == '/' || c == '.'; });
            if (n == 0) return std::nullopt;
            auto words = date_words(s.substr(0, n), lang);
            if (!words) return std::nullopt;
            return std::pair{n, std::move(*words)};
        }
    }
    return std::nullopt;
}

}  // namespace

std::string read_values(std::string_view text, Lang lang, Reading how) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool starts = digit(text[i]) || (text[i] == '-' && i + 1 < text.size() && digit(text[i + 1]) &&
                                                (i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]))));
        // A value starts at a digit that does not continue a word or a number ("A12", "3-4").
        const bool inside = i > 0 && (digit(text[i - 1]) || std::isalpha(static_cast<unsigned char>(text[i - 1])));
        if (starts && !inside) {
            if (auto v = value_at(text.substr(i), lang, how)) {
                out += v->second;
                i += v->first;
                continue;
            }
            // Not a value of this kind: copy the whole run as written.
            std::size_t n = 1;
            while (i + n < text.size() && (digit(text[i + n]) || text[i + n] == '.' || text[i + n] == ',' ||
                                           text[i + n] == '-' || text[i + n] == '/'))
                ++n;
            out.append(text.substr(i, n));
            i += n;
            continue;
        }
        out += text[i++];
    }
    return out;
}

}  // namespace cti::prompts
