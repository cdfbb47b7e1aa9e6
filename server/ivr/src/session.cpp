// The per-call interpreter: events in, actions out. Node entry and conditions are in
// session_nodes.cpp.
#include "cti/ivr/session.h"

#include "cti/core/logging.h"

namespace cti::ivr {

namespace {

const NodeId no_node;

}  // namespace

std::string_view to_string(State s) {
    switch (s) {
        case State::idle: return "idle";
        case State::playing: return "playing";
        case State::prompting: return "prompting";
        case State::waiting_input: return "waiting_input";
        case State::looking_up: return "looking_up";
        case State::finished: return "finished";
    }
    return "?";
}

IvrSession::IvrSession(std::shared_ptr<const Flow> flow, CallInfo call,
                       std::shared_ptr<const Environment> env)
    : flow_(std::move(flow)), env_(std::move(env)), call_(std::move(call)), vars_(call_.variables) {}

const NodeId& IvrSession::node() const { return node_ ? node_->id : no_node; }

void IvrSession::transition(State to) {
    if (to == state_) return;
    logger("ivr")->debug("ivr flow={} caller={} node={} state {} -> {}", flow_->name, call_.caller,
                         node(), to_string(state_), to_string(to));
    state_ = to;
}

Actions IvrSession::start(SteadyTime now) {
    Actions out;
    if (state_ != State::idle) return out;
    steady_at_start_ = now;
    go(flow_->start, now, out);
    return out;
}

Actions IvrSession::on_dtmf(char digit, SteadyTime now) {
    Actions out;
    switch (state_) {
        case State::playing: {
            bool barge = false;
            NodeId next;
            if (auto* p = std::get_if<PlayNode>(&node_->body)) {
                barge = p->barge_in;
                next = p->next;
            } else if (auto* t = std::get_if<TtsNode>(&node_->body)) {
                barge = t->barge_in;
                next = t->next;
            } else {
                return out;  // a goodbye prompt: keys no longer matter
            }
            type_ahead_ += digit;
            if (barge) {
                out.push_back(StopPlayback{});
                go(next, now, out);
            }
            break;
        }
        case State::prompting: {
            bool barge = true;
            if (auto* m = std::get_if<MenuNode>(&node_->body)) barge = m->barge_in;
            if (auto* c = std::get_if<CollectNode>(&node_->body)) barge = c->barge_in;
            if (!barge) {
                type_ahead_ += digit;
                break;
            }
            out.push_back(StopPlayback{});
            transition(State::waiting_input);
            handle_key(digit, now, out);
            if (state_ == State::waiting_input && !deadline_) arm_input_timer(now, out);
            break;
        }
        case State::waiting_input:
            handle_key(digit, now, out);
            break;
        case State::looking_up:
            type_ahead_ += digit;
            break;
        case State::idle:
        case State::finished:
            break;
    }
    return out;
}

Actions IvrSession::on_prompt_done(SteadyTime now) {
    Actions out;
    if (state_ == State::playing) {
        if (auto* h = std::get_if<HangupNode>(&node_->body)) {
            finish(out, h->reason);
        } else if (auto* p = std::get_if<PlayNode>(&node_->body)) {
            go(p->next, now, out);
        } else if (auto* t = std::get_if<TtsNode>(&node_->body)) {
            go(t->next, now, out);
        }
    } else if (state_ == State::prompting) {
        transition(State::waiting_input);
        drain(now, out);
    }
    return out;
}

Actions IvrSession::on_timer(SteadyTime now) {
    Actions out;
    if (!deadline_ || now < *deadline_) return out;
    deadline_.reset();
    if (state_ == State::looking_up) {
        logger("ivr")->info("ivr lookup timed out node={} caller={}", node(), call_.caller);
        go(std::get<LookupNode>(node_->body).not_found, now, out);
    } else if (state_ == State::waiting_input) {
        auto* c = std::get_if<CollectNode>(&node_->body);
        if (c && !digits_.empty()) {
            finish_collect(*c, now, out);
        } else {
            failed_attempt(Failure::timeout, now, out);
        }
    }
    return out;
}

Actions IvrSession::on_lookup_result(bool found, const Variables& fields, SteadyTime now) {
    Actions out;
    if (state_ != State::looking_up) return out;
    deadline_.reset();
    for (const auto& [k, v] : fields) vars_["customer." + k] = v;
    if (auto it = fields.find("vip_level"); it != fields.end()) {
        try {
            call_.vip_level = std::stoi(it->second);
        } catch (const std::exception&) {
            logger("ivr")->warn("ivr lookup vip_level={} is not a number", it->second);
        }
    }
    if (auto it = fields.find("blacklisted"); it != fields.end()) {
        call_.blacklisted = it->second == "true" || it->second == "1";
    }
    const auto& lookup = std::get<LookupNode>(node_->body);
    go(found ? lookup.found : lookup.not_found, now, out);
    return out;
}

void IvrSession::on_caller_hangup(SteadyTime) {
    deadline_.reset();
    transition(State::finished);
}

// Feeds type-ahead keys to the node that now reads keys, then arms its timer.
void IvrSession::drain(SteadyTime now, Actions& out) {
    while (!type_ahead_.empty() && state_ == State::waiting_input) {
        char d = type_ahead_.front();
        type_ahead_.erase(0, 1);
        handle_key(d, now, out);
    }
    if (state_ == State::waiting_input && !deadline_) arm_input_timer(now, out);
}

void IvrSession::arm(Duration after, SteadyTime now, Actions& out) {
    deadline_ = now + after;
    out.push_back(StartTimer{*deadline_});
}

void IvrSession::arm_input_timer(SteadyTime now, Actions& out) {
    if (auto* m = std::get_if<MenuNode>(&node_->body)) arm(m->timeout, now, out);
    if (auto* s = std::get_if<SurveyNode>(&node_->body)) arm(s->timeout, now, out);
    if (auto* c = std::get_if<CollectNode>(&node_->body)) {
        arm(digits_.empty() ? c->timeout : c->inter_digit_timeout, now, out);
    }
}

void IvrSession::handle_key(char digit, SteadyTime now, Actions& out) {
    if (auto* m = std::get_if<MenuNode>(&node_->body)) {
        auto it = m->options.find(digit);
        if (it == m->options.end()) {
            failed_attempt(Failure::invalid, now, out);
        } else {
            go(it->second, now, out);
        }
    } else if (auto* c = std::get_if<CollectNode>(&node_->body)) {
        if (c->terminator != '\0' && digit == c->terminator) {
            finish_collect(*c, now, out);
            return;
        }
        digits_ += digit;
        if (static_cast<int>(digits_.size()) >= c->max_digits) {
            finish_collect(*c, now, out);
        } else {
            arm(c->inter_digit_timeout, now, out);
        }
    } else if (auto* s = std::get_if<SurveyNode>(&node_->body)) {
        if (s->valid_digits.find(digit) == std::string::npos) {
            failed_attempt(Failure::invalid, now, out);
            return;
        }
        std::string answer(1, digit);
        vars_[s->variable] = answer;
        out.push_back(RecordSurvey{node_->id, answer});
        go(s->next, now, out);
    }
}

void IvrSession::finish_collect(const CollectNode& c, SteadyTime now, Actions& out) {
    const auto n = static_cast<int>(digits_.size());
    bool ok = n >= c.min_digits && n <= c.max_digits;
    for (char d : digits_) ok = ok && ((d >= '0' && d <= '9') || (c.allow_star && d == '*'));
    if (ok && c.luhn) ok = luhn_valid(digits_);
    if (!ok) {
        logger("ivr")->info("ivr collect rejected node={} length={}", node(), n);
        failed_attempt(Failure::invalid, now, out);
        return;
    }
    vars_[c.variable] = digits_;
    go(c.next, now, out);
}

// An unknown key, a timeout or invalid digits: play the matching prompts and the node's own
// again, or give up after the last retry.
void IvrSession::failed_attempt(Failure why, SteadyTime now, Actions& out) {
    ++attempts_;
    digits_.clear();
    type_ahead_.clear();
    deadline_.reset();
    std::vector<PromptId> again;
    NodeId give_up;
    int retries = 0;
    bool barge = true;
    if (auto* m = std::get_if<MenuNode>(&node_->body)) {
        again = why == Failure::timeout ? m->timeout_prompts : m->invalid_prompts;
        again.insert(again.end(), m->prompts.begin(), m->prompts.end());
        give_up = m->on_fail;
        retries = m->retries;
        barge = m->barge_in;
    } else if (auto* c = std::get_if<CollectNode>(&node_->body)) {
        again = why == Failure::timeout ? c->timeout_prompts : c->invalid_prompts;
        again.insert(again.end(), c->prompts.begin(), c->prompts.end());
        give_up = c->on_invalid;
        retries = c->retries;
        barge = c->barge_in;
    } else if (auto* s = std::get_if<SurveyNode>(&node_->body)) {
        if (why == Failure::invalid) again = s->invalid_prompts;
        again.insert(again.end(), s->prompts.begin(), s->prompts.end());
        give_up = s->next;
        retries = s->retries;
    }
    if (attempts_ > retries) {
        logger("ivr")->info("ivr no valid input node={} attempts={} caller={}", node(), attempts_,
                            call_.caller);
        if (give_up.empty()) {
            finish(out, "no valid input at " + node_->id);
        } else {
            go(give_up, now, out);
        }
        return;
    }
    out.push_back(PlayPrompts{std::move(again), barge});
    transition(State::prompting);
}

void IvrSession::finish(Actions& out, std::optional<std::string> hangup_reason) {
    deadline_.reset();
    type_ahead_.clear();
    if (hangup_reason) out.push_back(HangUp{std::move(*hangup_reason)});
    transition(State::finished);
}

}  // namespace cti::ivr
