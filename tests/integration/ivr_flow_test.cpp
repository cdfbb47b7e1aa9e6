// IVR flows changed at run time over the protocol: refused with every reason and the running
// version kept, or stored as a new version; only administrators may.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "cti/storage/database.h"
#include "cti/storage/ivr.h"
#include "test_server.h"

using namespace cti;
using namespace cti::test;

namespace {

std::string demo_flow() {
    std::ifstream in(CTI_SOURCE_DIR "/server/ivr/flows/demo_utility_hotline.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

client::Result<wire::Envelope> save(client::Client& c, const std::string& json) {
    wire::Envelope e;
    e.mutable_save_ivr_flow()->set_definition(json);
    return c.request(e);
}

}  // namespace

TEST_CASE("an administrator changes an IVR flow at run time, bad flows are refused with the reason",
          "[ivr][protocol][bad-input]") {
    TestServer server;
    auto admin = server.login("admin");
    expect_snapshot(*admin);
    const std::string flow = demo_flow();
    REQUIRE(flow.find("\"main_menu\"") != std::string::npos);

    SECTION("not JSON") {
        auto r = save(*admin, "{not json");
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
    }
    SECTION("a node nobody reaches, an unknown queue") {
        std::string bad = flow;
        const auto at = bad.find("\"nodes\": [");
        REQUIRE(at != std::string::npos);
        bad.insert(at + std::string("\"nodes\": [").size(),
                   R"({"id": "orphan", "type": "queue", "queue": "没有这个队列"},)");
        auto r = save(*admin, bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::INVALID_ARGUMENT);
        CHECK_THAT(r.error().message, Catch::Contains("orphan") && Catch::Contains("running version stays"));
        CHECK_THAT(r.error().message, Catch::Contains("没有这个队列"));
    }
    SECTION("a valid change becomes version 2") {
        auto r = save(*admin, flow);
        REQUIRE(r);
        CHECK(r->save_ivr_flow_ok().name() == "demo_utility_hotline");
        CHECK(r->save_ivr_flow_ok().version() == 2);
    }
    SECTION("an agent may not") {
        auto agent = server.login("1001");
        expect_snapshot(*agent);
        auto r = save(*agent, flow);
        REQUIRE_FALSE(r);
        CHECK(r.error().server_code == wire::PERMISSION_DENIED);
    }
    CHECK(ping_ok(*admin));
    server.stop();
    auto db = storage::Database::open(server.config().database_path(), {.read_only = true});
    REQUIRE(db);
    auto latest = storage::latest_ivr_flows(*db);
    REQUIRE(latest);
    // The demo's two flows (the hotline and the satisfaction survey), each at its latest version.
    REQUIRE(latest->size() == 2);
    const auto hotline = std::ranges::find(*latest, std::string("demo_utility_hotline"), &storage::IvrFlowRecord::name);
    REQUIRE(hotline != latest->end());
    CHECK(hotline->version >= 1);
}

TEST_CASE("the flow editor lists the flows with the names they may use and reads one back", "[ivr][protocol]") {
    TestServer server;
    auto admin = server.login("admin");
    expect_snapshot(*admin);
    wire::Envelope list;
    list.mutable_list_ivr_flows();
    auto r = admin->request(list);
    REQUIRE(r);
    const auto& ok = r->list_ivr_flows_ok();
    REQUIRE(ok.flows_size() == 2);
    CHECK(std::ranges::count(ok.queues(), std::string("热线总队列")) == 1);
    CHECK(std::ranges::count(ok.prompts(), std::string("main_menu")) == 1);
    CHECK(std::ranges::count(ok.calendars(), std::string("default")) == 1);

    // Saved by the administrator: the new version, and who saved it.
    REQUIRE(save(*admin, demo_flow()));
    wire::Envelope get;
    get.mutable_get_ivr_flow()->set_name("demo_utility_hotline");
    auto newest = admin->request(get);
    REQUIRE(newest);
    CHECK(newest->get_ivr_flow_ok().flow().version() == 2);
    CHECK(newest->get_ivr_flow_ok().flow().author() == "admin");
    CHECK(newest->get_ivr_flow_ok().definition() == demo_flow());
    get.mutable_get_ivr_flow()->set_version(1);
    auto first = admin->request(get);
    REQUIRE(first);
    CHECK(first->get_ivr_flow_ok().flow().author().empty());  // seeded

    get.mutable_get_ivr_flow()->set_version(9);
    auto missing = admin->request(get);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().server_code == wire::NOT_FOUND);
    CHECK_THAT(missing.error().message, Catch::Contains("has no version 9"));
    get.mutable_get_ivr_flow()->set_name(std::string(65, 'x'));
    auto too_long = admin->request(get);
    REQUIRE_FALSE(too_long);
    CHECK(too_long.error().server_code == wire::INVALID_ARGUMENT);

    auto leader = server.login("leader");
    expect_snapshot(*leader);
    auto refused = leader->request(list);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().server_code == wire::PERMISSION_DENIED);
    CHECK(ping_ok(*admin));
}
