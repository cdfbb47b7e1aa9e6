#include "cti/center/ivr_service.h"

#include <boost/asio/post.hpp>

#include <nlohmann/json.hpp>

#include "cti/core/calendar.h"
#include "cti/core/logging.h"
#include "cti/ivr/flow_json.h"
#include "cti/ivr/validate.h"
#include "cti/prompts/words.h"
#include "cti/storage/ivr.h"
#include "ivr_session.h"

namespace cti::center {
namespace asio = boost::asio;
namespace {
auto log() {
    static auto l = cti::logger("ivr");
    return l;
}
}  // namespace

std::string prompt_store_id(std::string_view flow_prompt) { return "ivr/" + std::string(flow_prompt); }

IvrService::IvrService(asio::any_io_executor core, calls::CallManager& calls, prompts::PromptStore& store)
    : core_(core), calls_(calls), store_(store) {}

IvrService::~IvrService() = default;

// Built-in flows are ordinary flows, validated like the stored ones: the spoken text, then the
// last step.
void IvrService::run_builtin(CallId call, const std::string& json) {
    auto flow = ivr::flow_from_json(json);
    if (!flow) {
        log()->error("call {}: built-in flow refused: {}", call.value(), flow.error().message);
        return calls_.hangup_call(call, "internal error in a built-in flow");
    }
    auto view = calls_.find(call);
    if (!view) return;
    start_flow(call, std::make_shared<const ivr::Flow>(std::move(*flow)), view->caller, view->callee);
}

void IvrService::take_voicemail(CallId call, const std::string& text, const std::string& mailbox) {
    run_builtin(call, nlohmann::json{{"name", "builtin_voicemail"}, {"version", 1}, {"start", "say"},
                                     {"nodes", {{{"id", "say"}, {"type", "tts"}, {"text", text}, {"next", "take"}},
                                                {{"id", "take"}, {"type", "voicemail"}, {"mailbox", mailbox}}}}}
                          .dump());
}

void IvrService::say_and_hang_up(CallId call, const std::string& text, const std::string& reason) {
    run_builtin(call, nlohmann::json{{"name", "builtin_goodbye"}, {"version", 1}, {"start", "say"},
                                     {"nodes", {{{"id", "say"}, {"type", "tts"}, {"text", text}, {"next", "bye"}},
                                                {{"id", "bye"}, {"type", "hangup"}, {"reason", reason}}}}}
                          .dump());
}

Result<void> IvrService::load(storage::Database& reader) {
    auto flows = storage::latest_ivr_flows(reader);
    if (!flows) return std::unexpected(flows.error());
    for (const auto& f : *flows) {
        auto parsed = ivr::flow_from_json(f.definition);
        if (!parsed) {
            log()->error("IVR flow {} version {} skipped: {}", f.name, f.version, parsed.error().message);
            continue;
        }
        for (const auto& [id, text] : parsed->prompts) {
            prompt_text_[id]["zh_CN"] = text.zh_CN;
            prompt_text_[id]["en"] = text.en;
        }
        flows_[f.name] = std::make_shared<const ivr::Flow>(std::move(*parsed));
        log()->info("IVR flow {} version {} loaded", f.name, f.version);
    }
    if (auto r = reload_calendars(reader); !r) return r;
    calls::IvrHooks hooks;
    hooks.started = [this](CallId call, const std::string& flow, const std::string& caller, const std::string& called) {
        start(call, flow, caller, called);
    };
    hooks.playback_done = [this](CallId call, media::PlaybackId id, bool finished) {
        Session* s = find(call);
        // Only the end of the playback the session waits for counts, and only when it ran out
        // by itself (a stop or a barge-in is the session's own doing).
        if (!s || id != s->playback || !finished) return;
        s->playback = {};
        if (voicemail_playback_done(call, *s)) return;
        act(call, s->ivr.on_prompt_done(std::chrono::steady_clock::now()));
    };
    hooks.dtmf = [this](CallId call, char digit) {
        if (Session* s = find(call); s && !voicemail_dtmf(call, *s, digit))
            act(call, s->ivr.on_dtmf(digit, std::chrono::steady_clock::now()));
    };
    hooks.ended = [this](CallId call) {
        if (Session* s = find(call)) {
            voicemail_caller_gone(call, *s);
            s->ivr.on_caller_hangup(std::chrono::steady_clock::now());
        }
        sessions_.erase(call);
    };
    calls_.set_ivr_hooks(std::move(hooks));
    return {};
}

Result<std::shared_ptr<const ivr::Flow>> IvrService::prepare(std::string_view json,
                                                            const std::set<std::string>& queues) const {
    auto flow = ivr::flow_from_json(json);
    if (!flow) return std::unexpected(flow.error());
    ivr::KnownNames known;
    known.queues = queues;
    known.prompts = prompt_ids();
    for (const auto& [id, text] : flow->prompts) known.prompts.insert(id);
    known.calendars = calendar_names();
    if (auto ok = ivr::check(*flow, known); !ok) return std::unexpected(ok.error());
    return std::make_shared<const ivr::Flow>(std::move(*flow));
}

void IvrService::install(std::shared_ptr<const ivr::Flow> flow) {
    for (const auto& [id, text] : flow->prompts) {
        prompt_text_[id]["zh_CN"] = text.zh_CN;
        prompt_text_[id]["en"] = text.en;
    }
    log()->info("IVR flow {} version {} installed", flow->name, flow->version);
    flows_[flow->name] = std::move(flow);
}

std::set<std::string> IvrService::prompt_ids() const {
    std::set<std::string> out;
    for (const auto& [id, text] : prompt_text_) out.insert(id);
    return out;
}

Result<void> IvrService::reload_calendars(storage::Database& reader) {
    auto calendars = storage::list_calendars(reader);
    if (!calendars) return std::unexpected(calendars.error());
    auto env = std::make_shared<ivr::Environment>();
    for (const auto& [name, json] : *calendars) {
        auto cal = calendar_from_json(json);
        if (!cal) {
            log()->error("business calendar {} skipped: {}", name, cal.error().message);
            continue;
        }
        env->calendars[name] = std::move(*cal);
    }
    // Sessions already running keep the environment they started with (a shared_ptr each).
    env_ = std::move(env);
    return {};
}

std::set<std::string> IvrService::calendar_names() const {
    std::set<std::string> out;
    for (const auto& [name, cal] : env_->calendars) out.insert(name);
    if (out.empty()) out.insert("default");
    return out;
}

std::vector<prompts::PromptText> IvrService::prompt_texts() const {
    std::vector<prompts::PromptText> out;
    for (const auto& [id, texts] : prompt_text_)
        for (const auto& [lang, text] : texts)
            if (!text.empty())
                out.push_back({prompt_store_id(id), lang == "en" ? prompts::Lang::en : prompts::Lang::zh_CN, text});
    return out;
}

void IvrService::heard_later(CallId call, std::uint64_t hearing) {
    asio::post(core_, [this, call, hearing] {
        if (Session* again = find(call); again && again->hearing == hearing && !again->playback)
            act(call, again->ivr.on_prompt_done(std::chrono::steady_clock::now()));
    });
}

namespace {
prompts::Reading reading_of(ivr::SpeakHint hint) {
    switch (hint) {
        case ivr::SpeakHint::none: return prompts::Reading::as_written;
        case ivr::SpeakHint::digits: return prompts::Reading::digits;
        case ivr::SpeakHint::number: return prompts::Reading::number;
        case ivr::SpeakHint::amount: return prompts::Reading::amount;
        case ivr::SpeakHint::date: return prompts::Reading::date;
    }
    return prompts::Reading::as_written;
}
}  // namespace

// A tts node: the values read as its hint says, synthesized off the core thread (espeak-ng takes
// a few hundred ms; the store caches by text), then played like a prompt. Text that cannot be
// spoken counts as heard, so the caller is never left in silence waiting.
void IvrService::speak(CallId call, Session& s, const ivr::SpeakText& x) {
    const auto lang = x.language == ivr::Language::en ? prompts::Lang::en : prompts::Lang::zh_CN;
    const std::string text = prompts::read_values(x.text, lang, reading_of(x.hint));
    const auto hearing = ++s.hearing;
    s.playback = {};
    if (!speaker_ || text.find_first_not_of(" \t") == std::string::npos) return heard_later(call, hearing);
    speaker_(text, lang, [this, call, hearing, text, barge_in = x.barge_in](Result<std::filesystem::path> file) {
        Session* again = find(call);
        if (!again || again->hearing != hearing) return;
        if (!file) {
            log()->warn("call {}: '{}' not spoken: {}", call.value(), text, file.error().message);
            return heard_later(call, hearing);
        }
        auto played = calls_.play(call, {file->string()}, barge_in);
        if (!played) return heard_later(call, hearing);
        again->playback = *played;
        log()->info("call {}: spoke '{}'", call.value(), text);
    });
}

IvrService::Session* IvrService::find(CallId call) {
    auto it = sessions_.find(call);
    return it == sessions_.end() ? nullptr : it->second.get();
}

void IvrService::start(CallId call, const std::string& flow, const std::string& caller, const std::string& called) {
    auto it = flows_.find(flow);
    if (it == flows_.end()) {
        log()->error("call {} routed to the unknown IVR flow '{}': check the routes", call.value(), flow);
        return calls_.hangup_call(call, "no such IVR flow: " + flow);
    }
    if (on_first_call_) std::exchange(on_first_call_, nullptr)();
    start_flow(call, it->second, caller, called);
}

void IvrService::start_flow(CallId call, std::shared_ptr<const ivr::Flow> flow, const std::string& caller,
                            const std::string& called) {
    ivr::CallInfo info;
    info.caller = caller;
    info.called = called;
    info.wall_at_start = std::chrono::system_clock::now();
    if (auto v = calls_.find(call)) info.variables = v->data;  // e.g. a campaign's list columns
    log()->info("call {} enters IVR flow {} version {}", call.value(), flow->name, flow->version);
    auto session = std::make_unique<Session>(std::move(flow), std::move(info), env_, core_);
    Session& s = *session;
    s.caller = caller;
    sessions_[call] = std::move(session);
    act(call, s.ivr.start(std::chrono::steady_clock::now()));
}

void IvrService::act(CallId call, ivr::Actions actions) {
    if (Session* s = find(call); s && visit_recorder_)
        if (auto entered = s->ivr.take_entered(); !entered.empty()) visit_recorder_(call, s->flow_name, std::move(entered));
    for (auto& a : actions) {
        Session* s = find(call);
        if (!s) return;
        std::visit(
            [&](auto& x) {
                using T = std::decay_t<decltype(x)>;
                const auto now = std::chrono::steady_clock::now();
                if constexpr (std::is_same_v<T, ivr::PlayPrompts>) {
                    ++s->hearing;
                    std::vector<std::string> files;
                    for (const auto& id : x.ids) {
                        auto path = store_.resolve(prompt_store_id(id), prompts::Lang::zh_CN);
                        if (path) files.push_back(path->string());
                        else log()->warn("call {}: prompt {} missing: {}", call.value(), id, path.error().message);
                    }
                    auto played = files.empty() ? Result<media::PlaybackId>(fail(Errc::not_found, "no prompt files"))
                                                : calls_.play(call, files, x.barge_in);
                    if (played) {
                        s->playback = *played;
                    } else {  // nothing to play: the prompt counts as heard
                        s->playback = {};
                        heard_later(call, s->hearing);
                    }
                } else if constexpr (std::is_same_v<T, ivr::SpeakText>) {
                    speak(call, *s, x);
                } else if constexpr (std::is_same_v<T, ivr::StopPlayback>) {
                    ++s->hearing;
                    s->playback = {};
                    calls_.stop_playback(call);
                } else if constexpr (std::is_same_v<T, ivr::StartTimer>) {
                    s->timer.expires_after(x.deadline - now);
                    s->timer.async_wait([this, call](const boost::system::error_code& ec) {
                        if (ec) return;
                        if (Session* again = find(call))
                            act(call, again->ivr.on_timer(std::chrono::steady_clock::now()));
                    });
                } else if constexpr (std::is_same_v<T, ivr::LookupCustomer>) {
                    // The session may be gone by the time the answer comes (the caller hung up, or
                    // the node's own timeout went first: on_lookup_result ignores a late answer).
                    auto answer = [this, call](std::optional<ivr::Variables> found) {
                        asio::post(core_, [this, call, found = std::move(found)] {
                            if (Session* again = find(call))
                                act(call, again->ivr.on_lookup_result(found.has_value(), found.value_or(ivr::Variables{}),
                                                                     std::chrono::steady_clock::now()));
                        });
                    };
                    if (lookup_) lookup_(x.by, x.key, std::move(answer));
                    else answer(std::nullopt);
                } else if constexpr (std::is_same_v<T, ivr::EnqueueCall>) {
                    auto data = x.variables;
                    sessions_.erase(call);
                    if (auto r = calls_.enqueue_call(call, x.queue, std::move(data)); !r)
                        calls_.hangup_call(call, r.error().message);
                } else if constexpr (std::is_same_v<T, ivr::TransferTo>) {
                    auto data = x.variables;
                    sessions_.erase(call);
                    (void)calls_.transfer_call(call, x.extension, std::move(data));
                } else if constexpr (std::is_same_v<T, ivr::Voicemail>) {
                    begin_voicemail(call, *s, x.mailbox);
                } else if constexpr (std::is_same_v<T, ivr::RequestCallback>) {
                    // A number the caller keyed in (e.g. a landline to call back) wins over the
                    // number the call came from.
                    auto keyed = x.variables.find("callback_number");
                    const std::string number = keyed != x.variables.end() && calls::valid_number(keyed->second)
                                                   ? keyed->second
                                                   : x.number;
                    auto r = callback_requester_ ? callback_requester_(call, x.queue, number, x.variables)
                                                 : Result<void>(fail(Errc::unavailable, "callbacks are not running"));
                    if (!r) log()->error("call {}: callback request for {} not registered: {}", call.value(), number,
                                         r.error().message);
                } else if constexpr (std::is_same_v<T, ivr::RecordSurvey>) {
                    log()->info("call {}: survey {} answered '{}'", call.value(), x.question, x.answer);
                    if (survey_recorder_) survey_recorder_(call, x.question, x.answer);
                } else if constexpr (std::is_same_v<T, ivr::HangUp>) {
                    sessions_.erase(call);
                    calls_.hangup_call(call, x.reason.empty() ? "the IVR hung up" : x.reason);
                } else if constexpr (std::is_same_v<T, ivr::SendFax>) {
                    sessions_.erase(call);
                    auto r = fax_sender_ ? fax_sender_(call, x.document)
                                         : Result<void>(fail(Errc::unavailable, "faxes are not running"));
                    if (!r) {
                        log()->error("call {}: fax {} not sent: {}", call.value(), x.document, r.error().message);
                        calls_.hangup_call(call, "fax not sent: " + r.error().message);
                    }
                }
            },
            a);
    }
}

}  // namespace cti::center
