#include "cti/core/config.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <toml++/toml.h>

namespace cti {

std::filesystem::path Config::cert_path() const {
    return gateway.cert_file.empty() ? data_dir / "tls" / "server.crt"
                                     : std::filesystem::path(gateway.cert_file);
}

std::filesystem::path Config::key_path() const {
    return gateway.key_file.empty() ? data_dir / "tls" / "server.key"
                                    : std::filesystem::path(gateway.key_file);
}

namespace {

// Reads the keys of one table into fields, remembering which keys it knew so that the rest can
// be reported as unknown.
class Section {
public:
    Section(const toml::table* table, std::string name, std::string& error)
        : table_(table), name_(std::move(name)), error_(error) {}

    template <class T>
    void read(std::string_view key, T& field) {
        known_.insert(std::string(key));
        if (!table_ || !error_.empty()) return;
        const toml::node* node = table_->get(key);
        if (!node) return;
        if constexpr (std::is_same_v<T, std::string>) {
            if (auto v = node->value<std::string>()) field = *v;
            else wrong_type(key, "a string");
        } else if constexpr (std::is_same_v<T, bool>) {
            if (auto v = node->value<bool>()) field = *v;
            else wrong_type(key, "true or false");
        } else {
            auto v = node->value<std::int64_t>();
            if (!v) return wrong_type(key, "an integer");
            if (*v < 0 || static_cast<std::uint64_t>(*v) > std::numeric_limits<T>::max())
                return wrong_type(key, fmt::format("an integer from 0 to {}",
                                                   std::numeric_limits<T>::max()));
            field = static_cast<T>(*v);
        }
    }

    void check_unknown() {
        if (!table_ || !error_.empty()) return;
        for (const auto& [key, _] : *table_) {
            if (!known_.contains(std::string(key.str())))
                error_ = fmt::format("unknown key '{}{}' (see the documented default "
                                     "configuration for the valid keys)",
                                     name_.empty() ? "" : name_ + ".", key.str());
        }
    }

private:
    void wrong_type(std::string_view key, std::string_view what) {
        error_ = fmt::format("'{}{}' must be {}", name_.empty() ? "" : name_ + ".", key, what);
    }

    const toml::table* table_;
    std::string name_;
    std::string& error_;
    std::set<std::string, std::less<>> known_;
};

Result<void> validate_sip(const SipConfig& s) {
    // The realm is sent inside a quoted string and hashed into every stored HA1.
    if (s.realm.empty() || s.realm.find_first_of("\"\\") != std::string::npos ||
        std::any_of(s.realm.begin(), s.realm.end(),
                    [](unsigned char ch) { return ch < 0x20 || ch == 0x7f; }))
        return fail(Errc::config_error,
                    "sip.realm must be non-empty text without quotes, backslashes or control "
                    "characters");
    if (s.register_min_expires_s == 0 || s.register_min_expires_s > s.register_max_expires_s)
        return fail(Errc::config_error,
                    "sip.register_min_expires_s must be at least 1 and at most "
                    "sip.register_max_expires_s");
    if (s.nonce_lifetime_s < 10)
        return fail(Errc::config_error, "sip.nonce_lifetime_s must be at least 10");
    if (s.auth_failures_before_block == 0 || s.auth_failure_window_s == 0)
        return fail(Errc::config_error,
                    "sip.auth_failures_before_block and sip.auth_failure_window_s must be at "
                    "least 1");
    if (s.source_requests_per_second == 0 || s.source_request_burst == 0 ||
        s.max_transactions == 0)
        return fail(Errc::config_error,
                    "sip.source_requests_per_second, sip.source_request_burst and "
                    "sip.max_transactions must be at least 1");
    return {};
}

Result<void> validate(const Config& c) {
    static const std::set<std::string, std::less<>> levels{"trace", "debug", "info", "warn",
                                                           "error"};
    if (!levels.contains(c.log.level))
        return fail(Errc::config_error, "log.level must be one of trace, debug, info, warn, error");
    if (c.log.format != "text" && c.log.format != "json")
        return fail(Errc::config_error, "log.format must be text or json");
    if (c.gateway.max_frame_bytes < 1024)
        return fail(Errc::config_error, "gateway.max_frame_bytes must be at least 1024");
    if (c.gateway.send_queue_max_bytes < c.gateway.max_frame_bytes)
        return fail(Errc::config_error,
                    "gateway.send_queue_max_bytes must be at least gateway.max_frame_bytes");
    if (c.gateway.heartbeat_interval_ms == 0 ||
        c.gateway.idle_timeout_ms <= c.gateway.heartbeat_interval_ms)
        return fail(Errc::config_error,
                    "gateway.idle_timeout_ms must be larger than gateway.heartbeat_interval_ms");
    const auto& s = c.auth.argon2_strength;
    if (s != "interactive" && s != "moderate" && s != "sensitive")
        return fail(Errc::config_error,
                    "auth.argon2_strength must be interactive, moderate or sensitive");
    if (c.auth.failures_before_lockout < c.auth.failures_before_delay)
        return fail(Errc::config_error,
                    "auth.failures_before_lockout must be >= auth.failures_before_delay");
    if (auto sip = validate_sip(c.sip); !sip) return sip;
    if (c.media.rtp_port_min < 1024 || c.media.rtp_port_min >= c.media.rtp_port_max)
        return fail(Errc::config_error,
                    "media.rtp_port_min must be at least 1024 and below media.rtp_port_max");
    if (c.sip.ring_timeout_s == 0) return fail(Errc::config_error, "sip.ring_timeout_s must be at least 1");
    if (c.contact.voicemail_max_s < 5 || c.contact.voicemail_max_s > 3600)
        return fail(Errc::config_error, "contact.voicemail_max_s must be between 5 and 3600 seconds");
    if (c.contact.callback_max_attempts < 1 || c.contact.callback_max_attempts > 20)
        return fail(Errc::config_error, "contact.callback_max_attempts must be between 1 and 20");
    if (c.storage.group_commit_max_batch == 0)
        return fail(Errc::config_error, "storage.group_commit_max_batch must be at least 1");
    return {};
}

}  // namespace

Result<Config> parse_config(std::string_view text, std::string_view source_name) {
    toml::table root;
    try {
        root = toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        std::ostringstream where;
        where << e.source().begin;
        return fail(Errc::config_error,
                    fmt::format("{}: {} (at {})", source_name, e.description(), where.str()));
    }

    Config c;
    std::string error;
    std::string data_dir = c.data_dir.string();
    Section top(&root, "", error);
    top.read("data_dir", data_dir);
    top.read("seed_demo", c.seed_demo);
    auto sub = [&](const char* name) {
        return Section(root.get_as<toml::table>(name), name, error);
    };

    Section log = sub("log");
    log.read("level", c.log.level);
    log.read("format", c.log.format);
    log.check_unknown();

    Section sip = sub("sip");
    sip.read("bind", c.sip.bind);
    sip.read("port", c.sip.port);
    sip.read("realm", c.sip.realm);
    sip.read("register_min_expires_s", c.sip.register_min_expires_s);
    sip.read("register_max_expires_s", c.sip.register_max_expires_s);
    sip.read("nonce_lifetime_s", c.sip.nonce_lifetime_s);
    sip.read("auth_failures_before_block", c.sip.auth_failures_before_block);
    sip.read("auth_failure_window_s", c.sip.auth_failure_window_s);
    sip.read("auth_block_s", c.sip.auth_block_s);
    sip.read("source_requests_per_second", c.sip.source_requests_per_second);
    sip.read("source_request_burst", c.sip.source_request_burst);
    sip.read("max_transactions", c.sip.max_transactions);
    sip.read("enabled", c.sip.enabled);
    sip.read("advertised_address", c.sip.advertised_address);
    sip.read("max_calls", c.sip.max_calls);
    sip.read("ring_timeout_s", c.sip.ring_timeout_s);
    sip.read("max_call_duration_s", c.sip.max_call_duration_s);
    sip.check_unknown();

    Section media = sub("media");
    media.read("bind", c.media.bind);
    media.read("rtp_port_min", c.media.rtp_port_min);
    media.read("rtp_port_max", c.media.rtp_port_max);
    media.read("hold_music_file", c.media.hold_music_file);
    media.read("prompts_at_start", c.media.prompts_at_start);
    media.check_unknown();

    Section contact = sub("contact");
    contact.read("voicemail_max_s", c.contact.voicemail_max_s);
    contact.read("callback_max_attempts", c.contact.callback_max_attempts);
    contact.read("callback_retry_s", c.contact.callback_retry_s);
    contact.check_unknown();

    Section campaign = sub("campaign");
    campaign.read("ring_timeout_s", c.campaign.ring_timeout_s);
    campaign.read("abandon_grace_ms", c.campaign.abandon_grace_ms);
    campaign.read("max_lines", c.campaign.max_lines);
    campaign.read("predictive_warmup", c.campaign.predictive_warmup);
    campaign.read("predictive_strict_start", c.campaign.predictive_strict_start);
    campaign.read("machine_detection", c.campaign.machine_detection);
    campaign.check_unknown();
    if (c.campaign.ring_timeout_s < 5 || c.campaign.ring_timeout_s > 120)
        return fail(Errc::config_error, "campaign.ring_timeout_s must be 5 to 120 seconds");
    if (c.campaign.abandon_grace_ms < 500 || c.campaign.abandon_grace_ms > 10'000)
        return fail(Errc::config_error, "campaign.abandon_grace_ms must be 500 to 10000 (Ofcom: 2000)");
    if (c.campaign.predictive_warmup < 5 || c.campaign.predictive_warmup > 10'000)
        return fail(Errc::config_error, "campaign.predictive_warmup must be 5 to 10000 attempts");
    if (c.campaign.max_lines < 1 || c.campaign.max_lines > 1000)
        return fail(Errc::config_error, "campaign.max_lines must be 1 to 1000");
    if (c.campaign.machine_detection != "off" && c.campaign.machine_detection != "agentless" &&
        c.campaign.machine_detection != "all")
        return fail(Errc::config_error, "campaign.machine_detection must be off, agentless or all");
    Section fax = sub("fax");
    fax.read("max_attempts", c.fax.max_attempts);
    fax.read("retry_s", c.fax.retry_s);
    fax.read("ring_timeout_s", c.fax.ring_timeout_s);
    fax.read("ident", c.fax.ident);
    fax.read("header", c.fax.header);
    fax.read("receive_numbers", c.fax.receive_numbers);
    fax.check_unknown();
    if (c.fax.max_attempts < 1 || c.fax.max_attempts > 10)
        return fail(Errc::config_error, "fax.max_attempts must be 1 to 10");
    if (c.fax.retry_s < 1 || c.fax.retry_s > 86'400)
        return fail(Errc::config_error, "fax.retry_s must be 1 to 86400 seconds");
    if (c.fax.ring_timeout_s < 5 || c.fax.ring_timeout_s > 120)
        return fail(Errc::config_error, "fax.ring_timeout_s must be 5 to 120 seconds");
    if (c.fax.ident.size() > 20) return fail(Errc::config_error, "fax.ident must be at most 20 characters (T.30)");
    if (c.fax.header.size() > 50) return fail(Errc::config_error, "fax.header must be at most 50 characters");

    Section recording = sub("recording");
    recording.read("enabled", c.recording.enabled);
    recording.read("retention_days", c.recording.retention_days);
    recording.check_unknown();

    Section gw = sub("gateway");
    gw.read("bind", c.gateway.bind);
    gw.read("port", c.gateway.port);
    gw.read("cert_file", c.gateway.cert_file);
    gw.read("key_file", c.gateway.key_file);
    gw.read("max_frame_bytes", c.gateway.max_frame_bytes);
    gw.read("send_queue_max_bytes", c.gateway.send_queue_max_bytes);
    gw.read("heartbeat_interval_ms", c.gateway.heartbeat_interval_ms);
    gw.read("idle_timeout_ms", c.gateway.idle_timeout_ms);
    gw.read("handshake_timeout_ms", c.gateway.handshake_timeout_ms);
    gw.read("resume_grace_ms", c.gateway.resume_grace_ms);
    gw.read("max_connections", c.gateway.max_connections);
    gw.read("max_unauthenticated_per_address", c.gateway.max_unauthenticated_per_address);
    gw.check_unknown();

    Section auth = sub("auth");
    auth.read("failures_before_delay", c.auth.failures_before_delay);
    auth.read("failures_before_lockout", c.auth.failures_before_lockout);
    auth.read("failure_window_s", c.auth.failure_window_s);
    auth.read("lockout_s", c.auth.lockout_s);
    auth.read("max_delay_ms", c.auth.max_delay_ms);
    auth.read("argon2_strength", c.auth.argon2_strength);
    auth.check_unknown();

    Section http = sub("http");
    http.read("enabled", c.http.enabled);
    http.read("bind", c.http.bind);
    http.read("port", c.http.port);
    http.check_unknown();

    if (auto* lookups = root.get_as<toml::table>("lookups")) {
        for (const auto& [name, node] : *lookups) {
            const std::string where = "lookups." + std::string(name.str());
            LookupConfig l;
            Section one(node.as_table(), where.c_str(), error);
            one.read("url", l.url);
            one.read("timeout_ms", l.timeout_ms);
            one.read("max_bytes", l.max_bytes);
            one.check_unknown();
            if (error.empty() && !l.url.starts_with("http://"))
                error = fmt::format("{}.url must be an http:// address with {{key}} where the number goes", where);
            if (error.empty() && (l.timeout_ms == 0 || l.timeout_ms > 30000))
                error = fmt::format("{}.timeout_ms must be 1 to 30000", where);
            c.lookups.emplace(std::string(name.str()), std::move(l));
        }
    } else if (root.contains("lookups")) {
        error = "lookups must be a table of [lookups.<name>] sections";
    }

    Section storage = sub("storage");
    storage.read("file", c.storage.file);
    storage.read("group_commit_max_batch", c.storage.group_commit_max_batch);
    storage.read("busy_timeout_ms", c.storage.busy_timeout_ms);
    storage.check_unknown();

    if (error.empty()) {
        static const std::set<std::string, std::less<>> top_keys{
            "data_dir", "seed_demo", "log", "sip", "media", "contact", "campaign", "fax", "recording", "gateway", "auth", "http", "storage", "lookups"};
        for (const auto& [key, _] : root)
            if (!top_keys.contains(key.str()))
                error = fmt::format("unknown key '{}' (see the documented default "
                                    "configuration for the valid keys)",
                                    key.str());
    }
    if (!error.empty()) return fail(Errc::config_error, fmt::format("{}: {}", source_name, error));
    c.data_dir = data_dir;
    if (auto ok = validate(c); !ok)
        return fail(Errc::config_error, fmt::format("{}: {}", source_name, ok.error().message));
    return c;
}

Result<Config> load_config(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(Errc::config_error,
                    fmt::format("cannot read configuration file {}: check the path given to "
                                "--config",
                                file.string()));
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_config(ss.str(), file.string());
}

}  // namespace cti
