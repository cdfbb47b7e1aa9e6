#include <catch2/catch.hpp>

#include "cti/core/config.h"

using namespace cti;

TEST_CASE("the documented default configuration is exactly the built-in defaults", "[config]") {
    auto loaded = load_config(CTI_SOURCE_DIR "/packaging/cti-server.toml");
    REQUIRE(loaded.has_value());
    const Config d;
    const Config& c = *loaded;
    CHECK(c.data_dir == d.data_dir);
    CHECK(c.seed_demo == d.seed_demo);
    CHECK(c.log.level == d.log.level);
    CHECK(c.log.format == d.log.format);
    CHECK(c.sip.bind == d.sip.bind);
    CHECK(c.sip.port == d.sip.port);
    CHECK(c.sip.realm == d.sip.realm);
    CHECK(c.sip.register_min_expires_s == d.sip.register_min_expires_s);
    CHECK(c.sip.register_max_expires_s == d.sip.register_max_expires_s);
    CHECK(c.sip.nonce_lifetime_s == d.sip.nonce_lifetime_s);
    CHECK(c.sip.auth_failures_before_block == d.sip.auth_failures_before_block);
    CHECK(c.sip.auth_failure_window_s == d.sip.auth_failure_window_s);
    CHECK(c.sip.auth_block_s == d.sip.auth_block_s);
    CHECK(c.sip.source_requests_per_second == d.sip.source_requests_per_second);
    CHECK(c.sip.source_request_burst == d.sip.source_request_burst);
    CHECK(c.sip.max_transactions == d.sip.max_transactions);
    CHECK(c.sip.enabled == d.sip.enabled);
    CHECK(c.sip.advertised_address == d.sip.advertised_address);
    CHECK(c.sip.max_calls == d.sip.max_calls);
    CHECK(c.sip.ring_timeout_s == d.sip.ring_timeout_s);
    CHECK(c.sip.max_call_duration_s == d.sip.max_call_duration_s);
    CHECK(c.media.bind == d.media.bind);
    CHECK(c.media.rtp_port_min == d.media.rtp_port_min);
    CHECK(c.media.rtp_port_max == d.media.rtp_port_max);
    CHECK(c.media.hold_music_file == d.media.hold_music_file);
    CHECK(c.media.prompts_at_start == d.media.prompts_at_start);
    CHECK(c.contact.voicemail_max_s == d.contact.voicemail_max_s);
    CHECK(c.recording.enabled == d.recording.enabled);
    CHECK(c.recording.retention_days == d.recording.retention_days);
    CHECK(c.contact.callback_max_attempts == d.contact.callback_max_attempts);
    CHECK(c.contact.callback_retry_s == d.contact.callback_retry_s);
    CHECK(c.campaign.ring_timeout_s == d.campaign.ring_timeout_s);
    CHECK(c.campaign.abandon_grace_ms == d.campaign.abandon_grace_ms);
    CHECK(c.campaign.max_lines == d.campaign.max_lines);
    CHECK(c.campaign.predictive_warmup == d.campaign.predictive_warmup);
    CHECK(c.campaign.predictive_strict_start == d.campaign.predictive_strict_start);
    CHECK(c.campaign.machine_detection == d.campaign.machine_detection);
    CHECK(c.fax.max_attempts == d.fax.max_attempts);
    CHECK(c.fax.retry_s == d.fax.retry_s);
    CHECK(c.fax.ring_timeout_s == d.fax.ring_timeout_s);
    CHECK(c.fax.ident == d.fax.ident);
    CHECK(c.fax.header == d.fax.header);
    CHECK(c.fax.receive_numbers == d.fax.receive_numbers);
    CHECK(c.gateway.bind == d.gateway.bind);
    CHECK(c.gateway.port == d.gateway.port);
    CHECK(c.gateway.cert_file == d.gateway.cert_file);
    CHECK(c.gateway.key_file == d.gateway.key_file);
    CHECK(c.gateway.max_frame_bytes == d.gateway.max_frame_bytes);
    CHECK(c.gateway.send_queue_max_bytes == d.gateway.send_queue_max_bytes);
    CHECK(c.gateway.heartbeat_interval_ms == d.gateway.heartbeat_interval_ms);
    CHECK(c.gateway.idle_timeout_ms == d.gateway.idle_timeout_ms);
    CHECK(c.gateway.handshake_timeout_ms == d.gateway.handshake_timeout_ms);
    CHECK(c.gateway.resume_grace_ms == d.gateway.resume_grace_ms);
    CHECK(c.gateway.max_connections == d.gateway.max_connections);
    CHECK(c.gateway.max_unauthenticated_per_address == d.gateway.max_unauthenticated_per_address);
    CHECK(c.auth.failures_before_delay == d.auth.failures_before_delay);
    CHECK(c.auth.failures_before_lockout == d.auth.failures_before_lockout);
    CHECK(c.auth.failure_window_s == d.auth.failure_window_s);
    CHECK(c.auth.lockout_s == d.auth.lockout_s);
    CHECK(c.auth.max_delay_ms == d.auth.max_delay_ms);
    CHECK(c.auth.argon2_strength == d.auth.argon2_strength);
    CHECK(c.http.enabled == d.http.enabled);
    CHECK(c.http.bind == d.http.bind);
    CHECK(c.http.port == d.http.port);
    CHECK(c.storage.file == d.storage.file);
    CHECK(c.storage.group_commit_max_batch == d.storage.group_commit_max_batch);
    CHECK(c.storage.busy_timeout_ms == d.storage.busy_timeout_ms);
}

TEST_CASE("voicemail and callback limits are checked", "[config]") {
    auto c = parse_config("[contact]\nvoicemail_max_s = 60\ncallback_max_attempts = 2\ncallback_retry_s = 5\n", "t.toml");
    REQUIRE(c.has_value());
    CHECK(c->contact.voicemail_max_s == 60);
    CHECK(c->contact.callback_max_attempts == 2);
    CHECK(c->contact.callback_retry_s == 5);
    auto zero = parse_config("[contact]\ncallback_max_attempts = 0\n", "t.toml");
    REQUIRE_FALSE(zero);
    CHECK_THAT(zero.error().message, Catch::Contains("contact.callback_max_attempts must be between 1 and 20"));
    auto long_message = parse_config("[contact]\nvoicemail_max_s = 7200\n", "t.toml");
    REQUIRE_FALSE(long_message);
    CHECK_THAT(long_message.error().message, Catch::Contains("contact.voicemail_max_s"));
}

TEST_CASE("campaign settings are checked", "[config]") {
    auto c = parse_config("[campaign]\nring_timeout_s = 20\nmachine_detection = \"all\"\n", "t.toml");
    REQUIRE(c.has_value());
    CHECK(c->campaign.ring_timeout_s == 20);
    CHECK(c->campaign.machine_detection == "all");
    CHECK(Config{}.campaign.machine_detection == "off");
    auto amd = parse_config("[campaign]\nmachine_detection = \"yes\"\n", "t.toml");
    REQUIRE_FALSE(amd);
    CHECK_THAT(amd.error().message, Catch::Contains("campaign.machine_detection must be off, agentless or all"));
    auto grace = parse_config("[campaign]\nabandon_grace_ms = 100\n", "t.toml");
    REQUIRE_FALSE(grace);
    CHECK_THAT(grace.error().message, Catch::Contains("campaign.abandon_grace_ms must be 500 to 10000"));
}

TEST_CASE("fax retries and station id are checked", "[config]") {
    auto c = parse_config("[fax]\nmax_attempts = 4\nretry_s = 3\nident = \"+86 10 5550100\"\n"
                          "receive_numbers = \"96800, 96801\"\n", "t.toml");
    REQUIRE(c.has_value());
    CHECK(c->fax.max_attempts == 4);
    CHECK(c->fax.retry_s == 3);
    CHECK(c->fax.ident == "+86 10 5550100");
    CHECK(c->fax.receive_numbers == "96800, 96801");
    auto zero = parse_config("[fax]\nmax_attempts = 0\n", "t.toml");
    REQUIRE_FALSE(zero);
    CHECK_THAT(zero.error().message, Catch::Contains("fax.max_attempts must be 1 to 10"));
    auto ident = parse_config("[fax]\nident = \"123456789012345678901\"\n", "t.toml");
    REQUIRE_FALSE(ident);
    CHECK_THAT(ident.error().message, Catch::Contains("fax.ident"));
    auto unknown = parse_config("[fax]\nretries = 3\n", "t.toml");
    REQUIRE_FALSE(unknown);
}

TEST_CASE("outside-system lookups are configured by name", "[config]") {
    auto c = parse_config("[lookups.billing]\nurl = \"http://127.0.0.1:8081/due?account={key}\"\ntimeout_ms = 1500\n"
                          "[lookups.install]\nurl = \"http://10.0.0.9/i/{key}\"\n",
                          "t.toml");
    REQUIRE(c.has_value());
    REQUIRE(c->lookups.size() == 2);
    CHECK(c->lookups.at("billing").timeout_ms == 1500);
    CHECK(c->lookups.at("install").timeout_ms == 2000);
    auto https = parse_config("[lookups.x]\nurl = \"https://h/{key}\"\n", "t.toml");
    REQUIRE_FALSE(https);
    CHECK_THAT(https.error().message, Catch::Contains("lookups.x.url must be an http:// address"));
    auto typo = parse_config("[lookups.x]\nurl = \"http://h/\"\ntimeout = 1\n", "t.toml");
    REQUIRE_FALSE(typo);
    CHECK_THAT(typo.error().message, Catch::Contains("lookups.x.timeout"));
    auto slow = parse_config("[lookups.x]\nurl = \"http://h/\"\ntimeout_ms = 60000\n", "t.toml");
    REQUIRE_FALSE(slow);
    CHECK_THAT(slow.error().message, Catch::Contains("1 to 30000"));
}

TEST_CASE("configuration mistakes are named", "[config]") {
    SECTION("an unknown key in a section") {
        auto r = parse_config("[gateway]\nprot = 1\n", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("gateway.prot"));
    }
    SECTION("an unknown section") {
        auto r = parse_config("[gatway]\nport = 1\n", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("gatway"));
    }
    SECTION("a value of the wrong type") {
        auto r = parse_config("[sip]\nport = \"5060\"\n", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("sip.port") && Catch::Contains("integer"));
    }
    SECTION("a port out of range") {
        auto r = parse_config("[http]\nport = 70000\n", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("http.port"));
    }
    SECTION("broken TOML says where") {
        auto r = parse_config("[log\nlevel = 1", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("t.toml") && Catch::Contains("line"));
    }
    SECTION("inconsistent timeouts") {
        auto r = parse_config("[gateway]\nidle_timeout_ms = 1000\nheartbeat_interval_ms = 5000\n", "t.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("idle_timeout_ms"));
    }
    SECTION("a missing file") {
        auto r = load_config("/nonexistent/cti.toml");
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains("--config"));
    }
}

TEST_CASE("values given override the defaults and paths follow the data folder", "[config]") {
    auto r = parse_config("data_dir = \"/var/lib/cti\"\n[gateway]\nport = 9443\n[log]\nformat = \"json\"\n", "t.toml");
    REQUIRE(r);
    CHECK(r->gateway.port == 9443);
    CHECK(r->log.format == "json");
    CHECK(r->database_path() == "/var/lib/cti/cti.sqlite");
    CHECK(r->cert_path() == "/var/lib/cti/tls/server.crt");
}
