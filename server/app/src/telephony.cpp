#include "telephony.h"

#include <boost/asio/ip/udp.hpp>
#include <boost/asio/post.hpp>

#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cti/core/logging.h"
#include "cti/prompts/words.h"
#include "cti/tickets/customers.h"
#include "cti/tickets/store.h"
#include "cti/storage/directory.h"
#include "cti/storage/ivr.h"
#include "cti/storage/registrations.h"
#include "cti/storage/telephony.h"

namespace cti::app {
namespace asio = boost::asio;

namespace {
auto log() {
    static auto l = cti::logger("telephony");
    return l;
}

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string item;
    while (std::getline(in, item, ',')) {
        auto b = item.find_first_not_of(" \t");
        auto e = item.find_last_not_of(" \t");
        if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    }
    return out;
}

sip::Transport transport_of(const std::string& t) {
    if (t == "tcp") return sip::Transport::tcp;
    if (t == "tls") return sip::Transport::tls;
    return sip::Transport::udp;
}

struct Loaded {
    sip::Directory directory;
    std::vector<calls::PartyInfo> parties;
    std::vector<calls::Route> routes;
};

Result<Loaded> load(storage::Database& db) {
    Loaded out;
    auto extensions = storage::list_sip_extensions(db);
    if (!extensions) return std::unexpected(extensions.error());
    auto users = storage::list_users(db);
    if (!users) return std::unexpected(users.error());
    auto trunks = storage::list_trunks(db);
    if (!trunks) return std::unexpected(trunks.error());
    auto routes = storage::list_routes(db);
    if (!routes) return std::unexpected(routes.error());
    for (const auto& e : *extensions) {
        out.directory.extensions.emplace(
            e.extension, sip::ExtensionEntry{e.extension, e.ha1, e.srtp == "required", e.enabled,
                                             sip::srtp_policy_from_string(e.srtp).value_or(sip::SrtpPolicy::off)});
        calls::PartyInfo p;
        p.extension = e.extension;
        p.outbound = e.outbound;
        p.srtp = e.srtp;
        for (const auto& u : *users)
            if (e.user_id && u.id == *e.user_id) {
                p.user = u.id;
                p.login = u.login;
                p.display_name = u.display_name;
            }
        out.parties.push_back(std::move(p));
    }
    for (const auto& t : *trunks)
        out.directory.trunks.push_back(sip::TrunkEntry{t.trunk_id, t.name, t.host, static_cast<std::uint16_t>(t.port),
                                                       transport_of(t.transport), split_list(t.allow_from),
                                                       t.dial_prefix, t.enabled});
    for (const auto& r : *routes) out.routes.push_back({r.number, r.target_kind, r.target});
    return out;
}

}  // namespace

std::string advertised_address(const std::string& configured) {
    if (!configured.empty()) return configured;
    try {
        asio::io_context io;
        asio::ip::udp::socket s(io);
        // connect() on UDP only picks the route and the local address; nothing is sent.
        s.connect({asio::ip::make_address("192.0.2.1"), 9});
        return s.local_endpoint().address().to_string();
    } catch (const std::exception&) {
        return "127.0.0.1";
    }
}

namespace {

// Where the phones are, kept across restarts (0017): every REGISTER that binds or refreshes a
// UDP binding is written (a later expiry), an ended binding removed. A crash then costs no
// phone its reachability until its next REGISTER.
void keep_registration(storage::Writer& writer, const Clock& clock, const sip::RegistrationChanged& r) {
    if (!r.registered || !r.registration) {
        writer.submit([ext = r.extension](storage::Database& db) { return storage::delete_registration(db, ext); });
        return;
    }
    const auto& g = *r.registration;
    if (g.source.transport != sip::Transport::udp) return;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(g.expires - clock.steady_now());
    storage::RegistrationRow row{g.extension, g.contact, g.source.address, g.source.port, g.user_agent,
                                 to_unix_ms(clock.wall_now()) + left.count()};
    writer.submit([row = std::move(row)](storage::Database& db) { return storage::save_registration(db, row); });
}

Result<std::vector<sip::Registration>> restored_registrations(storage::Database& reader, const Clock& clock) {
    const auto now_ms = to_unix_ms(clock.wall_now());
    auto rows = storage::live_registrations(reader, now_ms);
    if (!rows) return std::unexpected(rows.error());
    std::vector<sip::Registration> out;
    for (auto& r : *rows) {
        sip::Registration g;
        g.extension = std::move(r.extension);
        g.contact = std::move(r.contact);
        g.source = {std::move(r.source_address), static_cast<std::uint16_t>(r.source_port), sip::Transport::udp};
        g.user_agent = std::move(r.user_agent);
        g.expires = clock.steady_now() + std::chrono::milliseconds(r.expires_ms - now_ms);
        out.push_back(std::move(g));
    }
    return out;
}

}  // namespace

Telephony::Telephony(asio::any_io_executor core) : core_(core), tick_(core), sweep_(core) {}

Telephony::~Telephony() { *alive_ = false; }

Result<std::unique_ptr<Telephony>> Telephony::start(const Config& config, asio::any_io_executor core,
                                                    storage::Database& reader, storage::Writer& writer,
                                                    const Clock& clock, lookup::HttpLookups& lookups) {
    std::unique_ptr<Telephony> t(new Telephony(core));
    auto loaded = load(reader);
    if (!loaded) return std::unexpected(loaded.error());

    // A crash leaves calls without an end: they end now, saying why (never written twice).
    const auto now_ms = to_unix_ms(clock.wall_now());
    writer.submit([now_ms](storage::Database& db) -> Result<void> {
        auto n = storage::close_open_calls(db, now_ms, "the server stopped during the call");
        if (!n) return std::unexpected(n.error());
        if (*n > 0) log()->warn("{} call records left open by a stop were closed", *n);
        return {};
    });
    auto max_id = storage::max_call_id(reader);
    if (!max_id) return std::unexpected(max_id.error());

    const std::string address = advertised_address(config.sip.advertised_address);
    auto post = [core, alive = t->alive_](auto f) { asio::post(core, [alive, f = std::move(f)] { if (*alive) f(); }); };
    Telephony* self = t.get();

    media::EngineOptions mo;
    mo.bind_address = config.media.bind;
    mo.port_min = config.media.rtp_port_min;
    mo.port_max = config.media.rtp_port_max;
    mo.hold_music_file = config.media.hold_music_file;
    auto engine = media::Engine::start(mo, [post, self](media::Event e) {
        post([self, e = std::move(e)] { self->calls_->on_media(e); });
    });
    if (!engine) return std::unexpected(engine.error());
    t->media_ = std::move(*engine);

    sip::Stack::Options so;
    so.config = config.sip;
    so.advertised_address = address;
    so.max_calls = config.sip.max_calls;
    auto restored = restored_registrations(reader, clock);
    if (!restored) return std::unexpected(restored.error());
    if (!restored->empty()) log()->info("{} phone registrations kept from before the start", restored->size());
    so.restored = std::move(*restored);
    writer.submit([now_ms](storage::Database& db) { return storage::delete_expired_registrations(db, now_ms); });
    auto stack = sip::Stack::start(so, loaded->directory, [post, self, w = &writer, c = &clock](sip::Event e) {
        post([self, w, c, e = std::move(e)] {
            if (auto* r = std::get_if<sip::RegistrationChanged>(&e)) {
                keep_registration(*w, *c, *r);
                if (r->changed && self->on_registration_) self->on_registration_(*r);
                return;
            }
            self->calls_->on_sip(e);
        });
    });
    if (!stack) return std::unexpected(stack.error());
    t->sip_ = std::move(*stack);

    calls::CallManagerOptions co;
    co.media_address = address;
    co.ring_timeout = std::chrono::seconds(config.sip.ring_timeout_s);
    co.max_call_duration = std::chrono::seconds(config.sip.max_call_duration_s);
    if (config.recording.enabled) co.recordings_dir = config.data_dir / "recordings";
    co.data_dir = config.data_dir;
    co.fax_numbers = split_list(config.fax.receive_numbers);
    co.fax_dir = config.data_dir / "fax";
    t->calls_ = std::make_unique<calls::CallManager>(*t->sip_, *t->media_, writer, clock, co, *max_id + 1);
    t->calls_->set_directory(std::move(loaded->parties), std::move(loaded->routes));
    t->acd_ = std::make_unique<center::AcdService>(core, *t->calls_, writer, clock);
    if (auto r = t->acd_->load(reader); !r) return std::unexpected(r.error());
    t->prompts_ = std::make_unique<prompts::PromptStore>(prompts::StoreOptions{.data_dir = config.data_dir});
    t->ivr_ = std::make_unique<center::IvrService>(core, *t->calls_, *t->prompts_);
    if (auto r = t->ivr_->load(reader); !r) return std::unexpected(r.error());
    // Customer records (server/tickets) decide VIP order and blacklist treatment in queues and
    // answer the IVR's lookups; both read on the core thread's connection.
    t->acd_->set_caller_classifier([&reader](const std::string& caller, acd::CallerInfo& info) {
        auto c = tickets::find_customer_by_phone(reader, caller);
        if (!c) return log()->warn("customer lookup for the queue failed: {}", c.error().message);
        if (!*c) return;
        info.vip_level = (*c)->vip_level;
        info.blacklisted = (*c)->blacklisted;
    });
    t->ivr_->set_customer_lookup([&reader, &lookups](const std::string& by, const std::string& key,
                                                     std::function<void(std::optional<ivr::Variables>)> done) {
        // By the caller's number, or by what the caller keyed in: an account number (户号), a
        // customer number (KH...) or a phone number.
        auto c = by == "caller" || key.empty() ? tickets::find_customer_by_phone(reader, key)
                 : key.starts_with("KH")       ? tickets::find_customer_by_number(reader, key)
                                               : tickets::find_customer_by_account(reader, key);
        if (c && !*c && by != "caller") c = tickets::find_customer_by_phone(reader, key);
        std::optional<ivr::Variables> found;
        if (c && *c) {
            std::string labels;
            for (const auto& l : (*c)->labels) labels += (labels.empty() ? "" : ",") + l;
            found = ivr::Variables{{"name", (*c)->name}, {"number", (*c)->number},
                                   {"vip_level", std::to_string((*c)->vip_level)},
                                   {"blacklisted", (*c)->blacklisted ? "1" : "0"}, {"labels", labels}};
        }
        if (lookups.empty()) return done(std::move(found));
        // The outside systems' fields join as <system>.<field> (e.g. customer.billing.amount_due);
        // a system that fails or times out adds <system>.error and the flow goes on.
        lookups.ask_all(key, [found = std::move(found), done = std::move(done)](std::vector<lookup::Answer> answers) mutable {
            for (auto& a : answers) {
                if (!a.fields) {
                    log()->warn("IVR lookup in {}: {}", a.name, a.fields.error().message);
                    if (found) (*found)[a.name + ".error"] = a.fields.error().message;
                    continue;
                }
                if (!found) found = ivr::Variables{};
                for (auto& [k, v] : *a.fields) (*found)[a.name + "." + k] = v;
            }
            done(std::move(found));
        });
    });
    t->acd_->on_announce([self](CallId call, int position, std::optional<acd::Seconds> wait) {
        self->announce(call, position, wait);
    });
    // espeak-ng takes a few hundred ms a prompt: off the core thread, at start or once a call
    // enters an IVR (media.prompts_at_start). Until a prompt exists, the IVR skips it (and logs it).
    t->ivr_->set_survey_recorder([self, &writer, &clock](CallId call, const std::string& question, const std::string& answer) {
        if (self->campaigns_) self->campaigns_->survey_answer(call, question, answer);
        const auto at = to_unix_ms(clock.wall_now());
        const auto detail = nlohmann::json{{"call_id", call.value()}, {"question", question}, {"answer", answer}}.dump();
        writer.submit([at, detail](storage::Database& db) -> Result<void> {
            if (auto r = storage::append_event(db, at, "call.survey", std::nullopt, detail); !r)
                return std::unexpected(r.error());
            return {};
        });
    });
    t->ivr_->set_visit_recorder([&writer, &clock](CallId call, const std::string& flow, std::vector<ivr::NodeId> nodes) {
        writer.submit([at = to_unix_ms(clock.wall_now()), call, flow, nodes = std::move(nodes)](storage::Database& db) {
            return storage::append_ivr_visits(db, call, flow, nodes, at);
        });
    });
    t->ivr_->set_speaker([self](std::string text, prompts::Lang lang,
                                std::function<void(Result<std::filesystem::path>)> done) {
        self->speak(std::move(text), lang, std::move(done));
    });
    auto make_prompts = [self] {
        self->prompt_maker_ = std::jthread([store = self->prompts_.get(), texts = self->ivr_->prompt_texts()](
                                               std::stop_token stop) {
            auto report = store->ensure_generated(texts, stop);
            for (const auto& e : report.failed) log()->warn("prompt not generated: {}", e.message);
            if (report.generated > 0) log()->info("{} IVR prompts generated with espeak-ng", report.generated);
        });
    };
    if (config.media.prompts_at_start) make_prompts();
    else t->ivr_->on_first_call(make_prompts);
    if (auto r = t->start_voicemail_and_callbacks(config, reader, writer, clock); !r) return std::unexpected(r.error());
    if (auto r = t->start_campaigns(config, reader, writer, clock); !r) return std::unexpected(r.error());
    center::FaxOptions fo;
    fo.data_dir = config.data_dir;
    fo.max_attempts = static_cast<int>(config.fax.max_attempts);
    fo.retry = std::chrono::seconds(config.fax.retry_s);
    fo.ring_timeout = std::chrono::seconds(config.fax.ring_timeout_s);
    fo.ident = config.fax.ident;
    fo.header = config.fax.header;
    t->faxes_ = std::make_unique<center::FaxService>(core, *t->calls_, writer, clock, std::move(fo));
    // Fax on demand: the IVR's fax node names a document in <data>/fax/documents.
    {
        const auto documents = config.data_dir / "fax" / "documents";
        std::error_code ec;
        std::filesystem::create_directories(documents, ec);
        if (ec) log()->warn("the fax documents folder {} cannot be made: {}", documents.string(), ec.message());
        t->ivr_->set_fax_sender([self, documents, ident = config.fax.ident, header = config.fax.header](
                                    CallId call, const std::string& document) {
            // T.30's calling station although the caller dialled: the caller's machine, put into
            // receive by its Start key, answers our CNG with its DIS, as fax-on-demand works.
            auto job = media::FaxJob::send(documents / document, ident, header);
            return self->calls_->fax_caller(call, std::move(job));
        });
    }
    if (auto r = t->faxes_->load(reader); !r) return std::unexpected(r.error());
    t->arm_tick();
    if (config.recording.retention_days > 0)
        t->sweep_recordings(writer, clock, config.data_dir, std::chrono::days(config.recording.retention_days));
    log()->info("telephony: SIP on {}:{} (UDP/TCP), media {} ports {}-{}, advertised as {}", config.sip.bind,
                t->sip_->port(), config.media.bind, config.media.rtp_port_min, config.media.rtp_port_max, address);
    return t;
}

// Voicemail (IVR nodes and queue overflow) and callback requests (IVR nodes, queue overflow,
// the pending ones restored from the database).
Result<void> Telephony::start_voicemail_and_callbacks(const Config& config, storage::Database& reader,
                                                      storage::Writer& writer, const Clock& clock) {
    const auto data_dir = config.data_dir;
    auto stored = [this, &writer, &clock, data_dir](const center::IvrService::VoicemailLeft& v) {
        auto rec = std::make_shared<storage::VoicemailRecord>();
        rec->call = v.call;
        rec->mailbox = v.mailbox;
        rec->caller = v.caller;
        rec->path = v.file.lexically_relative(data_dir).string();
        rec->frames = static_cast<std::int64_t>(v.frames);
        rec->created_ms = to_unix_ms(clock.wall_now());
        rec->error = v.error;
        writer.submit(
            [rec](storage::Database& db) -> Result<void> {
                auto id = storage::insert_voicemail(db, *rec);
                if (!id) return std::unexpected(id.error());
                rec->id = *id;
                const auto detail = nlohmann::json{{"voicemail_id", *id}, {"call_id", rec->call.value()},
                                                   {"mailbox", rec->mailbox}, {"frames", rec->frames}}.dump();
                if (auto e = storage::append_event(db, rec->created_ms, "voicemail.left", std::nullopt, detail); !e)
                    return std::unexpected(e.error());
                return {};
            },
            [this, rec, alive = alive_](Result<void> r) {
                if (!r) return log()->error("voicemail of call {} not stored: {}", rec->call.value(), r.error().message);
                asio::post(core_, [this, rec, alive] {
                    if (*alive && on_voicemail_) on_voicemail_(*rec);
                });
            });
    };
    if (auto r = ivr_->set_voicemail(data_dir / "voicemail", std::chrono::seconds(config.contact.voicemail_max_s), stored); !r)
        return r;
    ivr_->set_callback_requester([this](CallId call, const std::string& queue, const std::string& number,
                                        const ivr::Variables& data) {
        return acd_->request_callback(call, queue, number, data);
    });
    center::AcdService::SelfService self;
    self.take_voicemail = [this](CallId call, const std::string& text, const std::string& mailbox) {
        ivr_->take_voicemail(call, text, mailbox);
    };
    self.say_and_hang_up = [this](CallId call, const std::string& text, const std::string& reason) {
        ivr_->say_and_hang_up(call, text, reason);
    };
    acd_->set_self_service(std::move(self));
    return acd_->load_callbacks(reader, {static_cast<int>(config.contact.callback_max_attempts),
                                         std::chrono::seconds(config.contact.callback_retry_s)});
}

// Outbound campaigns: an abandoned answer is told so by the IVR; "press 1 to subscribe" makes a
// marketing pre-acceptance work order (营销预受理) in the order type the campaign names.
Result<void> Telephony::start_campaigns(const Config& config, storage::Database& reader, storage::Writer& writer,
                                        const Clock& clock) {
    center::CampaignOptions options;
    options.ring_timeout = std::chrono::seconds(config.campaign.ring_timeout_s);
    options.abandon_grace = std::chrono::milliseconds(config.campaign.abandon_grace_ms);
    options.max_lines = static_cast<int>(config.campaign.max_lines);
    options.predictive_warmup = static_cast<int>(config.campaign.predictive_warmup);
    options.predictive_strict_start = config.campaign.predictive_strict_start;
    options.detect_machines_agentless = config.campaign.machine_detection != "off";
    options.detect_machines_with_agents = config.campaign.machine_detection == "all";
    campaigns_ = std::make_unique<center::CampaignService>(core_, *calls_, *acd_, writer, clock, options);
    campaigns_->set_abandon_handler([this](CallId call) {
        ivr_->say_and_hang_up(call, "您好，目前坐席繁忙，我们稍后再与您联系，再见。", "abandoned: no agent was free");
    });
    campaigns_->set_order_maker([&writer, &clock](const storage::CampaignRow& c, const storage::CampaignRecordRow& r) {
        auto type = tickets::order_type_from_string(c.order_type);
        if (!type) return log()->warn("campaign {}: '{}' is not a work-order type; no order made", c.name, c.order_type);
        tickets::NewOrder n;
        n.type = *type;
        n.title = "营销预受理：" + c.name;
        n.content = fmt::format("外呼活动“{}”中客户按键确认订购。号码 {}，名单数据 {}", c.name, r.phone, r.data);
        n.caller_number = r.phone;
        n.call = r.last_call;
        const tickets::Actor creator{c.created_by.value_or(UserId(1)), std::nullopt, 0};
        const auto now = to_unix_ms(clock.wall_now());
        writer.submit([n, creator, now, name = c.name](storage::Database& db) -> Result<void> {
            auto wf_name = tickets::default_workflow_name(db, n.type);
            if (!wf_name) return std::unexpected(wf_name.error());
            auto wf = tickets::workflow_for(db, *wf_name, std::nullopt);
            if (!wf) return std::unexpected(wf.error());
            auto cal = tickets::deadline_calendar(db, "default");
            if (!cal) return std::unexpected(cal.error());
            auto o = tickets::create_order(db, n, creator, *wf, now, cal->utc_offset);
            if (!o) return std::unexpected(o.error());
            log()->info("campaign {}: work order {} made for {}", name, o->number, n.caller_number);
            return {};
        });
    });
    return campaigns_->load(reader);
}

// A queued caller hears the position and the expected wait, then the music again: the text is
// spoken by espeak-ng on the speaker thread (cached by text), played on the core thread.
void Telephony::announce(CallId call, int position, std::optional<acd::Seconds> wait) {
    std::string text = prompts::zh_queue_position(std::max(0, position - 1));
    if (wait) {
        const auto minutes = std::max<std::int64_t>(1, (wait->count() + 59) / 60);
        text += "，预计等待" + prompts::zh_count(minutes) + "分钟";
    }
    text += "。请您稍候。";
    speak(text, prompts::Lang::zh_CN, [this, call, text](Result<std::filesystem::path> file) {
        if (!file) return log()->warn("announcement '{}' not spoken: {}", text, file.error().message);
        if (auto r = calls_->play(call, {file->string()}, false); r)
            log()->info("call {}: announced '{}'", call.value(), text);
    });
}

// espeak-ng on the speaker thread (the store caches by text); `done` on the core thread, never
// after stop().
void Telephony::speak(std::string text, prompts::Lang lang, std::function<void(Result<std::filesystem::path>)> done) {
    asio::post(*speaker_, [this, text = std::move(text), lang, done = std::move(done), alive = alive_,
                           store = prompts_.get()]() mutable {
        auto file = store->speak(text, lang);
        asio::post(core_, [this, alive, file = std::move(file), done = std::move(done)]() mutable {
            if (!*alive || stopped_) return;
            done(std::move(file));
        });
    });
}

void Telephony::arm_tick() {
    tick_.expires_after(std::chrono::seconds(1));
    tick_.async_wait([this](const boost::system::error_code& ec) {
        if (ec || stopped_) return;
        calls_->tick();
        arm_tick();
    });
}

// Recordings older than the retention are deleted, file and row, at start and every hour after;
// a batch at a time on the writer (file removal is quick; a backlog takes several passes).
void Telephony::sweep_recordings(storage::Writer& writer, const Clock& clock, std::filesystem::path data_dir,
                                 std::chrono::days retention) {
    const auto before = to_unix_ms(clock.wall_now()) -
                        std::chrono::duration_cast<std::chrono::milliseconds>(retention).count();
    writer.submit([before, data_dir](storage::Database& db) -> Result<void> {
        auto old = storage::recordings_before(db, before, 500);
        if (!old) return std::unexpected(old.error());
        for (const auto& r : *old) {
            std::error_code ec;
            std::filesystem::remove(data_dir / r.path, ec);
            if (ec) log()->warn("recording {} of call {}: {} not deleted: {}", r.id, r.call.value(), r.path, ec.message());
            if (auto d = storage::delete_recording(db, r.id); !d) return d;
        }
        if (!old->empty()) log()->info("{} recordings past the retention deleted", old->size());
        return {};
    });
    sweep_.expires_after(std::chrono::hours(1));
    sweep_.async_wait([this, &writer, &clock, data_dir, retention](const boost::system::error_code& ec) {
        if (ec || stopped_) return;
        sweep_recordings(writer, clock, data_dir, retention);
    });
}

bool Telephony::phone_registered(const std::string& extension) const {
    return !extension.empty() && sip_->registration(extension).has_value();
}

Result<void> Telephony::reload(storage::Database& reader) {
    auto loaded = load(reader);
    if (!loaded) return std::unexpected(loaded.error());
    sip_->set_directory(std::move(loaded->directory));
    calls_->set_directory(std::move(loaded->parties), std::move(loaded->routes));
    return {};
}

void Telephony::stop() {
    if (stopped_) return;
    stopped_ = true;
    tick_.cancel();
    sweep_.cancel();
    campaigns_->stop();
    faxes_->stop();
    acd_->stop();
    calls_->end_all("the server is shutting down");
    *alive_ = false;
    if (prompt_maker_.joinable()) {
        prompt_maker_.request_stop();  // the prompt being spoken is finished, the rest left
        prompt_maker_.join();
    }
    speaker_->join();
    sip_.reset();    // ends what is left and joins the SIP thread
    media_.reset();
}

}  // namespace cti::app
