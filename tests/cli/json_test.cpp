#include <catch2/catch.hpp>

#include "cti/client/json.h"
#include "cti.pb.h"

using cti::client::to_json;

TEST_CASE("an envelope prints as one line of JSON with the .proto field names") {
    cti::wire::Envelope envelope;
    envelope.set_request_id(7);
    auto* presence = envelope.mutable_event()->mutable_presence();
    envelope.mutable_event()->set_seq(12);
    presence->set_user_id(42);
    presence->set_login("alice");
    presence->set_online(false);

    const std::string json = to_json(envelope);
    CHECK(json ==
          R"({"request_id":"7","event":{"seq":"12","time_ms":"0","presence":{"user_id":"42","login":"alice","online":false}}})");
    CHECK(json.find('\n') == std::string::npos);
}

TEST_CASE("enums print as names and repeated fields as arrays") {
    cti::wire::UserInfo user;
    user.set_login("bob");
    user.set_role(cti::wire::SUPERVISOR);
    user.add_permissions("announcement.post");
    const std::string json = to_json(user);
    CHECK(json.find(R"("role":"SUPERVISOR")") != std::string::npos);
    CHECK(json.find(R"("permissions":["announcement.post"])") != std::string::npos);
    CHECK(json.find(R"("display_name":"")") != std::string::npos);
}

TEST_CASE("text is escaped for JSON") {
    cti::wire::Announcement announcement;
    announcement.set_title("say \"hi\"\n");
    announcement.set_body("停电通知");
    const std::string json = to_json(announcement);
    CHECK(json.find(R"("title":"say \"hi\"\n")") != std::string::npos);
    CHECK(json.find("停电通知") != std::string::npos);
}
