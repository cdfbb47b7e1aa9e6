#include "cti/ivr/validate.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>
#include <map>

namespace cti::ivr {

namespace {

constexpr std::string_view known_types =
    "play, menu, collect, lookup, condition, set, queue, transfer, voicemail, callback, survey, "
    "hangup, tts";

class Checker {
public:
    Checker(const Flow& flow, const KnownNames& known) : flow_(flow), known_(known) {
        for (std::size_t i = 0; i < flow.nodes.size(); ++i) index_[flow.nodes[i].id] = i;
    }

    std::vector<Problem> run() {
        check_start();
        for (const auto& n : flow_.nodes) check_node(n);
        check_reachable();
        check_loops();
        return std::move(problems_);
    }

private:
    void add(const NodeId& node, std::string reason) {
        problems_.push_back({node, std::move(reason)});
    }

    void check_start() {
        if (flow_.start.empty()) {
            add({}, "the flow has no start node; set \"start\" to the id of the first node");
        } else if (!index_.contains(flow_.start)) {
            add({}, fmt::format("the start node '{}' does not exist; set \"start\" to an existing "
                                "node id", flow_.start));
        }
    }

    void require_next(const Node& n, const NodeId& next, std::string_view field) {
        if (next.empty()) {
            add(n.id, fmt::format("'{}' is empty; name the node that follows (a hangup node to "
                                  "end the call)", field));
        }
    }

    void require_text(const Node& n, const std::string& value, std::string_view field) {
        if (value.empty()) add(n.id, fmt::format("'{}' is empty; fill it in", field));
    }

    void check_queue(const Node& n, const std::string& queue) {
        if (queue.empty()) {
            add(n.id, "'queue' is empty; name the queue");
        } else if (!known_.queues.contains(queue)) {
            add(n.id, fmt::format("queue '{}' does not exist; create it or fix the name", queue));
        }
    }

    void check_retries(const Node& n, int retries) {
        if (retries < 0) add(n.id, "'retries' must be 0 or more");
    }

    void check_node(const Node& n) {
        if (auto* u = std::get_if<UnknownNode>(&n.body)) {
            add(n.id, u->type.empty()
                          ? fmt::format("the node has no \"type\"; use one of {}", known_types)
                          : fmt::format("unknown node type '{}'; use one of {}", u->type, known_types));
            return;
        }
        for (const auto& next : successors(n.body)) {
            if (!next.empty() && !index_.contains(next)) {
                add(n.id, fmt::format("goes to node '{}', which does not exist", next));
            }
        }
        for (const auto& p : prompt_ids(n.body)) {
            if (!known_.prompts.contains(p)) {
                add(n.id, fmt::format("prompt '{}' is not in the prompt library; record it or fix "
                                      "the id", p));
            }
        }
        std::visit([&](const auto& body) { check_body(n, body); }, n.body);
    }

    void check_body(const Node& n, const PlayNode& b) {
        if (b.prompts.empty()) add(n.id, "plays no prompt; add a prompt id");
        require_next(n, b.next, "next");
    }
    void check_body(const Node& n, const MenuNode& b) {
        if (b.options.empty()) add(n.id, "the menu has no option; add at least one key");
        if (b.prompts.empty()) add(n.id, "the menu plays no prompt; add one that lists the keys");
        if (b.timeout <= Duration::zero()) add(n.id, "'timeout_s' must be more than 0");
        check_retries(n, b.retries);
    }
    void check_body(const Node& n, const CollectNode& b) {
        if (b.min_digits < 1 || b.max_digits < b.min_digits) {
            add(n.id, fmt::format("digit limits {}..{} are impossible; use 1 <= min_digits <= "
                                  "max_digits", b.min_digits, b.max_digits));
        }
        if (b.prompts.empty()) add(n.id, "plays no prompt; add one that says what to key in");
        require_text(n, b.variable, "variable");
        require_next(n, b.next, "next");
        if (b.timeout <= Duration::zero() || b.inter_digit_timeout <= Duration::zero()) {
            add(n.id, "timeouts must be more than 0");
        }
        check_retries(n, b.retries);
    }
    void check_body(const Node& n, const LookupNode& b) {
        require_next(n, b.found, "found");
        require_next(n, b.not_found, "not_found");
    }
    void check_body(const Node& n, const ConditionNode& b) {
        require_next(n, b.then_next, "then");
        require_next(n, b.else_next, "else");
        switch (b.test) {
            case ConditionTest::business_open:
            case ConditionTest::holiday:
                if (!known_.calendars.empty() && !known_.calendars.contains(b.calendar)) {
                    add(n.id, fmt::format("calendar '{}' does not exist", b.calendar));
                }
                break;
            case ConditionTest::vip_at_least:
                if (b.level < 1) add(n.id, "'level' must be 1 (highest) or more");
                break;
            case ConditionTest::variable_compare:
                if (constexpr std::array<std::string_view, 6> ops{"==", "!=", "<", "<=", ">", ">="};
                    std::ranges::find(ops, b.op) == ops.end()) {
                    add(n.id, fmt::format("operator '{}' is unknown; use == != < <= > >=", b.op));
                }
                [[fallthrough]];
            case ConditionTest::variable_equals:
            case ConditionTest::variable_set:
                require_text(n, b.variable, "variable");
                break;
            case ConditionTest::blacklisted:
                break;
        }
    }
    void check_body(const Node& n, const SetNode& b) {
        require_text(n, b.variable, "variable");
        require_next(n, b.next, "next");
    }
    void check_body(const Node& n, const QueueNode& b) { check_queue(n, b.queue); }
    void check_body(const Node& n, const TransferNode& b) { require_text(n, b.extension, "extension"); }
    void check_body(const Node& n, const VoicemailNode& b) { require_text(n, b.mailbox, "mailbox"); }
    void check_body(const Node& n, const FaxNode& b) {
        require_text(n, b.document, "document");
        // A name in the fax documents folder: a path could reach any file the server may read.
        if (b.document.find('/') != std::string::npos || b.document.find('\\') != std::string::npos ||
            b.document.starts_with('.'))
            add(n.id, "'document' is a file name in <data>/fax/documents, not a path");
    }
    void check_body(const Node& n, const CallbackNode& b) { check_queue(n, b.queue); }
    void check_body(const Node& n, const SurveyNode& b) {
        if (b.prompts.empty()) add(n.id, "plays no question; add a prompt id");
        if (b.valid_digits.empty()) add(n.id, "'valid_digits' is empty; list the answer keys");
        require_text(n, b.variable, "variable");
        check_retries(n, b.retries);
    }
    void check_body(const Node& n, const TtsNode& b) {
        require_text(n, b.text, "text");
        require_next(n, b.next, "next");
    }
    void check_body(const Node&, const HangupNode&) {}
    void check_body(const Node&, const UnknownNode&) {}

    void check_reachable() {
        if (!index_.contains(flow_.start)) return;
        std::vector<bool> seen(flow_.nodes.size());
        std::vector<std::size_t> pending{index_.at(flow_.start)};
        seen[pending.back()] = true;
        while (!pending.empty()) {
            auto i = pending.back();
            pending.pop_back();
            for (const auto& next : successors(flow_.nodes[i].body)) {
                auto it = index_.find(next);
                if (it != index_.end() && !seen[it->second]) {
                    seen[it->second] = true;
                    pending.push_back(it->second);
                }
            }
        }
        for (std::size_t i = 0; i < seen.size(); ++i) {
            if (!seen[i]) {
                add(flow_.nodes[i].id, fmt::format("unreachable: no path leads here from the start "
                                                   "node '{}'; link it or delete it", flow_.start));
            }
        }
    }

    // Strongly connected components (Tarjan) of the graph of nodes that do not wait for the
    // caller; a component that is a cycle and has no edge leaving it never ends.
    void check_loops() {
        const auto count = flow_.nodes.size();
        std::vector<int> order(count, -1), low(count, 0), component(count, -1);
        std::vector<bool> on_stack(count);
        std::vector<std::size_t> stack;
        int counter = 0, components = 0;
        auto edges = [&](std::size_t i) {
            std::vector<std::size_t> out;
            if (waits_for_caller(flow_.nodes[i].body)) return out;
            for (const auto& next : successors(flow_.nodes[i].body)) {
                auto it = index_.find(next);
                if (it != index_.end() && !waits_for_caller(flow_.nodes[it->second].body)) {
                    out.push_back(it->second);
                }
            }
            return out;
        };
        std::function<void(std::size_t)> visit = [&](std::size_t v) {
            order[v] = low[v] = counter++;
            stack.push_back(v);
            on_stack[v] = true;
            for (auto w : edges(v)) {
                if (order[w] < 0) {
                    visit(w);
                    low[v] = std::min(low[v], low[w]);
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], order[w]);
                }
            }
            if (low[v] == order[v]) {
                std::size_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = false;
                    component[w] = components;
                } while (w != v);
                ++components;
            }
        };
        for (std::size_t i = 0; i < count; ++i) {
            if (order[i] < 0 && !waits_for_caller(flow_.nodes[i].body)) visit(i);
        }
        for (int c = 0; c < components; ++c) {
            std::vector<std::size_t> members;
            for (std::size_t i = 0; i < count; ++i) {
                if (component[i] == c) members.push_back(i);
            }
            bool cycle = members.size() > 1;
            bool leaves = false;
            for (auto i : members) {
                for (const auto& next : successors(flow_.nodes[i].body)) {
                    auto it = index_.find(next);
                    if (it == index_.end() || component[it->second] != c) {
                        leaves = true;
                    } else if (it->second == i) {
                        cycle = true;
                    }
                }
            }
            if (!cycle || leaves) continue;
            std::string path;
            for (auto i : members) path += flow_.nodes[i].id + " -> ";
            path += flow_.nodes[members.front()].id;
            add(flow_.nodes[members.front()].id,
                fmt::format("loop without exit: {} never waits for the caller and never leads "
                            "out; add a menu, a condition that leaves, or an exit", path));
        }
    }

    const Flow& flow_;
    const KnownNames& known_;
    std::map<NodeId, std::size_t> index_;
    std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> validate(const Flow& flow, const KnownNames& known) {
    return Checker(flow, known).run();
}

std::vector<Problem> validate(const Flow& flow, const std::set<PromptId>& known_prompts,
                              const std::set<std::string>& known_queues) {
    return validate(flow, KnownNames{known_prompts, known_queues, {}});
}

Result<> check(const Flow& flow, const KnownNames& known) {
    auto problems = validate(flow, known);
    if (problems.empty()) return {};
    std::string msg = fmt::format("flow '{}' v{} is not valid: ", flow.name, flow.version);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        if (i) msg += "; ";
        msg += problems[i].node.empty() ? problems[i].reason
                                        : fmt::format("node '{}': {}", problems[i].node,
                                                      problems[i].reason);
    }
    return fail(Errc::invalid_argument, std::move(msg));
}

}  // namespace cti::ivr
