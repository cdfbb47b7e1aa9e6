#pragma once
// cti-server configuration. Every key has a default here and a comment in
// packaging/cti-server.toml (the documented default file; a test checks the two agree).
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

#include "cti/core/error.h"

namespace cti {

struct LogConfig {
    std::string level = "info";   // trace, debug, info, warn, error
    std::string format = "text";  // text or json (one JSON object per line)
};

struct SipConfig {
    std::string bind = "0.0.0.0";
    std::uint16_t port = 5060;  // UDP and TCP; 0 picks a free port (tests)
    std::string realm = "cti";  // digest realm: sip_extensions.ha1 is MD5(extension:realm:password)
    std::uint32_t register_min_expires_s = 60;    // shorter: 423 Interval Too Brief
    std::uint32_t register_max_expires_s = 3600;  // longer requests get this
    std::uint32_t nonce_lifetime_s = 300;         // older nonces are answered stale=true
    std::uint32_t auth_failures_before_block = 10;  // within auth_failure_window_s, per address
    std::uint32_t auth_failure_window_s = 60;
    std::uint32_t auth_block_s = 600;
    std::uint32_t source_requests_per_second = 50;  // per address, beyond: 503 + Retry-After
    std::uint32_t source_request_burst = 200;
    std::uint32_t max_transactions = 2000;  // admitted in the last 32 s; beyond: 503 + Retry-After
    bool enabled = true;                     // false: no SIP, no media (desktop work only)
    std::string advertised_address;          // host in Contact/Via/SDP; empty: the default route's
    std::uint32_t max_calls = 2000;          // concurrent legs; beyond: INVITE 503 + Retry-After
    std::uint32_t ring_timeout_s = 30;       // an unanswered phone stops ringing after this
    std::uint32_t max_call_duration_s = 0;   // a call is ended after this long (0: no limit)
};

struct MediaConfig {
    std::string bind = "0.0.0.0";            // RTP sockets
    std::uint16_t rtp_port_min = 20000;      // even ports in [min, max], two per call
    std::uint16_t rtp_port_max = 29999;
    std::string hold_music_file;             // WAV; empty: a 450 Hz tone pattern
    // Missing IVR prompts are spoken by espeak-ng in the background: at start, so that the first
    // caller hears every prompt (true), or only once a call enters an IVR (false: servers that
    // rarely run a flow, and tests, save the CPU).
    bool prompts_at_start = true;
};

// Call recording (server/calls): every answered call, stereo WAV under <data>/recordings.
struct RecordingConfig {
    bool enabled = true;
    std::uint32_t retention_days = 180;  // older recordings are deleted; 0: kept forever
};

// Voicemail and callback requests (server/center).
struct ContactConfig {
    std::uint32_t voicemail_max_s = 120;       // a message is cut off after this long
    std::uint32_t callback_max_attempts = 3;   // calls to the number before the request fails
    std::uint32_t callback_retry_s = 300;      // wait after a busy / unanswered attempt
};

struct CampaignConfig {
    std::uint32_t ring_timeout_s = 30;       // an outbound call not answered by then is "no answer"
    std::uint32_t abandon_grace_ms = 2000;   // answered, no agent within this: abandoned
    std::uint32_t max_lines = 60;            // trunk channels one campaign may hold at once
    std::uint32_t predictive_warmup = 50;    // attempts measured before predictive dials ahead
    // Predictive dials ahead only once its abandon window could take an abandon or two under the cap
    // (campaign::PacingConfig::burst_min_budget); false: as soon as an abandon is unlikely.
    bool predictive_strict_start = true;
    // Answering-machine detection on answered calls: off, agentless (campaigns that play a flow:
    // a survey or reminder to a voicemail box is wasted) or all (also campaigns with agents: the
    // person waits the detection, about 1.5 s, before the agent has them).
    std::string machine_detection = "off";
};
// Fax (T.30 over G.711): a fax sent is dialled up to max_attempts times, retry_s apart, when the
// line is busy, nobody answers or T.30 fails half-way; ident is our station id (TSI/CSI, by
// custom the fax number in international form, at most 20 characters), header the line printed
// above each page sent (at most 50 characters; empty: none).
struct FaxConfig {
    std::uint32_t max_attempts = 3;
    std::uint32_t retry_s = 300;
    std::uint32_t ring_timeout_s = 45;
    std::string ident;
    std::string header;
    // Numbers (comma-separated) routed to the fax receiver: a call to one is answered and its
    // fax stored under <data>/fax/<yyyymmdd>/call-<id>.tif. Empty: no fax reception.
    std::string receive_numbers;
};


struct GatewayConfig {
    std::string bind = "0.0.0.0";
    std::uint16_t port = 7443;
    std::string cert_file;  // empty: <data>/tls/server.crt, created on first start
    std::string key_file;   // empty: <data>/tls/server.key
    std::uint32_t max_frame_bytes = 1u << 20;
    std::uint32_t send_queue_max_bytes = 8u << 20;
    std::uint32_t heartbeat_interval_ms = 5000;
    std::uint32_t idle_timeout_ms = 15000;
    std::uint32_t handshake_timeout_ms = 10000;  // TLS handshake, Hello and Login
    std::uint32_t resume_grace_ms = 60000;
    std::uint32_t max_connections = 2000;
    std::uint32_t max_unauthenticated_per_address = 100;  // connections not yet logged in
};

struct AuthConfig {
    std::uint32_t failures_before_delay = 3;
    std::uint32_t failures_before_lockout = 10;
    std::uint32_t failure_window_s = 300;
    std::uint32_t lockout_s = 300;
    std::uint32_t max_delay_ms = 4000;
    std::string argon2_strength = "interactive";  // interactive, moderate, sensitive (libsodium)
};

struct HttpConfig {
    bool enabled = true;
    std::string bind = "127.0.0.1";
    std::uint16_t port = 8080;
};

// An outside system asked for data about a caller (billing, installation): GET url with {key}
// replaced by the URL-encoded number or account; the answer is a JSON object.
struct LookupConfig {
    std::string url;                  // http://host[:port]/path?query with {key}
    std::uint32_t timeout_ms = 2000;  // the whole exchange
    std::uint32_t max_bytes = 65536;  // a larger answer is refused
};

struct StorageConfig {
    std::string file = "cti.sqlite";  // relative to the data folder
    std::uint32_t group_commit_max_batch = 1024;
    std::uint32_t busy_timeout_ms = 5000;
};

struct Config {
    std::filesystem::path data_dir = "data";
    bool seed_demo = false;  // seed a demo call center when the database is created
    LogConfig log;
    SipConfig sip;
    MediaConfig media;
    ContactConfig contact;
    CampaignConfig campaign;
    FaxConfig fax;
    RecordingConfig recording;
    GatewayConfig gateway;
    AuthConfig auth;
    HttpConfig http;
    StorageConfig storage;
    std::map<std::string, LookupConfig> lookups;  // [lookups.<name>]

    std::filesystem::path database_path() const { return data_dir / storage.file; }
    std::filesystem::path cert_path() const;
    std::filesystem::path key_path() const;
};

// Reads a TOML file. Unknown keys and values of the wrong type are errors (a typo must not be
// silently ignored); missing keys keep their defaults.
Result<Config> load_config(const std::filesystem::path& file);
Result<Config> parse_config(std::string_view toml_text, std::string_view source_name);

}  // namespace cti
