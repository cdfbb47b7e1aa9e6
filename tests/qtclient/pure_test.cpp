// The decisions of cti_qtclient that need no socket: backoff, pinning, address parsing,
// language choice, protobuf → plain conversion.
#include <catch2/catch.hpp>

#include "cti/qtclient/convert.h"
#include "cti/qtclient/fingerprint.h"
#include "cti/qtclient/login_settings.h"
#include "cti/qtclient/reconnect_policy.h"
#include "cti/qtclient/translations.h"

using namespace std::chrono_literals;

TEST_CASE("reconnect backoff doubles from 1 s up to 15 s", "[qtclient]") {
    const cti::qt::BackoffPolicy policy;
    std::vector<long long> seconds;
    for (int attempt = 0; attempt < 8; ++attempt)
        seconds.push_back(cti::qt::reconnectDelay(policy, attempt).count() / 1000);
    CHECK(seconds == std::vector<long long>{1, 2, 4, 8, 15, 15, 15, 15});
    CHECK(cti::qt::reconnectDelay(policy, 1'000'000) == 15s);
}

TEST_CASE("fingerprints compare without case or separators", "[qtclient]") {
    const QString shown = cti::qt::formatFingerprint(QByteArray::fromHex("0a1bff"));
    CHECK(shown == QStringLiteral("0A:1B:FF"));
    CHECK(cti::qt::sameFingerprint(shown, QStringLiteral("0a1bff")));
    CHECK(cti::qt::sameFingerprint(shown, QStringLiteral("0a 1b ff")));
    CHECK_FALSE(cti::qt::sameFingerprint(shown, QStringLiteral("0A:1B:FE")));
    CHECK_FALSE(cti::qt::sameFingerprint(QString(), QString()));

    using cti::qt::PinCheck;
    CHECK(cti::qt::checkPin(QString(), shown) == PinCheck::FirstUse);
    CHECK(cti::qt::checkPin(QStringLiteral("0a1bff"), shown) == PinCheck::Trusted);
    CHECK(cti::qt::checkPin(QStringLiteral("0a1bfe"), shown) == PinCheck::Mismatch);
}

TEST_CASE("server addresses are host, host:port or [v6]:port", "[qtclient]") {
    using cti::qt::parseServerAddress;
    auto check = [](const char* text, const char* host, quint16 port) {
        INFO(text);
        const auto a = parseServerAddress(QString::fromUtf8(text));
        REQUIRE(a);
        CHECK(a->host == QString::fromUtf8(host));
        CHECK(a->port == port);
    };
    check("cti.example.com", "cti.example.com", 7443);
    check(" cti.example.com:9000 ", "cti.example.com", 9000);
    check("10.0.0.5:7443", "10.0.0.5", 7443);
    check("[::1]:7444", "::1", 7444);
    check("[fe80::1]", "fe80::1", 7443);
    check("::1", "::1", 7443);
    for (const char* bad : {"", "host:", "host:0", "host:70000", "host:abc", ":7443", "[::1", "[::1]x", "a b"}) {
        INFO(bad);
        CHECK_FALSE(parseServerAddress(QString::fromUtf8(bad)));
    }
}

TEST_CASE("the login form names what is missing", "[qtclient]") {
    cti::qt::LoginRequest r{QStringLiteral("cti:7443"), QStringLiteral("alice"), QStringLiteral("pw"), true};
    CHECK_FALSE(cti::qt::loginProblem(r));
    auto without = [&](auto change) {
        auto copy = r;
        change(copy);
        return cti::qt::loginProblem(copy).value_or(QString());
    };
    CHECK(without([](auto& x) { x.server.clear(); }).contains(QStringLiteral("address")));
    CHECK(without([](auto& x) { x.server = QStringLiteral("cti:0"); }).contains(QStringLiteral("not valid")));
    CHECK(without([](auto& x) { x.user = QStringLiteral("  "); }).contains(QStringLiteral("login name")));
    CHECK(without([](auto& x) { x.password.clear(); }).contains(QStringLiteral("password")));
}

TEST_CASE("Chinese locales get zh_CN, every other locale en", "[qtclient]") {
    CHECK(cti::qt::pickLanguage(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(cti::qt::pickLanguage(QLocale(QStringLiteral("zh_TW"))) == QStringLiteral("zh_CN"));
    CHECK(cti::qt::pickLanguage(QLocale(QStringLiteral("en_US"))) == QStringLiteral("en"));
    CHECK(cti::qt::pickLanguage(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
    CHECK(cti::qt::pickLanguage(QLocale::c()) == QStringLiteral("en"));
}

TEST_CASE("protocol messages become plain structs", "[qtclient]") {
    cti::wire::Snapshot s;
    s.set_event_seq(9);
    s.mutable_me()->set_login("lead");
    s.mutable_me()->set_role(cti::wire::TEAM_LEADER);
    s.mutable_me()->add_permissions("announcement.post");
    auto* agent = s.add_agents();
    agent->set_user_id(3);
    agent->set_login("bob");
    agent->set_display_name("王伟");
    agent->set_online(true);
    s.add_queues()->set_name("billing");
    auto* a = s.add_announcements();
    a->set_announcement_id(4);
    a->set_title("停电通知");

    const cti::qt::Snapshot plain = cti::qt::fromWire(s);
    CHECK(plain.eventSeq == 9);
    CHECK(plain.me.role == cti::qt::Role::TeamLeader);
    CHECK(plain.me.hasPermission(QStringLiteral("announcement.post")));
    REQUIRE(plain.agents.size() == 1);
    CHECK(plain.agents[0].displayName == QStringLiteral("王伟"));
    CHECK(plain.agents[0].online);
    CHECK(plain.queues[0].name == QStringLiteral("billing"));
    CHECK(plain.announcements[0].title == QStringLiteral("停电通知"));

    cti::wire::Event e;
    e.set_seq(10);
    CHECK(std::holds_alternative<std::monostate>(cti::qt::fromWire(e).kind));  // a kind from a newer server
    e.mutable_presence()->set_user_id(3);
    CHECK(std::holds_alternative<cti::qt::PresenceChange>(cti::qt::fromWire(e).kind));
    e.mutable_announcement()->set_announcement_id(5);
    CHECK(std::holds_alternative<cti::qt::Announcement>(cti::qt::fromWire(e).kind));

    CHECK(cti::qt::fromWire(cti::wire::AUTH_FAILED) == cti::qt::ErrorCode::AuthFailed);
    CHECK(cti::qt::fromWire(static_cast<cti::wire::ErrorCode>(77)) == cti::qt::ErrorCode::Unspecified);
    CHECK(cti::qt::to_string(cti::qt::ErrorCode::CertificateMismatch) == "certificate_mismatch");
    CHECK(cti::qt::to_string(cti::qt::ConnectionState::Reconnecting) == "reconnecting");
}
