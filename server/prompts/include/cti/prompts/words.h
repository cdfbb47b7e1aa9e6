#pragma once
// Dynamic values as words, for text to speech: numbers, money, dates and queue positions in
// Chinese (zh_CN) and English. Pure functions, no I/O; the result goes to espeak-ng (speak()) or
// picks prompt files digit by digit.
//
// Chinese follows the spoken reading (GB/T 15835 for when to read digits, not the 大写 forms of
// cheques): sections of four digits with 万 and 亿; one 零 for any run of zeros inside the number
// (1005 一千零五, 1000010 一百万零一十) and none at the end (100000 十万); a leading 一十 is read
// 十 (10 十, 15 十五, but 110 一百一十); years digit by digit with 〇 (二〇二六年).
#include <cstdint>
#include <string>
#include <string_view>

#include "cti/core/error.h"

namespace cti::prompts {

enum class Lang { zh_CN, en };
std::string_view to_string(Lang l) noexcept;          // "zh_CN", "en" (the folder names)
Result<Lang> lang_from_string(std::string_view s);     // invalid_argument for anything else

// Integers (negative: 负 / minus). |n| up to 9999 9999 9999 9999 (万亿 sections) in Chinese.
std::string zh_number(std::int64_t n);
std::string en_number(std::int64_t n);  // "one thousand two hundred thirty-four" (US style)

// A count before a measure word: 2 is 两 (两位, not 二位); otherwise zh_number.
std::string zh_count(std::int64_t n);

// Each digit on its own: phone numbers, ids, years. Chinese zero is 〇 for years (year = true)
// and 零 otherwise; English zero is "zero". Characters that are not digits are skipped.
std::string zh_digits(std::string_view digits, bool year = false);
std::string en_digits(std::string_view digits);

// Money in fen (1 元 = 10 角 = 100 分), exact: parse amounts with parse_amount, never as double.
// 123450 → 一千二百三十四元五角; 123405 → 一千二百三十四元零五分; 5 → 五分; 0 → 零元.
std::string zh_amount(std::int64_t fen);
// 123450 → "one thousand two hundred thirty-four yuan and fifty fen"; 100 → "one yuan".
std::string en_amount(std::int64_t fen);
// "1234.5", "1,234.50", "-3", "0.05" → fen. invalid_argument for more than two decimals or junk.
Result<std::int64_t> parse_amount(std::string_view text);

// A calendar date; no validation beyond ranges (month 1-12, day 1-31, year 1-9999) — out of range
// is invalid_argument. 2026-11-26 → 二〇二六年十一月二十六日 / "November twenty-sixth, twenty twenty-six".
Result<std::string> zh_date(int year, int month, int day);
Result<std::string> en_date(int year, int month, int day);

// The caller's place in a queue: how many are ahead. 3 → 您前面还有三位; 0 → 您是下一位.
// English: "There are three callers ahead of you." / "There is one caller ahead of you." /
// "You are next."
std::string zh_queue_position(std::int64_t ahead);
std::string en_queue_position(std::int64_t ahead);

// How read_values() speaks the numbers inside a text (an IVR tts node's hint).
enum class Reading {
    as_written,  // left to espeak-ng
    digits,      // each digit: an account or phone number (户号 3301 → 三三零一)
    number,      // a quantity: 1234.5 → 一千二百三十四点五
    amount,      // money in yuan: 1,234.50 → 一千二百三十四元五角
    date,        // 2026-11-27, 2026/11/27, 2026.11.27 or 20261127 → 二〇二六年十一月二十七日
};

// The text with every value of that kind replaced by its words in `lang`; a value that does not
// parse as that kind (an amount with three decimals, 2026-13-40) and the rest of the text stay as
// written. A value starts at a digit (or a minus before one) that does not continue a word.
std::string read_values(std::string_view text, Lang lang, Reading how);

}  // namespace cti::prompts
