// The fax node (fax on demand): loaded and saved, refused without a document name or with a
// path, and run: the session asks the host to fax the document and finishes.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "cti/ivr/flow_json.h"
#include "cti/ivr/session.h"
#include "cti/ivr/validate.h"

using namespace cti;
using namespace cti::ivr;

namespace {

const KnownNames known{{"welcome"}, {"hotline"}, {"default"}};
const SteadyTime t0{std::chrono::hours(10)};

Flow load(std::string_view nodes) {
    auto f = flow_from_json(fmt::format(R"({{"name": "t", "version": 1, "start": "start", "nodes": [{}]}})", nodes));
    INFO((f ? std::string() : f.error().message));
    REQUIRE(f);
    return *f;
}

std::string problems_of(const Flow& f) {
    std::string all;
    for (const auto& p : validate(f, known)) all += p.node + ": " + p.reason + "\n";
    return all;
}

}  // namespace

TEST_CASE("fax node: loaded, saved and valid with a document name", "[ivr][fax]") {
    const Flow f = load(R"({"id": "start", "type": "play", "prompts": ["welcome"], "next": "send"},
                           {"id": "send", "type": "fax", "document": "电费价目表.tif"})");
    REQUIRE(std::holds_alternative<FaxNode>(f.find("send")->body));
    CHECK(std::get<FaxNode>(f.find("send")->body).document == "电费价目表.tif");
    CHECK(type_name(f.find("send")->body) == "fax");
    CHECK(successors(f.find("send")->body).empty());
    CHECK(problems_of(f).empty());
    auto again = flow_from_json(flow_to_json(f));
    REQUIRE(again);
    CHECK(std::get<FaxNode>(again->find("send")->body).document == "电费价目表.tif");
}

TEST_CASE("fax node: refused without a document, or with a path", "[ivr][fax]") {
    auto missing = problems_of(load(R"({"id": "start", "type": "fax"})"));
    CHECK_THAT(missing, Catch::Contains("start:") && Catch::Contains("document"));
    auto path = problems_of(load(R"({"id": "start", "type": "fax", "document": "../../etc/passwd"})"));
    CHECK_THAT(path, Catch::Contains("not a path"));
    auto hidden = problems_of(load(R"({"id": "start", "type": "fax", "document": "a/b.tif"})"));
    CHECK_THAT(hidden, Catch::Contains("not a path"));
}

TEST_CASE("fax node: the session asks for the fax and leaves the IVR", "[ivr][fax]") {
    IvrSession s(std::make_shared<const Flow>(load(R"({"id": "start", "type": "fax", "document": "price.tif"})")),
                 {.caller = "13800138000"});
    auto a = s.start(t0);
    REQUIRE(a.size() == 1);
    REQUIRE(std::holds_alternative<SendFax>(a[0]));
    CHECK(std::get<SendFax>(a[0]).document == "price.tif");
    CHECK(s.finished());
}
