#pragma once
// IvrService: runs an IVR session (server/ivr, pure) for every call routed to a flow, and carries
// out its actions on the call: prompts played by the media engine (files from the prompt store,
// text spoken with espeak-ng), one timer per call, queueing with what the caller keyed in (the
// screen pop), transfer, hang-up. Flows come from the database (the newest version of each name);
// reload() swaps them at run time, calls in progress keep the version they started with.
// Core thread only.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <memory>

#include "cti/calls/manager.h"
#include "cti/ivr/session.h"
#include "cti/prompts/store.h"
#include "cti/storage/database.h"

namespace cti::center {

class IvrService {
public:
    IvrService(boost::asio::any_io_executor core, calls::CallManager& calls, prompts::PromptStore& store);
    ~IvrService();

    // Loads the newest version of every flow; a flow that does not parse is skipped with a log line.
    Result<void> load(storage::Database& reader);
    // The business calendars changed (administration): calls from now on use the new ones.
    Result<void> reload_calendars(storage::Database& reader);
    std::size_t active_sessions() const { return sessions_.size(); }

    // Save time: parses and validates a flow against the prompts, queues and calendars this server
    // knows; the error lists every problem. Nothing changes until install().
    Result<std::shared_ptr<const ivr::Flow>> prepare(std::string_view json, const std::set<std::string>& queues) const;
    // New calls to the flow's name run this one (calls in progress keep theirs).
    void install(std::shared_ptr<const ivr::Flow> flow);

    // The names a flow may use, for the flow editor: prompt ids (the library's and the loaded
    // flows' catalogues) and business calendars.
    std::set<std::string> prompt_ids() const;
    std::set<std::string> calendar_names() const;
    // The prompt texts of the loaded flows, to generate the missing ones.
    std::vector<prompts::PromptText> prompt_texts() const;
    // Called once, when the first call enters an IVR (e.g. to generate missing prompts then, not
    // at every start of a server that may never run a flow).
    void on_first_call(std::function<void()> f) { on_first_call_ = std::move(f); }

    // Looks a customer up for the IVR's lookup node: by "caller" (the number) or by a variable's
    // value; `done` (on the core thread, once) gets the fields, which become variables
    // customer.<name>, or nothing when no one is found. Set by the composition.
    using CustomerLookup = std::function<void(const std::string& by, const std::string& key,
                                              std::function<void(std::optional<ivr::Variables>)> done)>;
    void set_customer_lookup(CustomerLookup f) { lookup_ = std::move(f); }

    // Synthesizes text for a tts node: `done` (on the core thread, once) gets the WAV file or why
    // there is none. Set by the composition (espeak-ng through the prompt store, off the core).
    using Speaker = std::function<void(std::string text, prompts::Lang lang,
                                       std::function<void(Result<std::filesystem::path>)> done)>;
    void set_speaker(Speaker f) { speaker_ = std::move(f); }

    // Persists a survey answer (a survey node's RecordSurvey). Set by the composition.
    using SurveyRecorder = std::function<void(CallId call, const std::string& question, const std::string& answer)>;
    void set_survey_recorder(SurveyRecorder f) { survey_recorder_ = std::move(f); }
    // Persists the nodes a call entered (for the per-node report), after each event of the call.
    using VisitRecorder = std::function<void(CallId call, const std::string& flow, std::vector<ivr::NodeId> nodes)>;
    void set_visit_recorder(VisitRecorder f) { visit_recorder_ = std::move(f); }

    // Voicemail: after a beep the caller's words are recorded (mono WAV under `dir`) until '#',
    // max_length or the caller's hang-up; each message then reaches `left` (file complete).
    struct VoicemailLeft {
        CallId call;
        std::string mailbox, caller;
        std::filesystem::path file;
        std::uint64_t frames = 0;
        std::string error;  // the recording ended early (the file keeps what was said)
    };
    Result<void> set_voicemail(std::filesystem::path dir, std::chrono::seconds max_length,
                               std::function<void(const VoicemailLeft&)> left);
    // A callback node: registers the request (queue, number, what the caller keyed in); an error
    // is logged and the flow goes on. Set by the composition (the ACD).
    using CallbackRequester = std::function<Result<void>(CallId, const std::string& queue, const std::string& number,
                                                         const ivr::Variables& data)>;
    void set_callback_requester(CallbackRequester f) { callback_requester_ = std::move(f); }
    // A fax node: sends the named document to the caller on the call, which ends after the fax;
    // an error (no such document, faxes not running) hangs the call up with its message. Set by
    // the composition (documents under <data>/fax/documents).
    using FaxSender = std::function<Result<void>(CallId, const std::string& document)>;
    void set_fax_sender(FaxSender f) { fax_sender_ = std::move(f); }

    // Built-in self-service for callers the queue lets go (ACD overflow): the text spoken, then
    // a message taken into the mailbox / the call ended with the reason. The call must be in
    // self-service already (CallManager::self_service).
    void take_voicemail(CallId call, const std::string& text, const std::string& mailbox);
    void say_and_hang_up(CallId call, const std::string& text, const std::string& reason);

private:
    CustomerLookup lookup_;
    SurveyRecorder survey_recorder_;
    VisitRecorder visit_recorder_;
    CallbackRequester callback_requester_;
    FaxSender fax_sender_;
    struct Voicemails;
    std::unique_ptr<Voicemails> voicemail_;
    Speaker speaker_;
    struct Session;
    void start(CallId call, const std::string& flow, const std::string& caller, const std::string& called);
    void start_flow(CallId call, std::shared_ptr<const ivr::Flow> flow, const std::string& caller,
                    const std::string& called);
    void run_builtin(CallId call, const std::string& json);
    // Voicemail phases (ivr_voicemail.cpp): the beep, then the recording.
    void begin_voicemail(CallId call, Session& s, const std::string& mailbox);
    bool voicemail_playback_done(CallId call, Session& s);
    bool voicemail_dtmf(CallId call, Session& s, char digit);
    void voicemail_caller_gone(CallId call, Session& s);
    void act(CallId call, ivr::Actions actions);
    void speak(CallId call, Session& s, const ivr::SpeakText& x);
    // The session's current prompt counts as heard, unless it asked to hear something else since.
    void heard_later(CallId call, std::uint64_t hearing);
    void end(CallId call);
    Session* find(CallId call);

    boost::asio::any_io_executor core_;
    calls::CallManager& calls_;
    prompts::PromptStore& store_;
    std::map<std::string, std::shared_ptr<const ivr::Flow>, std::less<>> flows_;
    std::map<std::string, std::map<std::string, std::string>> prompt_text_;  // id -> lang -> text
    std::map<CallId, std::unique_ptr<Session>> sessions_;
    std::function<void()> on_first_call_;
    std::shared_ptr<const ivr::Environment> env_;  // business calendars by name
};

// Prompt ids of flows live in the store's "ivr" category.
std::string prompt_store_id(std::string_view flow_prompt);

}  // namespace cti::center
