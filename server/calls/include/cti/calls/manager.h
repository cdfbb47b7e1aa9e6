#pragma once
// CallManager: every call the server handles, driven by SIP and media events and by commands
// from desktops. Runs on the core thread only (no locks): SIP and media events must be posted
// to it (on_sip/on_media are called there). Each command is a transition with rules (who may do
// it, in which state) and answers with an error that says what to do when it is not allowed.
#include <filesystem>
#include <functional>
#include <string_view>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cti/calls/call.h"
#include "cti/calls/routing.h"
#include "cti/core/clock.h"
#include "cti/core/error.h"
#include "cti/media/engine.h"
#include "cti/sip/stack.h"
#include "cti/storage/writer.h"

namespace cti::calls {

struct CallManagerOptions {
    std::string media_address = "127.0.0.1";  // written in our SDP's c= line
    std::chrono::seconds ring_timeout{30};
    std::chrono::seconds max_call_duration{0};  // 0: no limit
    // Every answered call is recorded (stereo: customer left, agent right) under recordings_dir
    // (empty: no recording); rows name the file relative to data_dir.
    std::filesystem::path recordings_dir;
    std::filesystem::path data_dir;
    // Numbers that reach the server's fax receiver (fax.receive_numbers): a call to one is
    // answered at once and receives a fax into <fax_dir>/<yyyymmdd>/call-<id>.tif.
    std::vector<std::string> fax_numbers;
    std::filesystem::path fax_dir;
};

// A fax on a call ended (sent after dial_fax, or received on a fax number). `peer` is the number
// dialled (send) or the caller (receive); done.path is the job's file.
struct FaxEnded {
    CallId call;
    media::FaxDirection direction = media::FaxDirection::send;
    std::string peer;
    media::FaxDone done;
};

// Who asks: a user, and whether their role may act on calls they are not on (team leaders and up).
struct Actor {
    UserId user;
    bool privileged = false;
};

// How a queued call's offer to an agent ended. picked_up: another agent took the call from the
// ringing phone (`pickup`); the call has left the queue and the picker's phone is being rung.
// pickup_answered / pickup_failed: the picker's phone answered that call, or ended without.
enum class OfferResult { answered, no_answer, rejected, picked_up, pickup_answered, pickup_failed };
std::string_view to_string(OfferResult r) noexcept;

// The contact-center logic above the call model (the ACD) hears about queued calls here and
// answers with offer()/cancel_offer()/reject_queued(). Every hook runs on the core thread and
// may call back into the CallManager.
struct QueueHooks {
    // A call was routed to a queue (by number): the caller is answered and hears music.
    std::function<void(CallId, const std::string& queue)> queued;
    std::function<void(CallId, UserId agent, OfferResult)> offer_result;
    std::function<void(CallId)> caller_left;                 // a queued caller hung up
    std::function<void(UserId agent, CallId)> agent_released;  // an agent's part in a call ended
    // Dial-out rule (e.g. only when not ready): an error refuses the dial with its message.
    std::function<Result<void>(UserId agent)> before_dial;
    std::function<void(UserId agent, CallId)> dialled;       // the dial was placed
    // An agent's phone is on a call the ACD did not offer (a colleague's call, a consultation, a
    // transfer, a number dialled on the handset); agent_released follows when it ends.
    std::function<void(UserId agent, CallId)> agent_busy;
};

// The IVR host hears about calls routed to a flow here and drives them with the CallManager's
// self-service commands (play, enqueue_call, transfer_call, hangup_call). Core thread.
struct IvrHooks {
    std::function<void(CallId, const std::string& flow, const std::string& caller, const std::string& called)> started;
    std::function<void(CallId, media::PlaybackId, bool finished)> playback_done;  // finished: not stopped/barged in
    std::function<void(CallId, char digit)> dtmf;
    std::function<void(CallId)> ended;  // the call ended while in the IVR (the caller hung up)
};

class CallManager {
public:
    using Listener = std::function<void(const CallView&)>;
    using DtmfListener = std::function<void(CallId, const std::vector<UserId>&, char digit, media::DtmfSource)>;

    CallManager(sip::Stack& sip, media::Engine& media, storage::Writer& writer, const Clock& clock,
                CallManagerOptions options, std::int64_t first_call_id);
    ~CallManager();

    void set_directory(std::vector<PartyInfo> parties, std::vector<Route> routes);
    void on_call_changed(Listener l) { listeners_.push_back(std::move(l)); }
    // Every call recording that ends: with the error that stopped it early, or nullopt when it
    // ended with its call. The server raises and clears its recording alarm with it.
    void on_recording_ended(std::function<void(std::optional<std::string>)> f) { recording_ended_ = std::move(f); }
    void on_dtmf(DtmfListener l) { dtmf_listeners_.push_back(std::move(l)); }
    void set_queue_hooks(QueueHooks hooks) { hooks_ = std::move(hooks); }
    void set_ivr_hooks(IvrHooks hooks) { ivr_hooks_ = std::move(hooks); }

    // Self-service on a call in the IVR (the caller's leg).
    Result<media::PlaybackId> play(CallId call, const std::vector<std::string>& files, bool barge_in);
    void stop_playback(CallId call);
    // Leaves the IVR for a queue; data (what the caller keyed in) travels with the call.
    Result<void> enqueue_call(CallId call, const std::string& queue, std::map<std::string, std::string> data);
    Result<void> transfer_call(CallId call, const std::string& extension, std::map<std::string, std::string> data);
    void hangup_call(CallId call, const std::string& reason);
    // A queued caller taken back for self-service (voicemail, a callback's confirmation): the
    // music stops and the IVR hooks drive the call again. The ACD has let go of it already.
    Result<void> self_service(CallId call);
    // Voicemail: records what the caller says (mono) into wav until stop_recording or the end
    // of the call; the RecordingDone reaches the on_recording_done listeners.
    Result<media::RecordingId> record_caller(CallId call, const std::filesystem::path& wav);
    void stop_recording(CallId call, media::RecordingId id);
    void on_recording_done(std::function<void(const media::RecordingDone&)> f) {
        recording_listeners_.push_back(std::move(f));
    }

    // The ACD's side of a queued call.
    Result<void> offer(CallId call, UserId agent, bool auto_answer);
    void cancel_offer(CallId call, UserId agent);
    void reject_queued(CallId call, const std::string& reason);
    // When the agent hangs up on this call, the caller stays and enters this IVR flow (the
    // satisfaction survey) instead of hearing the BYE. Once per call.
    void set_survey_flow(CallId call, std::string flow);
    // A callback request offered to an agent: the agent's phone rings first (answering itself
    // when auto_answer), then the number is dialled. The new call's offer outcome and end reach
    // the queue hooks like a queued caller's (offer_result; agent_released), never caller_left.
    // data travels with the call for the screen pop.
    Result<CallId> dial_callback(UserId agent, const std::string& number, const std::string& queue,
                                 std::map<std::string, std::string> data, bool auto_answer);

    // An outbound campaign call (outbound.cpp): the system dials the number from caller_id, with
    // no agent yet. Answered, the call waits in self-service (silence) and the listeners see
    // answered_ms: the campaign then runs a flow on it (start_flow) or queues it for an agent
    // (enqueue_call). Not answered within ring_timeout, busy or failed: it ends, and its reason
    // starts with the SIP status ("486 Busy Here"; "408 ..." for no answer).
    Result<CallId> dial_customer(const std::string& number, const std::string& caller_id,
                                 std::map<std::string, std::string> data, std::chrono::seconds ring_timeout);
    // Runs an IVR flow on an answered call in self-service (an agentless campaign's call).
    Result<void> start_flow(CallId call, const std::string& flow);
    // Answering-machine detection on the customer's audio of an answered call in self-service
    // (media::MachineDetector); the verdict reaches the on_machine_detected listeners once,
    // unless the call ends first. Errors: the call has ended or is not in self-service.
    Result<void> detect_machine(CallId call, media::AmdConfig cfg = {});
    void on_machine_detected(std::function<void(CallId, const media::AmdResult&)> f) {
        machine_listeners_.push_back(std::move(f));
    }

    // A fax to send (fax.cpp): the system dials the number from caller_id, no agent. Answered, the
    // customer's media session becomes a fax machine running `job` (T.30's calling station); the
    // fax's end reaches the on_fax_done listeners, then ends the call. Not answered (busy, no
    // answer within ring_timeout, failed): the call ends like dial_customer's, its reason starting
    // with the SIP status, and no fax_done comes. A job the engine refuses at the answer comes
    // back as a failed fax_done (its reason the engine's) before the call ends.
    Result<CallId> dial_fax(const std::string& number, const std::string& caller_id, media::FaxJob job,
                            std::chrono::seconds ring_timeout);
    // Fax on demand (the IVR's fax node): sends job.file to the caller of a call in
    // self-service, on the caller's own leg (the caller's machine, started in receive, answers
    // our tones: job.calling stays true). Its end reaches on_fax_done (direction send, peer the caller)
    // and ends the call. Errors: the call has ended, the engine refused the job (a bad document).
    Result<void> fax_caller(CallId call, media::FaxJob job);
    // Every fax of a call ended (FaxDone), once per fax, core thread; the call may have ended
    // already (the far end hung up: the reason then is "media session closed").
    void on_fax_done(std::function<void(const FaxEnded&)> f) { fax_listeners_.push_back(std::move(f)); }

    void on_sip(const sip::Event& e);
    void on_media(const media::Event& e);
    // Called about once a second: maximum call duration.
    void tick();

    // Desktop commands.
    // Dial out or an internal call; `data` is shown at screen pop like an IVR's (a previewed
    // campaign record's columns).
    Result<CallId> dial(const Actor& who, const std::string& number, std::map<std::string, std::string> data = {});
    Result<void> answer(const Actor& who, CallId call);
    Result<void> hangup(const Actor& who, CallId call);
    Result<void> hold(const Actor& who, CallId call);
    Result<void> retrieve(const Actor& who, CallId call);
    Result<void> transfer(const Actor& who, CallId call, const std::string& target);
    Result<void> consult(const Actor& who, CallId call, const std::string& target);
    Result<void> complete_transfer(const Actor& who, CallId call);
    Result<void> cancel_consult(const Actor& who, CallId call);
    Result<void> conference(const Actor& who, CallId call);
    Result<void> pickup(const Actor& who, CallId call);
    Result<void> send_dtmf(const Actor& who, CallId call, const std::string& digits);
    // Supervision (team leaders and up) of a two-party call: the supervisor's phone is rung (it
    // answers itself where it honours the hint) and joins as the mode says; asked again while on
    // the call, the mode switches at once. The supervisor hanging up leaves the two talking; the
    // agent hanging up leaves the supervisor with the customer (taken over).
    Result<void> supervise(const Actor& who, CallId call, Supervision mode);

    std::vector<CallView> calls() const;
    std::optional<CallView> find(CallId id) const;
    std::size_t active_calls() const { return calls_.size(); }
    // Shutdown: every call ended with the reason, records written.
    void end_all(const std::string& reason);

private:
    struct Call;
    Call* call_of_leg(sip::LegId leg, Leg** out);
    Call* call_of_media(media::MediaSessionId m, Leg** out);
    Result<Call*> call_for(const Actor& who, CallId id);
    Leg* leg_of_user(Call& c, UserId user);
    Leg* other_party(Call& c, const Leg& l);
    const PartyInfo* party_by_user(UserId u) const;
    const PartyInfo* party_by_extension(std::string_view ext) const;

    void on_incoming(const sip::IncomingCall& e);
    void on_ringing(const sip::LegRinging& e);
    void on_answered(const sip::LegAnswered& e);
    void on_failed(const sip::LegFailed& e);
    void on_ended(const sip::LegEnded& e);
    void on_remote_media(const sip::RemoteMediaChanged& e);
    void on_info_dtmf(const sip::DtmfInfo& e);

    // Places a new leg to an extension or outside number; the media session is opened here.
    Result<Leg*> place_leg(Call& c, Party party, const std::string& number, bool auto_answer,
                           const std::string& from_user, const std::string& from_display);
    // A call from an agent's phone to a number (click-to-dial, callbacks): the record written,
    // the agent's leg placed and the call's originator; the number is dialled once it is up.
    Result<Call*> place_outgoing(const PartyInfo& agent_phone, UserId agent, const std::string& number,
                                 const Destination& dest, bool auto_answer);
    sip::SessionDescription local_sdp(const Leg& l, sip::Direction d = sip::Direction::sendrecv);
    // False when the far end's SDP is unusable (no codec; no SRTP where the policy requires it).
    bool set_remote(Leg& l, const sip::SessionDescription& sdp);
    void leg_up(Call& c, Leg& l);
    void leg_gone(Call& c, Leg& l, const std::string& reason, bool by_remote);
    void bridge(Leg& a, Leg& b);
    void unmix(Call& c, Leg& a, Leg& b);
    void music(Leg& l);
    void transition(Call& c, CallState to, const std::string& why = {});
    void end_call(Call& c, const std::string& reason, const std::string& hangup_by);
    // Now, in the call's own time: its start on the wall clock plus the steady time since. A
    // wall clock stepped meanwhile (NTP, a manual change) moves no answer or end before the
    // start, and no duration by the step.
    std::int64_t call_time_ms(const Call& c) const;
    void publish(const Call& c);
    CallView view(const Call& c) const;
    // The call was answered (by an agent, a phone or the system): the record says so and the
    // call's recording starts.
    void write_answered(Call& c, std::optional<UserId> agent);
    // supervision.cpp
    void supervisor_up(Call& c, Leg& l);
    void apply_supervision(Call& c);
    // A supervisor's leg left, or a party left a supervised call.
    void supervision_leg_gone(Call& c, Party party, bool answered, const std::string& reason, const std::string& by);
    // Call recording (recording.cpp): started at the answer, its channels following who is
    // connected (customer left, the agent bridged with them right), a row once the file is whole.
    void start_call_recording(Call& c);
    void follow_recording(Call& c);
    void recording_done(const media::RecordingDone& done);
    struct PendingRecording {
        CallId call;
        std::string path;  // relative to data_dir
        std::int64_t started_ms = 0;
    };
    std::map<media::RecordingId, PendingRecording> call_recordings_;
    void release_agent(Call& c, const Leg& l);
    void customer_answered(Call& c, Leg& l);  // outbound.cpp
    Result<CallId> place_system_call(const std::string& number, const std::string& caller_id,
                                     std::chrono::seconds ring_timeout, std::string_view who, std::string_view what,
                                     const std::function<void(Call&)>& fill);  // outbound.cpp
    void machine_detected(const media::MachineDetected& m);  // outbound.cpp
    // fax.cpp
    void fax_answered(Call& c, Leg& l);
    void fax_done(const media::FaxDone& done);
    bool is_fax_number(const std::string& number) const;
    // A call to a fax number: answered, the fax received on the caller's leg.
    void receive_fax(const sip::IncomingCall& e, const sip::Negotiated& negotiated);
    struct RunningFax {
        CallId call;
        media::FaxDirection direction;
        std::string peer;
    };
    std::map<media::FaxId, RunningFax> fax_calls_;  // running faxes: FaxDone may come after the call
    std::vector<std::function<void(const FaxEnded&)>> fax_listeners_;
    std::vector<std::function<void(CallId, const media::AmdResult&)>> machine_listeners_;
    void enqueue(Call& c, const std::string& queue);

    sip::Stack& sip_;
    media::Engine& media_;
    storage::Writer& writer_;
    const Clock& clock_;
    CallManagerOptions options_;
    std::int64_t next_call_id_;
    std::vector<PartyInfo> parties_;
    std::vector<Route> routes_;
    std::map<CallId, std::unique_ptr<Call>> calls_;
    std::map<sip::LegId, CallId> by_leg_;
    std::map<media::MediaSessionId, CallId> by_media_;
    std::vector<Listener> listeners_;
    std::function<void(std::optional<std::string>)> recording_ended_;
    std::vector<DtmfListener> dtmf_listeners_;
    std::vector<std::function<void(const media::RecordingDone&)>> recording_listeners_;
    QueueHooks hooks_;
    IvrHooks ivr_hooks_;
};

}  // namespace cti::calls
