#include "cti/ivr/flow_json.h"

#include <fmt/format.h>

#include <climits>
#include <cmath>
#include <cstdint>
#include <set>

#include <nlohmann/json.hpp>

namespace cti::ivr {

namespace {

using nlohmann::json;

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
// The guide C++20 makes implicit; clang before 17 (the fuzz build) still needs it written.
template <class... F>
overloaded(F...) -> overloaded<F...>;

// Thrown inside the loader only; flow_from_json turns it into an Error.
struct LoadError {
    std::string message;
};

// Reads the fields of one node, naming the node and the field in every error.
class Fields {
public:
    static constexpr double kMaxSeconds = 86400;  // no IVR wait is longer than a day

    Fields(const json& j, std::string id) : j_(j), id_(std::move(id)) {}

    std::string str(const char* key, std::string def = {}) const {
        if (!j_.contains(key)) return def;
        if (!j_[key].is_string()) wrong(key, "a string");
        return j_[key].get<std::string>();
    }
    // A whole number that fits an int: get<int>() alone would cut 4294967297 down to 1.
    int integer(const char* key, int def) const {
        if (!j_.contains(key)) return def;
        const auto& v = j_[key];
        if (!v.is_number_integer()) wrong(key, "a whole number");
        if (v.is_number_unsigned() ? v.get<std::uint64_t>() > std::uint64_t{INT_MAX}
                                   : v.get<std::int64_t>() < INT_MIN || v.get<std::int64_t>() > INT_MAX)
            wrong(key, "a whole number from -2147483648 to 2147483647");
        return v.get<int>();
    }
    bool boolean(const char* key, bool def) const {
        if (!j_.contains(key)) return def;
        if (!j_[key].is_boolean()) wrong(key, "true or false");
        return j_[key].get<bool>();
    }
    // Bounded: beyond the range of the millisecond Duration, lround's result is unspecified (1e17
    // came back as a negative timeout that the flow then could not be loaded with again).
    Duration seconds(const char* key, Duration def) const {
        if (!j_.contains(key)) return def;
        if (!j_[key].is_number() || j_[key].get<double>() < 0 || j_[key].get<double>() > kMaxSeconds)
            wrong(key, "seconds (a number from 0 to 86400)");
        return Duration{static_cast<long>(std::lround(j_[key].get<double>() * 1000))};
    }
    std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> out;
        if (!j_.contains(key)) return out;
        if (j_[key].is_string()) return {j_[key].get<std::string>()};
        if (!j_[key].is_array()) wrong(key, "a list of prompt ids");
        for (const auto& s : j_[key]) {
            if (!s.is_string()) wrong(key, "a list of prompt ids");
            out.push_back(s.get<std::string>());
        }
        return out;
    }
    char key_char(const char* key, char def) const {
        if (!j_.contains(key)) return def;
        auto s = str(key);
        if (s.empty()) return '\0';
        if (s.size() != 1 || std::string_view("0123456789*#").find(s[0]) == std::string_view::npos) {
            wrong(key, "one key: 0-9, * or #, or \"\" for none");
        }
        return s[0];
    }
    std::map<char, NodeId> options() const {
        std::map<char, NodeId> out;
        if (!j_.contains("options")) return out;
        if (!j_["options"].is_object()) wrong("options", "an object like {\"1\": \"node\"}");
        for (const auto& [k, v] : j_["options"].items()) {
            if (k.size() != 1 || std::string_view("0123456789*#").find(k[0]) == std::string_view::npos) {
                throw LoadError{fmt::format("node '{}': menu option '{}' is not a key; use 0-9, * "
                                            "or #", id_, k)};
            }
            if (!v.is_string()) wrong("options", "an object of key -> node id");
            out[k[0]] = v.get<std::string>();
        }
        return out;
    }

private:
    [[noreturn]] void wrong(const char* key, const char* what) const {
        throw LoadError{fmt::format("node '{}': field '{}' must be {}", id_, key, what)};
    }
    const json& j_;
    std::string id_;
};

NodeBody read_body(const std::string& type, const Fields& f) {
    if (type == "play") return PlayNode{f.strings("prompts"), f.boolean("barge_in", false), f.str("next")};
    if (type == "menu") {
        MenuNode d;
        return MenuNode{f.strings("prompts"), f.options(), f.seconds("timeout_s", d.timeout),
                        f.integer("retries", d.retries), f.strings("invalid_prompts"),
                        f.strings("timeout_prompts"), f.boolean("barge_in", d.barge_in),
                        f.str("on_fail")};
    }
    if (type == "collect") {
        CollectNode d;
        return CollectNode{f.strings("prompts"), f.integer("min_digits", d.min_digits),
                           f.integer("max_digits", d.max_digits), f.key_char("terminator", '#'),
                           f.seconds("timeout_s", d.timeout),
                           f.seconds("inter_digit_timeout_s", d.inter_digit_timeout),
                           f.boolean("allow_star", false), f.boolean("luhn", false),
                           f.str("variable"), f.integer("retries", d.retries),
                           f.strings("invalid_prompts"), f.strings("timeout_prompts"),
                           f.boolean("barge_in", d.barge_in), f.str("on_invalid"), f.str("next")};
    }
    if (type == "lookup") {
        return LookupNode{f.str("key", "caller"), f.seconds("timeout_s", LookupNode{}.timeout),
                          f.str("found"), f.str("not_found")};
    }
    if (type == "condition") {
        auto name = f.str("test");
        auto test = condition_test_from_string(name);
        if (!test) {
            throw LoadError{fmt::format("condition test '{}' is unknown; use business_open, "
                                        "holiday, vip_at_least, blacklisted, variable_equals, "
                                        "variable_compare or variable_set", name)};
        }
        return ConditionNode{*test, f.str("calendar", "default"), f.integer("level", 1),
                             f.str("variable"), f.str("op", "=="), f.str("value"),
                             f.str("then"), f.str("else")};
    }
    if (type == "set") return SetNode{f.str("variable"), f.str("value"), f.str("next")};
    if (type == "queue") return QueueNode{f.str("queue"), f.str("skill"), f.integer("priority", 0)};
    if (type == "transfer") return TransferNode{f.str("extension")};
    if (type == "voicemail") return VoicemailNode{f.str("mailbox")};
    if (type == "fax") return FaxNode{f.str("document")};
    if (type == "callback") return CallbackNode{f.str("queue"), f.str("next")};
    if (type == "survey") {
        SurveyNode d;
        return SurveyNode{f.strings("prompts"), f.str("valid_digits", d.valid_digits),
                          f.str("variable", d.variable), f.seconds("timeout_s", d.timeout),
                          f.integer("retries", d.retries), f.strings("invalid_prompts"),
                          f.str("next")};
    }
    if (type == "hangup") return HangupNode{f.strings("prompts"), f.str("reason", "flow ended")};
    if (type == "tts") {
        auto hint = speak_hint_from_string(f.str("hint", "none"));
        auto lang = language_from_string(f.str("language", "zh_CN"));
        if (!hint) throw LoadError{"tts hint must be none, digits, number, amount or date"};
        if (!lang) throw LoadError{"tts language must be zh_CN or en"};
        return TtsNode{f.str("text"), *hint, *lang, f.boolean("barge_in", false), f.str("next")};
    }
    return UnknownNode{type};
}

Flow read_flow(const json& j) {
    if (!j.is_object()) throw LoadError{"a flow must be a JSON object"};
    Fields top(j, "(flow)");
    Flow flow;
    flow.name = top.str("name");
    flow.version = top.integer("version", 1);
    flow.start = top.str("start");
    if (!j.contains("nodes") || !j["nodes"].is_array()) {
        throw LoadError{"the flow needs \"nodes\": a list of {\"id\": …, \"type\": …}"};
    }
    std::set<std::string> ids;
    for (const auto& n : j["nodes"]) {
        if (!n.is_object() || !n.contains("id") || !n["id"].is_string() ||
            n["id"].get<std::string>().empty()) {
            throw LoadError{"every node needs a non-empty \"id\" string"};
        }
        auto id = n["id"].get<std::string>();
        if (!ids.insert(id).second) {
            throw LoadError{fmt::format("node id '{}' is used twice; give each node its own id", id)};
        }
        Fields f(n, id);
        auto type = f.str("type");
        try {
            flow.nodes.push_back({id, read_body(type, f)});
        } catch (const LoadError& e) {
            if (e.message.starts_with("node '")) throw;
            throw LoadError{fmt::format("node '{}': {}", id, e.message)};
        }
    }
    if (j.contains("prompts")) {
        if (!j["prompts"].is_object()) throw LoadError{"\"prompts\" must be an object of id -> texts"};
        for (const auto& [id, texts] : j["prompts"].items()) {
            Fields f(texts, "prompt " + id);
            flow.prompts[id] = PromptText{f.str("zh_CN"), f.str("en")};
        }
    }
    return flow;
}

json strings(const std::vector<std::string>& v) { return json(v); }

double secs(Duration d) { return static_cast<double>(d.count()) / 1000.0; }

json write_body(const NodeBody& body) {
    return std::visit(
        overloaded{
            [](const PlayNode& n) {
                return json{{"prompts", strings(n.prompts)}, {"barge_in", n.barge_in}, {"next", n.next}};
            },
            [](const MenuNode& n) {
                json opts = json::object();
                for (const auto& [k, v] : n.options) opts[std::string(1, k)] = v;
                return json{{"prompts", strings(n.prompts)}, {"options", opts},
                            {"timeout_s", secs(n.timeout)}, {"retries", n.retries},
                            {"invalid_prompts", strings(n.invalid_prompts)},
                            {"timeout_prompts", strings(n.timeout_prompts)},
                            {"barge_in", n.barge_in}, {"on_fail", n.on_fail}};
            },
            [](const CollectNode& n) {
                return json{{"prompts", strings(n.prompts)}, {"min_digits", n.min_digits},
                            {"max_digits", n.max_digits},
                            {"terminator", n.terminator ? std::string(1, n.terminator) : ""},
                            {"timeout_s", secs(n.timeout)},
                            {"inter_digit_timeout_s", secs(n.inter_digit_timeout)},
                            {"allow_star", n.allow_star}, {"luhn", n.luhn},
                            {"variable", n.variable}, {"retries", n.retries},
                            {"invalid_prompts", strings(n.invalid_prompts)},
                            {"timeout_prompts", strings(n.timeout_prompts)},
                            {"barge_in", n.barge_in}, {"on_invalid", n.on_invalid},
                            {"next", n.next}};
            },
            [](const LookupNode& n) {
                return json{{"key", n.key}, {"timeout_s", secs(n.timeout)}, {"found", n.found},
                            {"not_found", n.not_found}};
            },
            [](const ConditionNode& n) {
                return json{{"test", std::string(to_string(n.test))}, {"calendar", n.calendar},
                            {"level", n.level}, {"variable", n.variable}, {"op", n.op},
                            {"value", n.value}, {"then", n.then_next}, {"else", n.else_next}};
            },
            [](const SetNode& n) {
                return json{{"variable", n.variable}, {"value", n.value}, {"next", n.next}};
            },
            [](const QueueNode& n) {
                return json{{"queue", n.queue}, {"skill", n.skill}, {"priority", n.priority}};
            },
            [](const TransferNode& n) { return json{{"extension", n.extension}}; },
            [](const VoicemailNode& n) { return json{{"mailbox", n.mailbox}}; },
            [](const FaxNode& n) { return json{{"document", n.document}}; },
            [](const CallbackNode& n) { return json{{"queue", n.queue}, {"next", n.next}}; },
            [](const SurveyNode& n) {
                return json{{"prompts", strings(n.prompts)}, {"valid_digits", n.valid_digits},
                            {"variable", n.variable}, {"timeout_s", secs(n.timeout)},
                            {"retries", n.retries},
                            {"invalid_prompts", strings(n.invalid_prompts)}, {"next", n.next}};
            },
            [](const HangupNode& n) {
                return json{{"prompts", strings(n.prompts)}, {"reason", n.reason}};
            },
            [](const TtsNode& n) {
                return json{{"text", n.text}, {"hint", std::string(to_string(n.hint))},
                            {"language", std::string(to_string(n.language))},
                            {"barge_in", n.barge_in}, {"next", n.next}};
            },
            [](const UnknownNode&) { return json::object(); },
        },
        body);
}

}  // namespace

Result<Flow> flow_from_json(std::string_view text) {
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        return fail(Errc::invalid_argument,
                    "the flow is not valid JSON; check quotes, commas and brackets");
    }
    try {
        return read_flow(j);
    } catch (const LoadError& e) {
        return fail(Errc::invalid_argument, e.message);
    } catch (const json::exception& e) {
        return fail(Errc::invalid_argument, fmt::format("flow field of the wrong type: {}", e.what()));
    }
}

std::string flow_to_json(const Flow& flow) {
    json j{{"name", flow.name}, {"version", flow.version}, {"start", flow.start}};
    j["nodes"] = json::array();
    for (const auto& n : flow.nodes) {
        json o = write_body(n.body);
        o["id"] = n.id;
        o["type"] = std::string(type_name(n.body));
        j["nodes"].push_back(std::move(o));
    }
    if (!flow.prompts.empty()) {
        json p = json::object();
        for (const auto& [id, t] : flow.prompts) p[id] = json{{"zh_CN", t.zh_CN}, {"en", t.en}};
        j["prompts"] = p;
    }
    return j.dump(2);
}

}  // namespace cti::ivr
