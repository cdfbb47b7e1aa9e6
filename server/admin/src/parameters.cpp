#include "cti/admin/parameters.h"

#include <fmt/format.h>

#include <algorithm>

#include <charconv>

#include "tables_private.h"

namespace cti::admin {
namespace {

template <class T>
Parameter number(std::string_view key, std::int64_t min, std::int64_t max, std::string_view description, T Config::*section,
                 std::uint32_t T::*member) {
    return Parameter{key, false, min, max, description,
                     [section, member](const Config& c) { return std::to_string(c.*section.*member); },
                     [section, member](Config& c, const std::string& v) {
                         c.*section.*member = static_cast<std::uint32_t>(std::stoll(v));
                     }};
}

template <class T>
Parameter text(std::string_view key, std::int64_t max, std::string_view description, T Config::*section,
               std::string T::*member) {
    return Parameter{key, true, 0, max, description, [section, member](const Config& c) { return c.*section.*member; },
                     [section, member](Config& c, const std::string& v) { c.*section.*member = v; }};
}

const std::vector<Parameter>& all() {
    static const std::vector<Parameter> list{
        number("sip.ring_timeout_s", 5, 600, "An unanswered phone stops ringing after this many seconds.", &Config::sip,
               &SipConfig::ring_timeout_s),
        number("sip.max_call_duration_s", 0, 86400, "A call is ended after this many seconds (0: no limit).",
               &Config::sip, &SipConfig::max_call_duration_s),
        number("recording.retention_days", 0, 3650, "Recordings older than this many days are deleted (0: kept forever).",
               &Config::recording, &RecordingConfig::retention_days),
        number("contact.voicemail_max_s", 10, 3600, "A voicemail message is cut off after this many seconds.",
               &Config::contact, &ContactConfig::voicemail_max_s),
        number("contact.callback_max_attempts", 1, 20, "Calls to a callback number before the request fails.",
               &Config::contact, &ContactConfig::callback_max_attempts),
        number("contact.callback_retry_s", 30, 86400, "Seconds between callback attempts after busy or no answer.",
               &Config::contact, &ContactConfig::callback_retry_s),
        number("campaign.ring_timeout_s", 5, 600, "An outbound campaign call not answered by then counts as no answer.",
               &Config::campaign, &CampaignConfig::ring_timeout_s),
        number("campaign.max_lines", 1, 2000, "Trunk channels one campaign may hold at once.", &Config::campaign,
               &CampaignConfig::max_lines),
        number("fax.max_attempts", 1, 10, "Times a fax is dialled before it fails.", &Config::fax, &FaxConfig::max_attempts),
        number("fax.retry_s", 30, 86400, "Seconds between fax attempts.", &Config::fax, &FaxConfig::retry_s),
        text("fax.ident", 20, "Our fax station id (TSI/CSI), by custom the fax number in international form.",
             &Config::fax, &FaxConfig::ident),
        text("fax.header", 50, "The line printed above each fax page sent (empty: none).", &Config::fax,
             &FaxConfig::header),
        number("auth.failures_before_lockout", 1, 100, "Failed logins within the window before an account is locked.",
               &Config::auth, &AuthConfig::failures_before_lockout),
        number("auth.lockout_s", 10, 86400, "Seconds an account stays locked after too many failed logins.",
               &Config::auth, &AuthConfig::lockout_s),
    };
    return list;
}

std::vector<Column> parameter_columns() {
    return {read_only_column("key", ColumnType::text, true),
            Column{.name = "value", .type = ColumnType::text, .max = 200},
            read_only_column("default"), read_only_column("description"), read_only_column("applies")};
}

Result<TableData> list_parameters(storage::Database& db, const Context&) {
    auto stored = query_records(db, "SELECT key, value FROM system_parameters", {}, {"key", "value"}, "listing parameters");
    if (!stored) return std::unexpected(stored.error());
    const Config defaults;
    TableData out{parameter_columns(), {},
                  "A value left empty is the configuration file's. Changes take effect when the server is restarted."};
    for (const auto& p : all()) {
        Record r{{"key", std::string(p.key)}, {"value", ""}, {"default", p.get(defaults)},
                 {"description", std::string(p.description)}, {"applies", "restart"}};
        for (const auto& s : *stored)
            if (field(s, "key") == p.key) r["value"] = field(s, "value");
        out.records.push_back(std::move(r));
    }
    return out;
}

Result<Record> save_parameter(storage::Database& db, const Record& in, const Context& ctx) {
    auto r = check_record(parameter_columns(), in, false);
    if (!r) return std::unexpected(r.error());
    const auto* p = find_parameter(field(*r, "key"));
    if (!p) return fail(Errc::not_found, fmt::format("key: there is no parameter '{}'", field(*r, "key")));
    const auto value = field(*r, "value");
    if (value.empty()) {
        auto e = execute(db, "DELETE FROM system_parameters WHERE key = :key", {{":key", std::string(p->key)}},
                         "clearing the parameter");
        if (!e) return std::unexpected(e.error());
    } else {
        if (auto problem = check_parameter(*p, value); !problem.empty())
            return fail(Errc::invalid_argument, fmt::format("value: {}", problem));
        auto e = execute(db,
                         "INSERT INTO system_parameters (key, value, updated_ms, updated_by) VALUES (:key, :value, :at, :by) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_ms = excluded.updated_ms, "
                         "updated_by = excluded.updated_by",
                         {{":key", std::string(p->key)}, {":value", value}, {":at", std::to_string(ctx.now_ms)},
                          {":by", std::to_string(ctx.user.value())}},
                         "saving the parameter");
        if (!e) return std::unexpected(e.error());
    }
    const Config defaults;
    return Record{{"key", std::string(p->key)}, {"value", value}, {"default", p->get(defaults)},
                  {"description", std::string(p->description)}, {"applies", "restart"}};
}

}  // namespace

std::span<const Parameter> parameters() { return all(); }

const Parameter* find_parameter(std::string_view key) {
    for (const auto& p : all())
        if (p.key == key) return &p;
    return nullptr;
}

std::string check_parameter(const Parameter& p, const std::string& value) {
    if (p.is_text) return value.size() > static_cast<std::size_t>(p.max) ? fmt::format("at most {} characters", p.max) : "";
    std::int64_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size()) return "a whole number is needed";
    if (n < p.min || n > p.max) return fmt::format("from {} to {}", p.min, p.max);
    return {};
}

std::vector<std::string> apply_parameters(Config& config, storage::Database& db, std::vector<std::string>* applied) {
    std::vector<std::string> skipped;
    auto stored = query_records(db, "SELECT key, value FROM system_parameters", {}, {"key", "value"}, "reading parameters");
    if (!stored) return {stored.error().message};
    for (const auto& s : *stored) {
        const auto* p = find_parameter(field(s, "key"));
        if (!p) {
            skipped.push_back(fmt::format("unknown parameter '{}' ignored", field(s, "key")));
            continue;
        }
        if (auto problem = check_parameter(*p, field(s, "value")); !problem.empty()) {
            skipped.push_back(fmt::format("parameter {} = '{}' ignored: {}", p->key, field(s, "value"), problem));
            continue;
        }
        p->set(config, field(s, "value"));
        if (applied) applied->push_back(fmt::format("{} = {}", p->key, field(s, "value")));
    }
    return skipped;
}

std::vector<Table> parameter_tables() {
    return {Table{.name = "parameters", .read_permission = "admin.system", .write_permission = "admin.system",
                  .may_add = false, .may_remove = false, .list = list_parameters, .save = save_parameter}};
}

}  // namespace cti::admin
