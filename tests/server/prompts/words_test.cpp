// Numbers, money, dates and queue positions as words, in Chinese and English.
#include <catch2/catch.hpp>

#include <limits>

#include "cti/prompts/words.h"

using namespace cti;
using namespace cti::prompts;

TEST_CASE("Chinese numbers: zeros inside, none at the end, a leading 一十 read 十", "[words][zh]") {
    const std::vector<std::pair<std::int64_t, std::string>> cases = {
        {0, "零"},          {1, "一"},          {2, "二"},           {9, "九"},
        {10, "十"},         {11, "十一"},       {15, "十五"},        {20, "二十"},
        {99, "九十九"},     {100, "一百"},      {101, "一百零一"},   {110, "一百一十"},
        {111, "一百一十一"}, {1000, "一千"},     {1005, "一千零五"},  {1010, "一千零一十"},
        {1050, "一千零五十"}, {1100, "一千一百"}, {1234, "一千二百三十四"},
        {10000, "一万"},    {10001, "一万零一"}, {10010, "一万零一十"}, {10100, "一万零一百"},
        {11000, "一万一千"}, {12345, "一万二千三百四十五"}, {100000, "十万"}, {100010, "十万零一十"},
        {150000, "十五万"}, {1000000, "一百万"}, {1000010, "一百万零一十"},
        {10000001, "一千万零一"}, {20304050, "二千零三十万四千零五十"},
        {100000000, "一亿"}, {100010000, "一亿零一万"}, {100000001, "一亿零一"},
        {110000000, "一亿一千万"}, {1000000000000, "一万亿"},
        {1000000010000, "一万亿零一万"}, {-5, "负五"}, {-1005, "负一千零五"},
    };
    for (const auto& [n, words] : cases) {
        INFO(n);
        CHECK(zh_number(n) == words);
    }
    // Beyond 万亿 sections: digit by digit rather than wrong.
    CHECK(zh_number(std::numeric_limits<std::int64_t>::min()) == "负九二二三三七二零三六八五四七七五八零八");
}

TEST_CASE("Chinese counts, digits and queue positions", "[words][zh]") {
    CHECK(zh_count(2) == "两");
    CHECK(zh_count(3) == "三");
    CHECK(zh_count(12) == "十二");
    CHECK(zh_digits("95598") == "九五五九八");
    CHECK(zh_digits("010-8888") == "零一零八八八八");
    CHECK(zh_digits("2006", true) == "二〇〇六");
    CHECK(zh_queue_position(3) == "您前面还有三位");
    CHECK(zh_queue_position(2) == "您前面还有两位");
    CHECK(zh_queue_position(1) == "您前面还有一位");
    CHECK(zh_queue_position(10) == "您前面还有十位");
    CHECK(zh_queue_position(105) == "您前面还有一百零五位");
    CHECK(zh_queue_position(0) == "您是下一位");
    CHECK(zh_queue_position(-1) == "您是下一位");
}

TEST_CASE("Chinese amounts in 元, 角 and 分", "[words][zh][amount]") {
    const std::vector<std::pair<std::int64_t, std::string>> cases = {
        {123450, "一千二百三十四元五角"}, {123405, "一千二百三十四元零五分"},
        {123456, "一千二百三十四元五角六分"}, {123400, "一千二百三十四元"},
        {5, "五分"}, {50, "五角"}, {55, "五角五分"}, {0, "零元"}, {100, "一元"},
        {1000, "十元"}, {100005, "一千元零五分"}, {10000000, "十万元"},
        {-250, "负二元五角"}, {1000000000, "一千万元"},
    };
    for (const auto& [fen, words] : cases) {
        INFO(fen);
        CHECK(zh_amount(fen) == words);
    }
}

TEST_CASE("amounts are parsed exactly, in fen", "[words][amount]") {
    CHECK(parse_amount("1234.5").value() == 123450);
    CHECK(parse_amount("1,234.50").value() == 123450);
    CHECK(parse_amount("0.05").value() == 5);
    CHECK(parse_amount("12").value() == 1200);
    CHECK(parse_amount("-3").value() == -300);
    CHECK(parse_amount(".5").value() == 50);
    CHECK(zh_amount(*parse_amount("1234.5")) == "一千二百三十四元五角");
    for (const char* bad : {"", "-", ".", "1.234", "12a", "1.2.3", "1e5", "99999999999999999999"}) {
        INFO(bad);
        auto r = parse_amount(bad);
        REQUIRE(!r);
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK(r.error().message.find("1234.5") != std::string::npos);  // says how to write it
    }
}

TEST_CASE("Chinese dates", "[words][zh][date]") {
    CHECK(zh_date(2026, 11, 26).value() == "二〇二六年十一月二十六日");
    CHECK(zh_date(2000, 1, 1).value() == "二〇〇〇年一月一日");
    CHECK(zh_date(2019, 10, 10).value() == "二〇一九年十月十日");
    CHECK(zh_date(2024, 12, 31).value() == "二〇二四年十二月三十一日");
    CHECK(zh_date(2024, 2, 20).value() == "二〇二四年二月二十日");
    CHECK(!zh_date(2024, 13, 1));
    CHECK(!zh_date(2024, 1, 0));
    CHECK(zh_date(0, 1, 1).error().code == Errc::invalid_argument);
}

TEST_CASE("English numbers", "[words][en]") {
    const std::vector<std::pair<std::int64_t, std::string>> cases = {
        {0, "zero"}, {7, "seven"}, {13, "thirteen"}, {20, "twenty"}, {21, "twenty-one"},
        {99, "ninety-nine"}, {100, "one hundred"}, {101, "one hundred one"},
        {110, "one hundred ten"}, {1005, "one thousand five"}, {1010, "one thousand ten"},
        {1234, "one thousand two hundred thirty-four"}, {10000, "ten thousand"},
        {100000, "one hundred thousand"}, {1000001, "one million one"},
        {2000300, "two million three hundred"}, {1000000000, "one billion"},
        {-42, "minus forty-two"},
    };
    for (const auto& [n, words] : cases) {
        INFO(n);
        CHECK(en_number(n) == words);
    }
    CHECK(en_number(std::numeric_limits<std::int64_t>::min()).starts_with("minus nine quintillion"));
    CHECK(en_digits("95598") == "nine five five nine eight");
    CHECK(en_digits("1-0") == "one zero");
}

TEST_CASE("English amounts, dates and queue positions", "[words][en]") {
    CHECK(en_amount(123450) == "one thousand two hundred thirty-four yuan and fifty fen");
    CHECK(en_amount(100) == "one yuan");
    CHECK(en_amount(5) == "five fen");
    CHECK(en_amount(0) == "zero yuan");
    CHECK(en_amount(-1001) == "minus ten yuan and one fen");
    CHECK(en_date(2026, 11, 26).value() == "November twenty-sixth, twenty twenty-six");
    CHECK(en_date(2001, 1, 1).value() == "January first, two thousand one");
    CHECK(en_date(1999, 12, 31).value() == "December thirty-first, nineteen ninety-nine");
    CHECK(en_date(1905, 3, 2).value() == "March second, nineteen oh five");
    CHECK(en_date(1900, 5, 3).value() == "May third, nineteen hundred");
    CHECK(en_date(2010, 6, 12).value() == "June twelfth, twenty ten");
    CHECK(en_date(2030, 7, 20).value() == "July twentieth, twenty thirty");
    CHECK(en_date(2030, 8, 22).value() == "August twenty-second, twenty thirty");
    CHECK(en_date(2030, 9, 11).value() == "September eleventh, twenty thirty");
    CHECK(!en_date(2030, 0, 11));
    CHECK(en_queue_position(3) == "There are three callers ahead of you.");
    CHECK(en_queue_position(1) == "There is one caller ahead of you.");
    CHECK(en_queue_position(0) == "You are next.");
}

TEST_CASE("languages by name", "[words]") {
    CHECK(lang_from_string("zh_CN").value() == Lang::zh_CN);
    CHECK(lang_from_string("en").value() == Lang::en);
    CHECK(to_string(Lang::zh_CN) == "zh_CN");
    auto bad = lang_from_string("fr");
    REQUIRE(!bad);
    CHECK(bad.error().message.find("zh_CN or en") != std::string::npos);
}

TEST_CASE("values inside a spoken text are read as the hint says", "[words][reading]") {
    using R = Reading;
    CHECK(read_values("您的电费余额为128.50，请及时缴纳", Lang::zh_CN, R::amount) == "您的电费余额为一百二十八元五角，请及时缴纳");
    CHECK(read_values("欠费1,234.05", Lang::zh_CN, R::amount) == "欠费一千二百三十四元零五分");
    CHECK(read_values("余额-3", Lang::zh_CN, R::amount) == "余额负三元");
    CHECK(read_values("三位小数1.005不是金额", Lang::zh_CN, R::amount) == "三位小数1.005不是金额");
    CHECK(read_values("您的户号是3301005", Lang::zh_CN, R::digits) == "您的户号是三三零一零零五");
    CHECK(read_values("本月用电1234.5度。", Lang::zh_CN, R::number) == "本月用电一千二百三十四点五度。");
    CHECK(read_values("预计2026-11-27恢复供电", Lang::zh_CN, R::date) == "预计二〇二六年十一月二十七日恢复供电");
    CHECK(read_values("截止20261130", Lang::zh_CN, R::date) == "截止二〇二六年十一月三十日");
    CHECK(read_values("2026-13-40", Lang::zh_CN, R::date) == "2026-13-40");  // not a date: as written
    CHECK(read_values("Your balance is 12.5.", Lang::en, R::amount) == "Your balance is twelve yuan and fifty fen.");
    CHECK(read_values("Account 3301", Lang::en, R::digits) == "Account three three zero one");
    CHECK(read_values("表号A12不读", Lang::zh_CN, R::digits) == "表号A12不读");  // part of a word
    CHECK(read_values("余额128.50", Lang::zh_CN, R::as_written) == "余额128.50");
    CHECK(read_values("", Lang::zh_CN, R::number).empty());
}
