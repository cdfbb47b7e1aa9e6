#pragma once
// An IVR flow as plain data: a name, a version, a start node and nodes keyed by id. Flows are
// loaded from JSON (flow_json.h), checked by validate() at save time and run per call by
// IvrSession (session.h). The JSON format is described in server/ivr/README.md.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cti::ivr {

using NodeId = std::string;
using PromptId = std::string;
using Duration = std::chrono::milliseconds;

// Plays prompts, then goes to next. With barge_in a key press stops the playback; the key is
// kept for the next node that reads keys (type-ahead). Without barge_in keys are kept too.
struct PlayNode {
    std::vector<PromptId> prompts;
    bool barge_in = false;
    NodeId next;
};

// Plays prompts and waits for one key. An unknown key or no key within timeout is a failed
// attempt: the invalid (or timeout) prompts and the menu are played again, up to `retries` more
// times; then on_fail (empty: hang up).
struct MenuNode {
    std::vector<PromptId> prompts;
    std::map<char, NodeId> options;
    Duration timeout{std::chrono::seconds(5)};
    int retries = 2;
    std::vector<PromptId> invalid_prompts;
    std::vector<PromptId> timeout_prompts;
    bool barge_in = true;
    NodeId on_fail;
};

// Collects digits into a variable. Input ends with the terminator, at max_digits, or when no
// key comes within inter_digit_timeout after at least one digit. Checks: length within
// [min_digits, max_digits], only 0-9 (unless allow_star), Luhn when asked. A failed attempt is
// retried like a menu; after the last, on_invalid (empty: hang up).
struct CollectNode {
    std::vector<PromptId> prompts;
    int min_digits = 1;
    int max_digits = 20;
    char terminator = '#';
    Duration timeout{std::chrono::seconds(8)};             // for the first digit
    Duration inter_digit_timeout{std::chrono::seconds(4)}; // between digits
    bool allow_star = false;
    bool luhn = false;
    std::string variable;
    int retries = 2;
    std::vector<PromptId> invalid_prompts;
    std::vector<PromptId> timeout_prompts;
    bool barge_in = true;
    NodeId on_invalid;
    NodeId next;
};

// Asks the host to look the customer up by the caller's number (key empty or "caller") or by
// the value of a variable; waits for on_lookup_result (or `timeout`: not found).
struct LookupNode {
    std::string key;
    Duration timeout{std::chrono::seconds(5)};
    NodeId found;
    NodeId not_found;
};

enum class ConditionTest {
    business_open,  // the calendar is open now
    holiday,        // today is a holiday in the calendar
    vip_at_least,   // the caller's VIP level is set and <= level (1 is the highest level)
    blacklisted,    // the caller is blacklisted
    variable_equals,
    variable_compare,  // op: == != < <= > >= (numbers when both sides are numbers)
    variable_set,      // the variable exists and is not empty
};

struct ConditionNode {
    ConditionTest test = ConditionTest::business_open;
    std::string calendar = "default";
    int level = 1;
    std::string variable;
    std::string op = "==";
    std::string value;
    NodeId then_next;
    NodeId else_next;
};

// variable = value; ${name} in value is replaced by the variable's value.
struct SetNode {
    std::string variable;
    std::string value;
    NodeId next;
};

struct QueueNode {
    std::string queue;
    std::string skill;
    int priority = 0;
};

struct TransferNode {
    std::string extension;
};

struct VoicemailNode {
    std::string mailbox;
};

// Requests a callback from the queue; continues at next, or hangs up when next is empty.
struct CallbackNode {
    std::string queue;
    NodeId next;
};

// Asks a question and waits for one of valid_digits; the answer is stored and recorded.
// Invalid keys and timeouts are retried; after the last attempt the flow goes on without one.
struct SurveyNode {
    std::vector<PromptId> prompts;
    std::string valid_digits = "12345";
    std::string variable = "survey";
    Duration timeout{std::chrono::seconds(6)};
    int retries = 1;
    std::vector<PromptId> invalid_prompts;
    NodeId next;  // empty: hang up
};

struct HangupNode {
    std::vector<PromptId> prompts;
    std::string reason = "flow ended";
};

enum class SpeakHint { none, digits, number, amount, date };
enum class Language { zh_CN, en };

// Text to speech from a template with ${variables}; the hint says how to read the values.
struct TtsNode {
    std::string text;
    SpeakHint hint = SpeakHint::none;
    Language language = Language::zh_CN;
    bool barge_in = false;
    NodeId next;
};

// Fax on demand: sends a document to the caller's own fax machine on this call (the caller
// presses start when the tones come), then the call ends. `document` is a file name under the
// server's <data>/fax/documents/ (a TIFF-F), not a path.
struct FaxNode {
    std::string document;
};

// A node whose "type" the loader did not know; validate() reports it.
struct UnknownNode {
    std::string type;
};

using NodeBody = std::variant<PlayNode, MenuNode, CollectNode, LookupNode, ConditionNode, SetNode,
                              QueueNode, TransferNode, VoicemailNode, CallbackNode, SurveyNode,
                              HangupNode, TtsNode, FaxNode, UnknownNode>;

struct Node {
    NodeId id;
    NodeBody body;
};

// Texts of a prompt for TTS generation and the prompt library.
struct PromptText {
    std::string zh_CN;
    std::string en;
};

struct Flow {
    std::string name;
    int version = 1;
    NodeId start;
    std::vector<Node> nodes;
    std::map<PromptId, PromptText> prompts;  // optional catalogue shipped with the flow

    const Node* find(std::string_view id) const;
};

// The node's type name as written in JSON ("play", "menu", …).
std::string_view type_name(const NodeBody& body);
// Every node this node can go to, in a fixed order (empty ids included: they mean "hang up").
std::vector<NodeId> successors(const NodeBody& body);
// Every prompt id the node plays.
std::vector<PromptId> prompt_ids(const NodeBody& body);
// Nodes that wait for a key from the caller (menu, collect, survey).
bool waits_for_caller(const NodeBody& body);

std::string_view to_string(ConditionTest t);
std::optional<ConditionTest> condition_test_from_string(std::string_view s);
std::string_view to_string(SpeakHint h);
std::optional<SpeakHint> speak_hint_from_string(std::string_view s);
std::string_view to_string(Language l);
std::optional<Language> language_from_string(std::string_view s);

// Luhn check digit rule (ISO/IEC 7812) over a string of digits.
bool luhn_valid(std::string_view digits);
// Replaces ${name} by vars[name] (empty when missing); "$${" is a literal "${".
std::string expand(std::string_view text, const std::map<std::string, std::string>& vars);

}  // namespace cti::ivr
