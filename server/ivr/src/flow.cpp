#include "cti/ivr/flow.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cti::ivr {

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
// The guide C++20 makes implicit; clang before 17 (the fuzz build) still needs it written.
template <class... F>
overloaded(F...) -> overloaded<F...>;

constexpr std::array<std::pair<ConditionTest, std::string_view>, 7> condition_names{{
    {ConditionTest::business_open, "business_open"},
    {ConditionTest::holiday, "holiday"},
    {ConditionTest::vip_at_least, "vip_at_least"},
    {ConditionTest::blacklisted, "blacklisted"},
    {ConditionTest::variable_equals, "variable_equals"},
    {ConditionTest::variable_compare, "variable_compare"},
    {ConditionTest::variable_set, "variable_set"},
}};

constexpr std::array<std::pair<SpeakHint, std::string_view>, 5> hint_names{{
    {SpeakHint::none, "none"},
    {SpeakHint::digits, "digits"},
    {SpeakHint::number, "number"},
    {SpeakHint::amount, "amount"},
    {SpeakHint::date, "date"},
}};

constexpr std::array<std::pair<Language, std::string_view>, 2> language_names{{
    {Language::zh_CN, "zh_CN"},
    {Language::en, "en"},
}};

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E e) {
    for (const auto& [v, n] : table) {
        if (v == e) return n;
    }
    return "?";
}

template <class E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table,
                          std::string_view s) {
    for (const auto& [v, n] : table) {
        if (n == s) return v;
    }
    return std::nullopt;
}

void append(std::vector<PromptId>& out, const std::vector<PromptId>& more) {
    out.insert(out.end(), more.begin(), more.end());
}

}  // namespace

const Node* Flow::find(std::string_view id) const {
    auto it = std::ranges::find_if(nodes, [&](const Node& n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

std::string_view type_name(const NodeBody& body) {
    return std::visit(overloaded{
                          [](const PlayNode&) -> std::string_view { return "play"; },
                          [](const MenuNode&) -> std::string_view { return "menu"; },
                          [](const CollectNode&) -> std::string_view { return "collect"; },
                          [](const LookupNode&) -> std::string_view { return "lookup"; },
                          [](const ConditionNode&) -> std::string_view { return "condition"; },
                          [](const SetNode&) -> std::string_view { return "set"; },
                          [](const QueueNode&) -> std::string_view { return "queue"; },
                          [](const TransferNode&) -> std::string_view { return "transfer"; },
                          [](const VoicemailNode&) -> std::string_view { return "voicemail"; },
                          [](const CallbackNode&) -> std::string_view { return "callback"; },
                          [](const SurveyNode&) -> std::string_view { return "survey"; },
                          [](const HangupNode&) -> std::string_view { return "hangup"; },
                          [](const TtsNode&) -> std::string_view { return "tts"; },
                          [](const FaxNode&) -> std::string_view { return "fax"; },
                          [](const UnknownNode& u) -> std::string_view { return u.type; },
                      },
                      body);
}

std::vector<NodeId> successors(const NodeBody& body) {
    return std::visit(
        overloaded{
            [](const PlayNode& n) { return std::vector<NodeId>{n.next}; },
            [](const MenuNode& n) {
                std::vector<NodeId> out;
                for (const auto& [digit, next] : n.options) out.push_back(next);
                out.push_back(n.on_fail);
                return out;
            },
            [](const CollectNode& n) { return std::vector<NodeId>{n.next, n.on_invalid}; },
            [](const LookupNode& n) { return std::vector<NodeId>{n.found, n.not_found}; },
            [](const ConditionNode& n) { return std::vector<NodeId>{n.then_next, n.else_next}; },
            [](const SetNode& n) { return std::vector<NodeId>{n.next}; },
            [](const CallbackNode& n) { return std::vector<NodeId>{n.next}; },
            [](const SurveyNode& n) { return std::vector<NodeId>{n.next}; },
            [](const TtsNode& n) { return std::vector<NodeId>{n.next}; },
            [](const auto&) { return std::vector<NodeId>{}; },
        },
        body);
}

std::vector<PromptId> prompt_ids(const NodeBody& body) {
    return std::visit(overloaded{
                          [](const PlayNode& n) { return n.prompts; },
                          [](const MenuNode& n) {
                              auto out = n.prompts;
                              append(out, n.invalid_prompts);
                              append(out, n.timeout_prompts);
                              return out;
                          },
                          [](const CollectNode& n) {
                              auto out = n.prompts;
                              append(out, n.invalid_prompts);
                              append(out, n.timeout_prompts);
                              return out;
                          },
                          [](const SurveyNode& n) {
                              auto out = n.prompts;
                              append(out, n.invalid_prompts);
                              return out;
                          },
                          [](const HangupNode& n) { return n.prompts; },
                          [](const auto&) { return std::vector<PromptId>{}; },
                      },
                      body);
}

bool waits_for_caller(const NodeBody& body) {
    return std::holds_alternative<MenuNode>(body) || std::holds_alternative<CollectNode>(body) ||
           std::holds_alternative<SurveyNode>(body);
}

std::string_view to_string(ConditionTest t) { return name_of(condition_names, t); }
std::optional<ConditionTest> condition_test_from_string(std::string_view s) {
    return value_of(condition_names, s);
}
std::string_view to_string(SpeakHint h) { return name_of(hint_names, h); }
std::optional<SpeakHint> speak_hint_from_string(std::string_view s) {
    return value_of(hint_names, s);
}
std::string_view to_string(Language l) { return name_of(language_names, l); }
std::optional<Language> language_from_string(std::string_view s) {
    return value_of(language_names, s);
}

bool luhn_valid(std::string_view digits) {
    if (digits.empty()) return false;
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9') return false;
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

std::string expand(std::string_view text, const std::map<std::string, std::string>& vars) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text.substr(i, 3) == "$${") {
            out += "${";
            i += 3;
            continue;
        }
        if (text.substr(i, 2) == "${") {
            auto close = text.find('}', i + 2);
            if (close != std::string_view::npos) {
                auto it = vars.find(std::string(text.substr(i + 2, close - i - 2)));
                if (it != vars.end()) out += it->second;
                i = close + 1;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

}  // namespace cti::ivr
