// Stack lifecycle: the SIP thread, nua creation and shutdown, the command queue (su_msg), the
// public thread-safe methods, and housekeeping (binding expiry, keep-alives, pruning).
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su.h>
#include <sofia-sip/tport_tag.h>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <utility>

#include "cti/core/logging.h"
#include "sofia_util.h"
#include "stack_impl.h"
#include "net_util.h"
#include "tls_dir.h"

namespace cti::sip {
namespace {

constexpr auto kShutdownGrace = std::chrono::seconds(3);

struct Command {
    std::function<void()>* fn;
};

void deliver_command(su_root_magic_t*, su_msg_r msg, su_msg_arg_t* arg) {
    auto* c = reinterpret_cast<Command*>(arg);
    std::unique_ptr<std::function<void()>> fn(c->fn);
    (void)msg;
    (*fn)();
}

void nua_callback(nua_event_t event, int status, char const* phrase, nua_t*, nua_magic_t* magic,
                  nua_handle_t* nh, nua_hmagic_t* hmagic, sip_t const* sip, tagi_t tags[]) {
    static_cast<StackImpl*>(magic)->on_event(event, status, phrase, nh, static_cast<Leg*>(hmagic), sip, tags);
}

void housekeeping_timer(su_root_magic_t*, su_timer_t*, su_timer_arg_t* arg) {
    static_cast<std::function<void()>*>(arg)->operator()();
}

std::string host_for_uri(const std::string& address) {
    return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

bool valid_number(std::string_view s) {
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '*' || c == '#' || c == '-' ||
               c == '.' || c == '_';
    });
}

std::string quote_display(std::string_view d) {
    std::string out = "\"";
    for (char c : d) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\r' || c == '\n') continue;
        out += c;
    }
    return out + "\"";
}

}  // namespace

std::string_view to_string(Transport t) noexcept {
    switch (t) {
    case Transport::udp: return "udp";
    case Transport::tcp: return "tcp";
    case Transport::tls: return "tls";
    }
    return "udp";
}

std::string_view to_string(SrtpPolicy p) noexcept {
    switch (p) {
    case SrtpPolicy::off: return "off";
    case SrtpPolicy::optional: return "optional";
    case SrtpPolicy::required: return "required";
    }
    return "off";
}

std::optional<SrtpPolicy> srtp_policy_from_string(std::string_view s) noexcept {
    if (s == "off") return SrtpPolicy::off;
    if (s == "optional") return SrtpPolicy::optional;
    if (s == "required") return SrtpPolicy::required;
    return std::nullopt;
}

Result<std::unique_ptr<Stack>> Stack::start(Options options, Directory directory, EventSink sink) {
    if (!sink) return fail(Errc::invalid_argument, "sip: an event sink is required");
    if (options.config.bind.empty()) return fail(Errc::config_error, "[sip] bind is empty; use 0.0.0.0 or an address of this host");
    if (options.tls_cert.empty() != options.tls_key.empty())
        return fail(Errc::config_error, "sip: give both a TLS certificate and a key, or neither");
    auto impl = std::make_unique<StackImpl>(std::move(options), std::move(directory), std::move(sink));
    if (auto r = impl->run(); !r) return std::unexpected(r.error());
    return std::unique_ptr<Stack>(std::move(impl));
}

StackImpl::StackImpl(Options options, Directory directory, EventSink sink)
    : options_(std::move(options)),
      sink_(std::move(sink)),
      limiter_(options_.config.source_requests_per_second, options_.config.source_request_burst),
      window_(options_.config.max_transactions),
      failures_(options_.config.auth_failures_before_block,
                std::chrono::seconds(options_.config.auth_failure_window_s),
                std::chrono::seconds(options_.config.auth_block_s)) {
    nonces_ = std::make_unique<NonceService>(options_.config.realm,
                                             std::chrono::seconds(options_.config.nonce_lifetime_s));
    dummy_ha1_ = md5_hex(nonces_->issue(Clock::now()));  // matches no password anyone knows
    set_directory(std::move(directory));
    restore_bindings(std::exchange(options_.restored, {}));
}

Result<void> StackImpl::run() {
    if (!options_.tls_cert.empty()) {
        auto dir = make_tls_dir(options_.tls_cert, options_.tls_key);
        if (!dir) return std::unexpected(dir.error());
        tls_dir_ = *dir;
    }
    if (!port_available(options_.config.bind, options_.config.port) ||
        (!tls_dir_.empty() && options_.config.port != 0 && !port_available(options_.config.bind, options_.config.port + 1))) {
        remove_tls_dir(tls_dir_);
        return fail(Errc::io_error, fmt::format("sip: cannot listen on {}:{} (UDP and TCP{}); check [sip] bind and port, "
                                                "or whether another program uses the port",
                                                options_.config.bind, options_.config.port, tls_dir_.empty() ? "" : ", TLS on port+1"));
    }
    std::promise<Result<void>> ready;
    auto fut = ready.get_future();
    thread_ = std::thread([this, p = std::move(ready)]() mutable { thread_main(std::move(p)); });
    auto r = fut.get();
    if (!r) {
        thread_.join();
        remove_tls_dir(tls_dir_);
        return r;
    }
    return {};
}

void StackImpl::thread_main(std::promise<Result<void>> ready) {
    su_init();
    root_ = su_root_create(nullptr);
    if (!root_) {
        su_deinit();
        ready.set_value(fail(Errc::internal, "sip: cannot create the sofia-sip event loop"));
        return;
    }
    su_root_threading(root_, 0);
    const auto& c = options_.config;
    const bool tls = !tls_dir_.empty();
    std::uint16_t sip_port = c.port;
    if (tls && c.port == 0) {
        // With a sips URL next to it, sofia-sip would not give plain TCP and TLS distinct free
        // ports by itself: pick both here.
        for (int i = 0; i < 20 && sip_port == 0; ++i) {
            const auto p = free_tcp_port(c.bind);
            if (p && port_available(c.bind, p)) sip_port = p;
        }
        for (int i = 0; i < 20 && (tls_port_ == 0 || tls_port_ == sip_port); ++i) tls_port_ = free_tcp_port(c.bind);
    } else if (tls) {
        tls_port_ = static_cast<std::uint16_t>(c.port + 1);
    }
    port_ = sip_port;  // 0: read back from nua (on_r_get_params)
    // With an advertised address, bind to c.bind but write the advertised one in Via and Contact
    // (sofia's maddr: the transport binds to maddr, the URL host is what peers see).
    const auto& adv = options_.advertised_address;
    const std::string maddr = !adv.empty() && adv != c.bind ? ";maddr=" + c.bind : std::string();
    const std::string host = host_for_uri(maddr.empty() ? c.bind : adv);
    const std::string url = fmt::format("sip:{}:{}{}", host, sip_port, maddr);
    const std::string sips_url = fmt::format("sips:{}:{}{}", host, tls_port_.load(), maddr);
    nua_ = nua_create(root_, nua_callback, this,
                      NUTAG_URL(url.c_str()),
                      TAG_IF(tls, NUTAG_SIPS_URL(sips_url.c_str())),
                      TAG_IF(tls, NUTAG_CERTIFICATE_DIR(tls_dir_.c_str())),
                      TAG_IF(tls, TPTAG_TLS_VERIFY_POLICY(TPTLS_VERIFY_NONE)),
                      NUTAG_MEDIA_ENABLE(0),
                      NUTAG_AUTOANSWER(0),
                      NUTAG_AUTOALERT(0),
                      NUTAG_AUTOACK(1),
                      NUTAG_ENABLEMESSAGE(0),
                      NUTAG_SESSION_TIMER(0),
                      NUTAG_APPL_METHOD("INVITE, REGISTER, OPTIONS, INFO"),
                      NUTAG_ALLOW("INFO"),
                      NUTAG_ALLOW("REGISTER"),
                      NUTAG_KEEPALIVE(0),
                      NUTAG_OUTBOUND("no-options-keepalive, no-validate, no-natify"),
                      NTATAG_SERVER_RPORT(2),
                      NTATAG_CLIENT_RPORT(1),
                      SIPTAG_USER_AGENT_STR("cti-server/" CTI_VERSION),
                      TAG_END());
    if (!nua_) {
        su_root_destroy(root_);
        root_ = nullptr;
        su_deinit();
        ready.set_value(fail(Errc::io_error,
                             fmt::format("sip: cannot listen on {} (UDP and TCP); check [sip] bind and port, "
                                         "or whether another program uses the port", url)));
        return;
    }
    ready_ = &ready;
    nua_get_params(nua_, TAG_ANY(), TAG_END());

    static thread_local std::function<void()> tick;  // one Stack per SIP thread
    tick = [this] { on_housekeeping(); };
    housekeeping_ = su_timer_create(su_root_task(root_), 1000);
    su_timer_set_for_ever(housekeeping_, housekeeping_timer, reinterpret_cast<su_timer_arg_t*>(&tick));

    su_root_run(root_);

    su_timer_destroy(housekeeping_);
    housekeeping_ = nullptr;
    if (ready_) {  // nua never answered get_params
        ready_->set_value(fail(Errc::internal, "sip: the stack stopped before it listened"));
        ready_ = nullptr;
    }
    nua_destroy(nua_);
    nua_ = nullptr;
    su_root_destroy(root_);
    root_ = nullptr;
    su_deinit();
}

void StackImpl::on_r_get_params(tagi_t tags[]) {
    if (!ready_) return;
    sip_contact_t const* contact = nullptr;
    tl_gets(tags, NTATAG_CONTACT_REF(contact), TAG_END());
    if (port_ == 0 && contact && contact->m_url->url_port) port_ = static_cast<std::uint16_t>(std::atoi(contact->m_url->url_port));
    if (contact && contact->m_url->url_host) local_host_ = contact->m_url->url_host;
    if (!options_.advertised_address.empty()) local_host_ = options_.advertised_address;
    if (port_ == 0) port_ = options_.config.port;
    {
        std::lock_guard lock(post_mu_);
        accepting_ = true;
    }
    cti::logger("sip")->info("sip listening bind={} port={} tls_port={}", options_.config.bind, port_.load(), tls_port_.load());
    ready_->set_value(Result<void>{});
    ready_ = nullptr;
}

StackImpl::~StackImpl() {
    if (!thread_.joinable()) return;
    post([this] { do_shutdown(); });
    {
        std::lock_guard lock(post_mu_);
        accepting_ = false;
    }
    thread_.join();
    remove_tls_dir(tls_dir_);
}

void StackImpl::post(std::function<void()> fn) {
    std::lock_guard lock(post_mu_);
    if (!accepting_ || !root_) return;
    su_msg_r m = SU_MSG_R_INIT;
    if (su_msg_create(m, su_root_task(root_), su_task_null, deliver_command, sizeof(Command)) != 0) {
        cti::logger("sip")->error("sip: cannot queue a command to the SIP thread");
        return;
    }
    reinterpret_cast<Command*>(su_msg_data(m))->fn = new std::function<void()>(std::move(fn));
    if (su_msg_send(m) != 0) cti::logger("sip")->error("sip: cannot send a command to the SIP thread");
}

void StackImpl::with_leg(LegId id, std::function<void(Leg&)> fn) {
    post([this, id, fn = std::move(fn)] {
        auto it = legs_.find(id.value());
        if (it == legs_.end()) {
            cti::logger("sip")->debug("leg={} no longer exists; command ignored", id.value());
            return;
        }
        fn(*it->second);
    });
}

void StackImpl::emit(Event e) { sink_(std::move(e)); }

void StackImpl::set_directory(Directory directory) {
    auto apply = [this](Directory d) {
        trunk_blocks_.clear();
        for (const auto& t : d.trunks) {
            if (!t.enabled) continue;
            for (const auto& a : t.allow_from) {
                auto b = AddressBlock::parse(a);
                if (!b) {
                    cti::logger("sip")->warn("trunk={} allow_from '{}' ignored: {}", t.name, a, b.error().message);
                    continue;
                }
                trunk_blocks_.emplace_back(*b, t.trunk_id);
            }
        }
        directory_ = std::move(d);
    };
    if (!thread_.joinable()) apply(std::move(directory));
    else post([apply, d = std::move(directory)]() mutable { apply(std::move(d)); });
}

std::optional<std::int64_t> StackImpl::trunk_for(const std::string& address) const {
    for (const auto& [block, id] : trunk_blocks_)
        if (block.contains(address)) return id;
    return std::nullopt;
}

void StackImpl::ring(LegId id) {
    with_leg(id, [this](Leg& leg) {
        if (leg.outgoing || leg.state != LegState::offered) return;
        nua_respond(leg.nh, SIP_180_RINGING, TAG_END());
        leg.transition(LegState::early, "ring");
    });
}

void StackImpl::answer(LegId id, SessionDescription local) {
    with_leg(id, [this, local = std::move(local)](Leg& leg) {
        if (leg.outgoing || (leg.state != LegState::offered && leg.state != LegState::early)) return;
        leg.local = local;
        leg.has_local = true;
        const std::string body = write_sdp(local);
        nua_respond(leg.nh, SIP_200_OK, SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                    SIPTAG_PAYLOAD_STR(body.c_str()),
                    TAG_IF(!contact_for(Transport::udp).empty(), SIPTAG_CONTACT_STR(contact_for(Transport::udp).c_str())),
                    TAG_END());
        leg.transition(LegState::established, "answer");
    });
}

void StackImpl::reject(LegId id, int status, std::string reason) {
    with_leg(id, [this, status, reason = std::move(reason)](Leg& leg) {
        if (leg.outgoing || (leg.state != LegState::offered && leg.state != LegState::early)) return;
        const int code = (status >= 300 && status <= 699) ? status : 603;
        // nua_respond keeps the phrase pointer until its own thread sends the response (it is not
        // a tag, so it is not copied): only a static string may go there. Our reason is logged.
        const char* phrase = sip_status_phrase(code) ? sip_status_phrase(code) : "Declined";
        nua_respond(leg.nh, code, phrase, TAG_END());
        leg.final_event = LegEnded{leg.id, false,
                                   fmt::format("rejected {} {}", code, reason.empty() ? std::string(phrase) : reason)};
        leg.transition(LegState::terminating, "reject");
    });
}

void StackImpl::hangup(LegId id, std::string reason) {
    with_leg(id, [this, reason = std::move(reason)](Leg& leg) { do_hangup(leg, reason); });
}

void StackImpl::update_media(LegId id, SessionDescription local) {
    with_leg(id, [this, local = std::move(local)](Leg& leg) {
        if (leg.state != LegState::established) {
            cti::logger("sip")->warn("leg={} update_media ignored in state {}", leg.id.value(), to_string(leg.state));
            return;
        }
        leg.local = local;
        if (leg.has_local && leg.local.session_version == 0) leg.local.session_version = 1;
        leg.has_local = true;
        const std::string body = write_sdp(leg.local);
        nua_invite(leg.nh, SIPTAG_CONTENT_TYPE_STR("application/sdp"), SIPTAG_PAYLOAD_STR(body.c_str()), TAG_END());
    });
}

Result<LegId> StackImpl::invite(OutgoingCall call) {
    if (!valid_number(call.number))
        return fail(Errc::invalid_argument, fmt::format("sip: '{}' is not a number or extension to call (digits, letters, + * # - . _)", call.number));
    if (!call.from_user.empty() && !valid_number(call.from_user))
        return fail(Errc::invalid_argument, fmt::format("sip: caller id '{}' has characters a SIP URI cannot carry", call.from_user));
    if (call.offer.audio.address.empty() || call.offer.audio.payload_types.empty())
        return fail(Errc::invalid_argument, "sip: the offer needs an audio address and at least one payload type");
    LegId id(next_leg_++);
    post([this, id, call = std::move(call)]() mutable { do_invite(id, std::move(call)); });
    return id;
}

std::optional<Registration> StackImpl::registration(const std::string& extension) const { return bindings_.find(extension); }
std::vector<Registration> StackImpl::registrations() const { return bindings_.all(); }

StackStats StackImpl::stats() const {
    std::lock_guard l(stats_mu_);
    StackStats s = stats_;
    s.registered = bindings_.size();
    return s;
}

std::string StackImpl::contact_for(Transport t) const {
    if (options_.advertised_address.empty()) return {};
    return fmt::format("<sip:cti@{}:{}{}>", host_for_uri(options_.advertised_address), port_.load(),
                       t == Transport::udp ? "" : fmt::format(";transport={}", to_string(t)));
}

std::string StackImpl::proxy_uri(const Endpoint& e) const {
    return fmt::format("sip:{}:{};transport={}", host_for_uri(e.address), e.port, to_string(e.transport));
}

void StackImpl::do_invite(LegId id, OutgoingCall call) {
    auto log = cti::logger("sip");
    std::string request_uri, proxy;
    Transport transport = Transport::udp;
    if (call.target == OutgoingCall::Target::extension) {
        auto ext = directory_.extensions.find(call.number);
        if (ext == directory_.extensions.end() || !ext->second.enabled) {
            emit(LegFailed{id, 404, "extension unknown or disabled"});
            return;
        }
        auto reg = bindings_.find(call.number);
        if (!reg) {
            emit(LegFailed{id, 480, "extension not registered"});
            return;
        }
        request_uri = reg->contact;
        transport = reg->source.transport;
        proxy = proxy_uri(reg->source);  // NAT: send where its REGISTER came from (RFC 3581)
    } else {
        const TrunkEntry* trunk = nullptr;
        for (const auto& t : directory_.trunks)
            if (t.enabled && (!call.trunk_id || t.trunk_id == *call.trunk_id)) { trunk = &t; break; }
        if (!trunk) {
            emit(LegFailed{id, 503, "no enabled trunk"});
            return;
        }
        transport = trunk->transport;
        request_uri = fmt::format("sip:{}{}@{}:{}{}", trunk->dial_prefix, call.number, host_for_uri(trunk->host), trunk->port,
                                  transport == Transport::udp ? "" : fmt::format(";transport={}", to_string(transport)));
    }
    if (options_.max_calls && legs_.size() >= options_.max_calls) {
        emit(LegFailed{id, 503, "too many calls in progress"});
        return;
    }
    auto leg = std::make_unique<Leg>();
    leg->id = id;
    leg->outgoing = true;
    leg->state = LegState::calling;
    leg->local = call.offer;
    leg->has_local = true;
    const std::string from = fmt::format("{}<sip:{}@{}>", call.from_display.empty() ? "" : quote_display(call.from_display) + " ",
                                         call.from_user.empty() ? "cti" : call.from_user, host_for_uri(local_host_));
    const std::string to = fmt::format("<{}>", request_uri);
    leg->nh = nua_handle(nua_, leg.get(), SIPTAG_TO_STR(to.c_str()), SIPTAG_FROM_STR(from.c_str()), TAG_END());
    if (!leg->nh) {
        emit(LegFailed{id, 500, "cannot create a SIP handle"});
        return;
    }
    if (!proxy.empty()) nua_set_hparams(leg->nh, NUTAG_PROXY(proxy.c_str()), TAG_END());
    const std::string body = write_sdp(call.offer);
    const std::string call_info = fmt::format("<sip:{}>;answer-after=0", host_for_uri(local_host_));
    const std::string contact = contact_for(transport);
    nua_invite(leg->nh, NUTAG_URL(request_uri.c_str()),
               SIPTAG_CONTENT_TYPE_STR("application/sdp"), SIPTAG_PAYLOAD_STR(body.c_str()),
               TAG_IF(call.auto_answer, SIPTAG_CALL_INFO_STR(call_info.c_str())),
               TAG_IF(call.auto_answer, SIPTAG_HEADER_STR("Alert-Info: <http://127.0.0.1>;info=alert-autoanswer")),
               TAG_IF(!contact.empty(), SIPTAG_CONTACT_STR(contact.c_str())),
               TAG_END());
    leg->ring_timer = su_timer_create(su_root_task(root_), 0);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(call.ring_timeout).count();
    su_timer_set_interval(leg->ring_timer, [](su_root_magic_t*, su_timer_t*, su_timer_arg_t* arg) {
        auto* l = reinterpret_cast<Leg*>(arg);
        static_cast<StackImpl*>(l->owner)->on_ring_timeout(*l);
    }, reinterpret_cast<su_timer_arg_t*>(leg.get()), static_cast<su_duration_t>(std::max<long long>(ms, 1)));
    leg->owner = this;
    log->info("leg={} invite to={} via={} auto_answer={}", id.value(), request_uri, proxy.empty() ? "-" : proxy, call.auto_answer);
    bump([](StackStats& s) { ++s.active_legs; });
    legs_.emplace(id.value(), std::move(leg));
}

void StackImpl::do_hangup(Leg& leg, const std::string& reason) {
    const std::string why = reason.empty() ? "hangup" : reason;
    switch (leg.state) {
    case LegState::offered:
    case LegState::early:
        nua_respond(leg.nh, 480, "Temporarily Unavailable", TAG_END());
        leg.final_event = LegEnded{leg.id, false, why};
        leg.transition(LegState::terminating, why);
        break;
    case LegState::calling:
    case LegState::ringing:
        nua_cancel(leg.nh, TAG_END());
        leg.final_event = LegEnded{leg.id, false, why};
        leg.transition(LegState::cancelling, why);
        break;
    case LegState::established:
        nua_bye(leg.nh, TAG_END());
        leg.final_event = LegEnded{leg.id, false, why};
        leg.transition(LegState::terminating, why);
        break;
    case LegState::cancelling:
    case LegState::terminating:
    case LegState::ended:
        break;
    }
}

void StackImpl::on_ring_timeout(Leg& leg) {
    if (leg.state != LegState::calling && leg.state != LegState::ringing) return;
    nua_cancel(leg.nh, TAG_END());
    leg.final_event = LegFailed{leg.id, 408, "no answer within the ring timeout"};
    leg.transition(LegState::cancelling, "ring timeout");
}

void StackImpl::finish(Leg& leg, Event e) {
    if (leg.reported) return;
    leg.reported = true;
    bump([](StackStats& s) { if (s.active_legs) --s.active_legs; });  // before the event: stats agree with it
    emit(std::move(e));
}

void StackImpl::release(Leg& leg) {
    if (leg.ring_timer) {
        su_timer_destroy(leg.ring_timer);
        leg.ring_timer = nullptr;
    }
    if (!leg.reported) finish(leg, leg.final_event.value_or(LegEnded{leg.id, true, "ended"}));
    leg.transition(LegState::ended, "released");
    if (leg.nh) {
        nua_handle_bind(leg.nh, nullptr);
        nua_handle_destroy(leg.nh);
        leg.nh = nullptr;
    }
    legs_.erase(leg.id.value());
}

void StackImpl::do_shutdown() {
    shutting_down_ = true;
    for (auto& [id, leg] : legs_) do_hangup(*leg, "server shutting down");
    // Give the BYEs/CANCELs a moment, then drop whatever is left and shut nua down.
    auto* t = su_timer_create(su_root_task(root_), 50);
    struct Wait { StackImpl* self; Clock::time_point until; su_timer_t* timer; };
    auto* w = new Wait{this, Clock::now() + kShutdownGrace, t};
    su_timer_set_for_ever(t, [](su_root_magic_t*, su_timer_t*, su_timer_arg_t* arg) {
        auto* w = reinterpret_cast<Wait*>(arg);
        if (!w->self->legs_.empty() && Clock::now() < w->until) return;
        su_timer_reset(w->timer);
        su_timer_destroy(w->timer);
        w->self->release_remaining_legs();
        nua_shutdown(w->self->nua_);
        delete w;
    }, reinterpret_cast<su_timer_arg_t*>(w));
}

// Legs still alive after the grace are those whose far end no longer answers (a phone gone, a
// trunk down): our BYE or CANCEL is still being retransmitted. Left to nua, nua_shutdown waits
// for those transactions (timer F, 32 s) and up to 30 s more before it gives up, and nua's own
// teardown of many live dialogs is where a bare sofia-sip UA asserted (nua_dialog.c:355,
// nua_dialog_usage_remove). So each one gets its final event and its handle is destroyed here,
// before nua_shutdown: nua_handle_destroy ends the dialog and its transactions in the ordinary
// way, and nua_shutdown then finds nothing busy and completes at once.
void StackImpl::release_remaining_legs() {
    std::vector<std::uint64_t> ids;
    for (const auto& [id, leg] : legs_) ids.push_back(id);
    if (!ids.empty())
        cti::logger("sip")->warn("sip shutdown: {} legs not ended within {} s (far end not answering); dropping them",
                                 ids.size(), std::chrono::duration_cast<std::chrono::seconds>(kShutdownGrace).count());
    for (auto id : ids) {
        auto it = legs_.find(id);
        if (it == legs_.end()) continue;
        Leg& leg = *it->second;
        if (!leg.final_event) leg.final_event = LegEnded{leg.id, false, "server shut down"};
        release(leg);
    }
}

void StackImpl::on_r_shutdown(int status) {
    if (status < 200) return;
    cti::logger("sip")->info("sip stack shut down status={}", status);
    // Handles still bound to legs are destroyed by nua_destroy; forget them here.
    for (auto& [id, leg] : legs_) {
        if (leg->ring_timer) su_timer_destroy(leg->ring_timer);
        leg->ring_timer = nullptr;
        if (!leg->reported) finish(*leg, leg->final_event.value_or(LegEnded{leg->id, false, "server shut down"}));
    }
    legs_.clear();
    su_root_break(root_);
}

void StackImpl::on_housekeeping() {
    const auto now = Clock::now();
    for (auto& r : bindings_.expire(now)) {
        cti::logger("sip")->info("registration expired extension={}", r.extension);
        emit(RegistrationChanged{r.extension, false, std::nullopt});
    }
    limiter_.prune(now);
    failures_.prune(now);
    nonces_->prune(now);
    // Keep NAT bindings of UDP phones open: OPTIONS every 25 s to registrations whose Contact
    // differs from where their packets come from.
    if (++keepalive_tick_ >= 25 && !shutting_down_) {
        keepalive_tick_ = 0;
        for (const auto& r : bindings_.all()) {
            if (r.source.transport != Transport::udp) continue;
            if (r.contact.find(fmt::format("{}:{}", host_for_uri(r.source.address), r.source.port)) != std::string::npos) continue;
            const std::string proxy = proxy_uri(r.source);
            nua_handle_t* nh = nua_handle(nua_, nullptr, SIPTAG_TO_STR(("<" + r.contact + ">").c_str()), TAG_END());
            if (!nh) continue;
            nua_set_hparams(nh, NUTAG_PROXY(proxy.c_str()), TAG_END());
            nua_options(nh, NUTAG_URL(r.contact.c_str()), TAG_END());
        }
    }
}

}  // namespace cti::sip
