// IvrSession: entering nodes and evaluating conditions.
#include <charconv>

#include "cti/core/logging.h"
#include "cti/ivr/session.h"

namespace cti::ivr {

namespace {

template <class... F>
struct overloaded : F... {
    using F::operator()...;
};

std::optional<double> as_number(const std::string& s) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

template <class T>
bool compare(const T& a, const std::string& op, const T& b) {
    if (op == "==") return a == b;
    if (op == "!=") return a != b;
    if (op == "<") return a < b;
    if (op == "<=") return a <= b;
    if (op == ">") return a > b;
    if (op == ">=") return a >= b;
    return false;
}

}  // namespace

// Walks nodes that do not wait (condition, set, …) until one waits or the call leaves the IVR.
void IvrSession::go(NodeId id, SteadyTime now, Actions& out) {
    for (int step = 0;; ++step) {
        if (step == max_steps) {
            logger("ivr")->error("ivr runaway loop flow={} node={} caller={}", flow_->name, id,
                                 call_.caller);
            finish(out, "flow loop at " + id);
            return;
        }
        if (id.empty()) {
            finish(out, "end of flow after " + node());
            return;
        }
        const Node* next = flow_->find(id);
        if (!next) {
            logger("ivr")->error("ivr missing node flow={} node={}", flow_->name, id);
            finish(out, "missing node " + id);
            return;
        }
        node_ = next;
        entered_.push_back(id);
        attempts_ = 0;
        digits_.clear();
        deadline_.reset();
        auto then = enter(*node_, now, out);
        if (!then) return;
        id = *then;
    }
}

// Starts a node. Returns the node to go to at once, or nothing when the session now waits for
// an event (or has finished).
std::optional<NodeId> IvrSession::enter(const Node& node, SteadyTime now, Actions& out) {
    return std::visit(
        overloaded{
            [&](const PlayNode& n) -> std::optional<NodeId> {
                if (n.prompts.empty()) return n.next;
                out.push_back(PlayPrompts{n.prompts, n.barge_in});
                transition(State::playing);
                return std::nullopt;
            },
            [&](const TtsNode& n) -> std::optional<NodeId> {
                out.push_back(SpeakText{expand(n.text, template_vars()), n.language, n.hint,
                                        n.barge_in});
                transition(State::playing);
                return std::nullopt;
            },
            [&](const MenuNode& n) -> std::optional<NodeId> {
                begin_input(n.prompts, n.barge_in, now, out);
                return std::nullopt;
            },
            [&](const CollectNode& n) -> std::optional<NodeId> {
                begin_input(n.prompts, n.barge_in, now, out);
                return std::nullopt;
            },
            [&](const SurveyNode& n) -> std::optional<NodeId> {
                type_ahead_.clear();  // keys from before the question are not an answer
                begin_input(n.prompts, true, now, out);
                return std::nullopt;
            },
            [&](const LookupNode& n) -> std::optional<NodeId> {
                bool by_caller = n.key.empty() || n.key == "caller";
                auto it = vars_.find(n.key);
                std::string key = by_caller ? call_.caller : (it == vars_.end() ? "" : it->second);
                out.push_back(LookupCustomer{by_caller ? "caller" : n.key, key});
                transition(State::looking_up);
                arm(n.timeout, now, out);
                return std::nullopt;
            },
            [&](const ConditionNode& n) -> std::optional<NodeId> {
                return evaluate(n, now) ? n.then_next : n.else_next;
            },
            [&](const SetNode& n) -> std::optional<NodeId> {
                vars_[n.variable] = expand(n.value, template_vars());
                return n.next;
            },
            [&](const QueueNode& n) -> std::optional<NodeId> {
                out.push_back(EnqueueCall{n.queue, n.skill, n.priority, vars_});
                finish(out, std::nullopt);
                return std::nullopt;
            },
            [&](const TransferNode& n) -> std::optional<NodeId> {
                out.push_back(TransferTo{n.extension, vars_});
                finish(out, std::nullopt);
                return std::nullopt;
            },
            [&](const VoicemailNode& n) -> std::optional<NodeId> {
                out.push_back(Voicemail{n.mailbox, vars_});
                finish(out, std::nullopt);
                return std::nullopt;
            },
            [&](const FaxNode& n) -> std::optional<NodeId> {
                out.push_back(SendFax{n.document});
                finish(out, std::nullopt);
                return std::nullopt;
            },
            [&](const CallbackNode& n) -> std::optional<NodeId> {
                out.push_back(RequestCallback{n.queue, call_.caller, vars_});
                if (n.next.empty()) {
                    finish(out, "callback requested");
                    return std::nullopt;
                }
                return n.next;
            },
            [&](const HangupNode& n) -> std::optional<NodeId> {
                if (n.prompts.empty()) {
                    finish(out, n.reason);
                } else {
                    out.push_back(PlayPrompts{n.prompts, false});
                    transition(State::playing);
                }
                return std::nullopt;
            },
            [&](const UnknownNode& n) -> std::optional<NodeId> {
                logger("ivr")->error("ivr unknown node type={} node={}", n.type, node.id);
                finish(out, "unknown node type " + n.type);
                return std::nullopt;
            },
        },
        node.body);
}

// A node that reads keys: with barge-in and keys typed ahead the prompt is skipped.
void IvrSession::begin_input(const std::vector<PromptId>& prompts, bool barge_in,
                             SteadyTime now, Actions& out) {
    if (barge_in && !type_ahead_.empty()) {
        transition(State::waiting_input);
        drain(now, out);
        return;
    }
    out.push_back(PlayPrompts{prompts, barge_in});
    transition(State::prompting);
}

bool IvrSession::evaluate(const ConditionNode& c, SteadyTime now) const {
    auto calendar = [&]() -> const BusinessCalendar* {
        if (env_) {
            auto it = env_->calendars.find(c.calendar);
            if (it != env_->calendars.end()) return &it->second;
        }
        logger("ivr")->warn("ivr calendar missing name={} flow={}: counted as open", c.calendar,
                            flow_->name);
        return nullptr;
    };
    auto wall = call_.wall_at_start +
                std::chrono::duration_cast<WallTime::duration>(now - steady_at_start_);
    auto value = [&]() -> std::string {
        auto it = vars_.find(c.variable);
        return it == vars_.end() ? std::string() : it->second;
    };
    switch (c.test) {
        case ConditionTest::business_open: {
            auto* cal = calendar();
            return !cal || is_open(*cal, wall);
        }
        case ConditionTest::holiday: {
            auto* cal = calendar();
            return cal && is_holiday(*cal, wall);
        }
        case ConditionTest::vip_at_least:
            return call_.vip_level >= 1 && call_.vip_level <= c.level;
        case ConditionTest::blacklisted:
            return call_.blacklisted;
        case ConditionTest::variable_equals:
            return value() == expand(c.value, template_vars());
        case ConditionTest::variable_compare: {
            auto a = value();
            auto b = expand(c.value, template_vars());
            auto na = as_number(a);
            auto nb = as_number(b);
            return na && nb ? compare(*na, c.op, *nb) : compare(a, c.op, b);
        }
        case ConditionTest::variable_set:
            return !value().empty();
    }
    return false;
}

// The session's variables plus ${caller} and ${called}.
Variables IvrSession::template_vars() const {
    Variables v = vars_;
    v.try_emplace("caller", call_.caller);
    v.try_emplace("called", call_.called);
    return v;
}

}  // namespace cti::ivr
