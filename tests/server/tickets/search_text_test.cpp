// Chinese-capable search text: bigram indexing, safe MATCH expressions from anything typed.
#include <catch2/catch.hpp>

#include "cti/tickets/search_text.h"

using namespace cti::tickets;

TEST_CASE("Chinese runs are indexed as bigrams plus their last character, other words as words", "[tickets][search]") {
    CHECK(index_text("停电故障") == "停电 电故 故障 障");
    CHECK(index_text("电") == "电");
    CHECK(index_text("Power OUTAGE 报修，户号12345") == "power outage 报修 修 户号 号 12345");
    CHECK(index_text("") == "");
    CHECK(index_text("\xff\xfe 停电") == "停电 电");  // invalid bytes are separators
}

TEST_CASE("a query becomes quoted phrases and prefixes, never operators", "[tickets][search]") {
    CHECK(match_expression("停电").value() == R"("停电")");
    CHECK(match_expression("停电故障").value() == R"("停电 电故 故障")");
    CHECK(match_expression("电").value() == R"("电"*)");
    CHECK(match_expression("bill 水费").value() == R"("bill"* "水费")");
    // FTS5 syntax and SQL in the input are only separators or words.
    CHECK(match_expression(R"(a" OR "b)").value() == R"("a"* "or"* "b"*)");
    CHECK(match_expression("NEAR(x y) * ^ -'; DROP TABLE work_orders; --").value() ==
          R"("near"* "x"* "y"* "drop"* "table"* "work"* "orders"*)");
    CHECK_FALSE(match_expression("\"\" *** ，。").has_value());
    std::string many;
    for (int i = 0; i < 40; ++i) many += "w" + std::to_string(i) + " ";
    auto limited = match_expression(many).value();
    CHECK(std::count(limited.begin(), limited.end(), '*') == 16);
}

TEST_CASE("facet tokens are out of reach of anything a user types", "[tickets][search]") {
    const std::string mark = "\xEE\x80\x80";  // U+E000
    CHECK(facet_token("caller", "+86-138 0013 8000") == mark + "caller8613800138000");
    CHECK(facet_token("type", "complaint") == mark + "typecomplaint");
    // Typing the mark (or any private-use character) only separates words.
    CHECK(match_expression(mark + "typecomplaint").value() == R"("typecomplaint"*)");
    CHECK(index_text("停电" + mark + "x") == "停电 电 x");
    CHECK_FALSE(match_expression(mark).has_value());
}
