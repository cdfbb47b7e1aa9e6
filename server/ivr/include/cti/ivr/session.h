#pragma once
// IvrSession: one call's walk through a flow, as a pure state machine. The host (the call model)
// feeds it events and carries out the actions it returns; the session does no I/O, has no thread
// and no clock: every event carries `now` (steady clock).
//
// The host's contract:
//   - Carry out the returned actions in order.
//   - PlayPrompts / SpeakText: play, then call on_prompt_done() when the playback ends by itself.
//     After StopPlayback, do not report on_prompt_done for the stopped playback.
//   - StartTimer{deadline}: one timer per session; a new StartTimer replaces the previous one.
//     Call on_timer(now) when it fires. A timer that fires early or after the session moved on is
//     ignored, so the host never needs to cancel one.
//   - Every DTMF key (RFC 4733, SIP INFO or inband) goes to on_dtmf(), also while prompts play:
//     the session decides between barge-in and type-ahead.
//   - LookupCustomer: look the customer up and call on_lookup_result(found, fields). Fields
//     become variables "customer.<name>"; "vip_level" and "blacklisted" also update CallInfo.
//   - EnqueueCall, TransferTo, Voicemail and HangUp end the session (finished()); the variables
//     they carry (keyed-in account numbers …) belong in the screen-pop event.
//   - If the caller hangs up, call on_caller_hangup() and drop the session.
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "cti/core/calendar.h"
#include "cti/ivr/flow.h"

namespace cti::ivr {

using SteadyTime = std::chrono::steady_clock::time_point;
using Variables = std::map<std::string, std::string>;

struct PlayPrompts {
    std::vector<PromptId> ids;
    bool barge_in = false;
};
struct SpeakText {
    std::string text;
    Language language = Language::zh_CN;
    SpeakHint hint = SpeakHint::none;
    bool barge_in = false;
};
struct StopPlayback {};
struct StartTimer {
    SteadyTime deadline;
};
struct LookupCustomer {
    std::string by;   // "caller" or the variable's name
    std::string key;  // the number or the variable's value
};
struct EnqueueCall {
    std::string queue;
    std::string skill;
    int priority = 0;
    Variables variables;
};
struct TransferTo {
    std::string extension;
    Variables variables;
};
struct Voicemail {
    std::string mailbox;
    Variables variables;
};
struct RequestCallback {
    std::string queue;
    std::string number;  // the caller's number
    Variables variables;
};
struct RecordSurvey {
    NodeId question;
    std::string answer;
};
struct HangUp {
    std::string reason;
};
// Fax on demand: the host sends the document (a name under its fax documents folder) to the
// caller on this call, then ends the call. The session has finished.
struct SendFax {
    std::string document;
};

using IvrAction = std::variant<PlayPrompts, SpeakText, StopPlayback, StartTimer, LookupCustomer,
                               EnqueueCall, TransferTo, Voicemail, RequestCallback, RecordSurvey,
                               HangUp, SendFax>;
using Actions = std::vector<IvrAction>;

struct CallInfo {
    std::string caller;  // the caller's number; ${caller} in templates
    std::string called;  // the dialled number; ${called}
    int vip_level = 0;   // 0: not a VIP; 1 is the highest level (green channel)
    bool blacklisted = false;
    WallTime wall_at_start{};  // wall clock when start() is called, for calendar conditions
    // Variables set before the first node: what the call brings (an outbound campaign's call
    // list columns, e.g. ${amount} for a payment reminder).
    Variables variables;
};

// What the flows of a server share: the business calendars by name ("default" when a
// condition names none). A condition naming a missing calendar counts as open (callers still
// reach agents) and is logged.
struct Environment {
    std::map<std::string, BusinessCalendar> calendars;
};

enum class State {
    idle,           // before start()
    playing,        // a play, tts or hangup node's prompts are playing
    prompting,      // a menu, collect or survey prompt is playing
    waiting_input,  // waiting for keys, timer armed
    looking_up,     // waiting for on_lookup_result
    finished,       // the call left the IVR
};
std::string_view to_string(State s);

class IvrSession {
public:
    IvrSession(std::shared_ptr<const Flow> flow, CallInfo call,
               std::shared_ptr<const Environment> env = nullptr);

    Actions start(SteadyTime now);
    Actions on_dtmf(char digit, SteadyTime now);
    Actions on_prompt_done(SteadyTime now);
    Actions on_timer(SteadyTime now);
    Actions on_lookup_result(bool found, const Variables& fields, SteadyTime now);
    void on_caller_hangup(SteadyTime now);

    State state() const { return state_; }
    bool finished() const { return state_ == State::finished; }
    const NodeId& node() const;
    const Variables& variables() const { return vars_; }
    const CallInfo& call() const { return call_; }
    std::optional<SteadyTime> deadline() const { return deadline_; }
    // The nodes entered since the last call, in order (automatic ones included): the host
    // persists them for the per-node report. Not actions, so the call's handling is unchanged.
    std::vector<NodeId> take_entered() { return std::exchange(entered_, {}); }

    // Automatic steps (nodes that do not wait) allowed per event before the call is hung up as
    // a runaway loop; validate() rejects such loops at save time already.
    static constexpr int max_steps = 100;

private:
    enum class Failure { invalid, timeout };

    void transition(State to);
    void go(NodeId id, SteadyTime now, Actions& out);
    std::optional<NodeId> enter(const Node& node, SteadyTime now, Actions& out);
    void begin_input(const std::vector<PromptId>& prompts, bool barge_in, SteadyTime now,
                     Actions& out);
    void drain(SteadyTime now, Actions& out);
    void arm(Duration after, SteadyTime now, Actions& out);
    void arm_input_timer(SteadyTime now, Actions& out);
    void handle_key(char digit, SteadyTime now, Actions& out);
    void finish_collect(const CollectNode& c, SteadyTime now, Actions& out);
    void failed_attempt(Failure why, SteadyTime now, Actions& out);
    void finish(Actions& out, std::optional<std::string> hangup_reason);
    bool evaluate(const ConditionNode& c, SteadyTime now) const;
    Variables template_vars() const;

    std::shared_ptr<const Flow> flow_;
    std::shared_ptr<const Environment> env_;
    CallInfo call_;
    Variables vars_;
    const Node* node_ = nullptr;
    State state_ = State::idle;
    int attempts_ = 0;         // failed attempts at the current input node
    std::string digits_;       // collect: keys so far
    std::string type_ahead_;   // keys pressed before a node was ready to read them
    std::optional<SteadyTime> deadline_;
    SteadyTime steady_at_start_{};
    std::vector<NodeId> entered_;
};

}  // namespace cti::ivr
