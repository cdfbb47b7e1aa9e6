// Call-list import: UTF-8 and GBK files, every kind of bad row reported with its line and the
// rest imported, duplicates and the do-not-call list, limits, and phone normalization.
#include <catch2/catch.hpp>

#include <string>

#include "cti/campaign/call_list.h"

using namespace cti;
using namespace cti::campaign;

namespace {

const DoNotCallList no_dnc;

CallListImport import_ok(std::string_view csv, const DoNotCallList& dnc = no_dnc,
                         const ImportOptions& opt = {}) {
    auto r = import_call_list(csv, dnc, opt);
    INFO((r ? std::string() : r.error().message));
    REQUIRE(r);
    return *r;
}

std::string value(const CallListEntry& e, std::string_view column) {
    for (const auto& [name, v] : e.data)
        if (name == column) return v;
    return "<none>";
}

// "line kind" pairs, to compare a whole report at once.
std::vector<std::pair<int, ProblemKind>> report(const CallListImport& r) {
    std::vector<std::pair<int, ProblemKind>> out;
    for (const auto& p : r.problems) out.emplace_back(p.line, p.kind);
    return out;
}

}  // namespace

TEST_CASE("a UTF-8 list with a byte order mark imports with its data columns", "[campaign][csv]") {
    const std::string csv =
        "\xEF\xBB\xBF" "姓名,phone,欠费金额,备注\r\n"
        "张三,13800138000,128.50,\"城东, 3号楼\"\r\n"
        "李四, 139-0013-9000 ,0,\"他说\"\"晚上再打\"\"\"\r\n"
        "王五,010 6552 8888,36,\"两行\r\n备注\"\r\n"
        "赵六,+86 137 0013 7000,5,\r\n";
    const auto r = import_ok(csv);
    CHECK(r.encoding == TextEncoding::utf8);
    CHECK(r.columns == std::vector<std::string>{"姓名", "phone", "欠费金额", "备注"});
    CHECK(r.problems.empty());
    CHECK(r.rows == 4);
    REQUIRE(r.entries.size() == 4);
    CHECK(r.entries[0].phone == "13800138000");
    CHECK(r.entries[0].line == 2);
    CHECK(value(r.entries[0], "姓名") == "张三");
    CHECK(value(r.entries[0], "备注") == "城东, 3号楼");
    CHECK(r.entries[0].data.size() == 3);  // every column but the phone, in file order
    CHECK(r.entries[0].data[0].first == "姓名");
    CHECK(r.entries[1].phone == "13900139000");
    CHECK(value(r.entries[1], "备注") == "他说\"晚上再打\"");
    CHECK(r.entries[2].phone == "01065528888");
    CHECK(value(r.entries[2], "备注") == "两行\r\n备注");
    // The row after a two-line value starts on line 6.
    CHECK(r.entries[3].line == 6);
    CHECK(r.entries[3].phone == "13700137000");
    CHECK(value(r.entries[3], "备注").empty());
    CHECK(summary(r) == "imported 4 of 4 rows");
}

TEST_CASE("a GBK list is detected and converted to UTF-8", "[campaign][csv]") {
    // 姓名,电话,金额 / 张三,13800138000,128 / 李四,13900139000,36 written in GBK (Excel's
    // plain "CSV" on a Chinese Windows).
    const std::string csv =
        "\xD0\xD5\xC3\xFB,\xB5\xE7\xBB\xB0,\xBD\xF0\xB6\xEE\r\n"
        "\xD5\xC5\xC8\xFD,13800138000,128\r\n"
        "\xC0\xEE\xCB\xC4,13900139000,36\r\n";
    const auto r = import_ok(csv);
    CHECK(r.encoding == TextEncoding::gbk);
    CHECK(r.columns == std::vector<std::string>{"姓名", "电话", "金额"});
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[0].phone == "13800138000");
    CHECK(value(r.entries[0], "姓名") == "张三");
    CHECK(value(r.entries[1], "姓名") == "李四");
    CHECK(value(r.entries[1], "金额") == "36");

    SECTION("the importing user may name the encoding") {
        ImportOptions gbk;
        gbk.encoding = TextEncoding::gbk;
        CHECK(import_ok(csv, no_dnc, gbk).entries.size() == 2);

        // Read as UTF-8 against its bytes: the header cannot be read, and the advice says how.
        ImportOptions utf8;
        utf8.encoding = TextEncoding::utf8;
        auto bad = import_call_list(csv, no_dnc, utf8);
        REQUIRE_FALSE(bad);
        CHECK_THAT(bad.error().message, Catch::Contains("line 1") && Catch::Contains("not valid UTF-8") &&
                                            Catch::Contains("GBK"));
    }
    SECTION("a row that is not text in the chosen encoding is reported and skipped") {
        ImportOptions utf8;
        utf8.encoding = TextEncoding::utf8;
        const std::string mixed = "phone,name\n13800138000,Zhang\n13900139000,\xD5\xC5\xC8\xFD\n13700137000,Li\n";
        const auto r2 = import_ok(mixed, no_dnc, utf8);
        CHECK(report(r2) == std::vector<std::pair<int, ProblemKind>>{{3, ProblemKind::invalid_text}});
        CHECK_THAT(r2.problems[0].message, Catch::Contains("column 2 (name)"));
        CHECK(r2.entries.size() == 2);
    }
}

TEST_CASE("encoding detection and names", "[campaign][csv]") {
    CHECK(is_valid_utf8("张三 abc"));
    CHECK_FALSE(is_valid_utf8("\xD5\xC5\xC8\xFD"));
    CHECK_FALSE(is_valid_utf8("\xC0\x80"));          // overlong NUL
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // a surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE5\xBC"));          // cut short
    CHECK(detect_encoding("phone\n1380013800") == TextEncoding::utf8);
    CHECK(detect_encoding("\xD5\xC5\xC8\xFD") == TextEncoding::gbk);
    CHECK(text_encoding_from_string("GB18030") == std::nullopt);  // names are exact
    CHECK(text_encoding_from_string("gb18030") == TextEncoding::gbk);
    CHECK(text_encoding_from_string("utf-8") == TextEncoding::utf8);
    CHECK(to_string(TextEncoding::gbk) == "gbk");
    auto d = GbkDecoder::open();
    REQUIRE(d);
    CHECK(d->decode("\xD5\xC5\xC8\xFD") == "张三");
    CHECK_FALSE(d->decode("\xD5").has_value());  // a lead byte without its trail byte
}

TEST_CASE("each bad row is reported with its line number and the rest imports", "[campaign][csv]") {
    const std::string csv =
        "phone,name,amount\n"         // 1
        "13800138000,张三,10\n"        // 2 ok
        "13800138001,李四\n"           // 3 one value missing
        "13800138002,王五,1,2\n"       // 4 one value too many
        ",赵六,3\n"                    // 5 empty phone
        "1380013800,钱七,4\n"          // 6 a mobile number with 10 digits
        "138-abc-0000,孙八,5\n"        // 7 letters
        "13800138003,\"周九\"x,6\n"    // 8 text after a closing quote
        "13800138004,吴\"十,7\n"       // 9 a quote inside an unquoted value
        "\n"                           // 10 empty: skipped silently
        "13800138005,郑十一,8\n"       // 11 ok
        "13800138006,\"王十二,9\n"     // 12 a quote never closed: it swallows the next lines...
        "13800138007,冯十三,10\n"      // 13 ...which are read again on their own
        "13800138008,陈十四,11\n";     // 14
    const auto r = import_ok(csv);
    CHECK(report(r) == std::vector<std::pair<int, ProblemKind>>{
                           {3, ProblemKind::wrong_column_count},
                           {4, ProblemKind::wrong_column_count},
                           {5, ProblemKind::empty_phone},
                           {6, ProblemKind::invalid_phone},
                           {7, ProblemKind::invalid_phone},
                           {8, ProblemKind::bad_quote},
                           {9, ProblemKind::bad_quote},
                           {12, ProblemKind::unterminated_quote},
                       });
    std::vector<int> lines;
    for (const auto& e : r.entries) lines.push_back(e.line);
    CHECK(lines == std::vector<int>{2, 11, 13, 14});
    CHECK(r.rows == 12);  // lines 2-9 and 11-14: the lines row 12 swallowed count once, read again
    // The messages say what is wrong and what to do.
    CHECK_THAT(r.problems[0].message, Catch::Contains("2 values but the header has 3 columns") &&
                                          Catch::Contains("double quotes"));
    CHECK_THAT(r.problems[2].message, Catch::Contains("fill in the number or delete the row"));
    CHECK_THAT(r.problems[3].message, Catch::Contains("a mobile number has 11"));
    CHECK_THAT(r.problems[4].message, Catch::Contains("only digits"));
    CHECK_THAT(r.problems[5].message, Catch::Contains("column 2 (name)") && Catch::Contains("after its closing"));
    CHECK_THAT(r.problems[7].message, Catch::Contains("never closed") && Catch::Contains("missing '\"'"));
    CHECK_THAT(summary(r), Catch::StartsWith("imported 4 of 12 rows; 8 skipped:") &&
                               Catch::Contains("2 wrong_column_count"));
}

TEST_CASE("duplicates and do-not-call numbers are reported and skipped", "[campaign][csv]") {
    DoNotCallList dnc;
    REQUIRE(dnc.add("139 0013 9000"));
    REQUIRE(dnc.add("+86 10 6552 8888"));
    CHECK_FALSE(dnc.add("not a number"));
    CHECK(dnc.size() == 2);
    const std::string csv =
        "phone,name\n"
        "13800138000,a\n"          // 2
        "+86 138 0013 8000,b\n"    // 3 the same number as line 2
        "13900139000,c\n"          // 4 on the list
        "010-65528888,d\n"         // 5 on the list (written as +86 10 … there)
        "0086 13800138000,e\n"     // 6 line 2 again
        "13700137000,f\n";         // 7
    const auto r = import_ok(csv, dnc);
    CHECK(report(r) == std::vector<std::pair<int, ProblemKind>>{{3, ProblemKind::duplicate},
                                                                {4, ProblemKind::do_not_call},
                                                                {5, ProblemKind::do_not_call},
                                                                {6, ProblemKind::duplicate}});
    CHECK_THAT(r.problems[0].message, Catch::Contains("13800138000 is already on line 2"));
    CHECK_THAT(r.problems[1].message, Catch::Contains("do-not-call list"));
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[1].phone == "13700137000");
}

TEST_CASE("files that cannot be imported at all say why", "[campaign][csv]") {
    auto fails_with = [](std::string_view csv, std::string_view text, ImportOptions opt = {}) {
        auto r = import_call_list(csv, no_dnc, opt);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == Errc::invalid_argument);
        CHECK_THAT(r.error().message, Catch::Contains(std::string(text)));
    };
    fails_with("", "the file is empty");
    fails_with("\n\n", "the file is empty");
    fails_with("name,amount\n张三,1\n", "no phone column (its columns: name, amount)");
    fails_with("phone,,x\n1,2,3\n", "column 2 has no name");
    fails_with("phone,name,name\n", "'name' appears twice");
    fails_with("\xFF\xFEp\0h\0", "UTF-16");
    fails_with("phone,\"name\n", "not a valid CSV row");

    ImportOptions small;
    small.limits.max_rows = 2;
    fails_with("phone\n13800138000\n13800138001\n13800138002\n", "more than 2 rows (line 4", small);
    CHECK(import_call_list("phone\n13800138000\n13800138001\n", no_dnc, small));
    small.limits.max_bytes = 10;
    fails_with("phone\n13800138000\n", "the file is 18 bytes, more than the 10 bytes one import takes; split",
               small);
    small = {};
    small.limits.max_columns = 2;
    fails_with("phone,a,b\n", "3 columns, more than 2", small);
}

TEST_CASE("a value over the field limit skips its row only", "[campaign][csv]") {
    ImportOptions opt;
    opt.limits.max_field_bytes = 12;
    const auto r = import_ok("phone,note\n13800138000,short\n13800138001,much too long\n13800138002,\"also too long\"\n"
                             "13800138003,ok\n",
                             no_dnc, opt);
    CHECK(report(r) == std::vector<std::pair<int, ProblemKind>>{{3, ProblemKind::field_too_long},
                                                                {4, ProblemKind::field_too_long}});
    REQUIRE(r.problems.size() == 2);
    CHECK_THAT(r.problems[0].message, Catch::Contains("column 2 (note) is longer than 12 bytes"));
    REQUIRE(r.entries.size() == 2);
    CHECK(r.entries[1].line == 5);
}

TEST_CASE("the phone column may have a Chinese name", "[campaign][csv]") {
    const auto r = import_ok("客户, 手机号码 \n张三,13800138000\n");
    REQUIRE(r.entries.size() == 1);
    CHECK(r.entries[0].data == std::vector<std::pair<std::string, std::string>>{{"客户", "张三"}});
    const auto upper = import_ok("Name,PHONE\nx,13800138000\n");
    CHECK(upper.entries.size() == 1);
}

TEST_CASE("phone numbers are normalized as people write them", "[campaign][phone]") {
    auto n = [](std::string_view s) {
        auto r = normalize_phone(s);
        return r ? *r : "error: " + r.error().message;
    };
    CHECK(n("13800138000") == "13800138000");
    CHECK(n("138 0013 8000") == "13800138000");
    CHECK(n("138-0013-8000") == "13800138000");
    CHECK(n("+86 138 0013 8000") == "13800138000");
    CHECK(n("0086-13800138000") == "13800138000");
    CHECK(n("(010) 6552-8888") == "01065528888");
    CHECK(n("+86 10 6552 8888") == "01065528888");
    CHECK(n("+86 571 8888 7777") == "057188887777");
    CHECK(n("１３８００１３８０００") == "13800138000");  // full-width digits
    CHECK(n("+1 650 253 0000") == "+16502530000");
    CHECK(n("0044 20 7946 0000") == "+442079460000");
    CHECK(n("95598") == "95598");
    CHECK(n("12345") == "12345");
    CHECK_THAT(n("1380013800"), Catch::Contains("a mobile number has 11"));
    CHECK_THAT(n("12"), Catch::Contains("3 to 20"));
    CHECK_THAT(n("--"), Catch::Contains("has no digits"));
    CHECK_THAT(n("138x"), Catch::Contains("only digits"));
    CHECK_THAT(n("13+8"), Catch::Contains("only digits"));
    // "00" after the country code would be read as an international prefix the next time
    // (fuzz_call_list): refused, so that a normalized number normalizes to itself.
    CHECK_THAT(n("0086 0000 0008 8888 88"), Catch::Contains("\"00\" after the country code"));
    for (std::string_view once : {"13800138000", "01065528888", "+442079460000", "95598"})
        CHECK(n(n(once)) == n(once));
}
