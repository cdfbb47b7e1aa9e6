#pragma once
// The Stack implementation on sofia-sip's nua. Everything below the public methods runs on the
// SIP thread (the su_root's thread); public methods only queue commands with su_msg (post()).
#include <sofia-sip/nua.h>
#include <sofia-sip/su_wait.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "admission.h"
#include "cti/sip/stack.h"
#include "digest.h"
#include "leg.h"
#include "registrar.h"

namespace cti::sip {

// Where a request came from: the packet's source, not what its headers claim (RFC 3581).
struct Source {
    Endpoint endpoint;
    std::string key() const { return endpoint.address; }  // admission is per address
};

class StackImpl final : public Stack {
public:
    StackImpl(Options options, Directory directory, EventSink sink);
    ~StackImpl() override;
    Result<void> run();  // starts the SIP thread, waits until it listens (or failed)

    std::uint16_t port() const override { return port_; }
    std::uint16_t tls_port() const override { return tls_port_; }
    void set_directory(Directory directory) override;
    void ring(LegId leg) override;
    void answer(LegId leg, SessionDescription local) override;
    void reject(LegId leg, int status, std::string reason) override;
    Result<LegId> invite(OutgoingCall call) override;
    void hangup(LegId leg, std::string reason) override;
    void update_media(LegId leg, SessionDescription local) override;
    std::optional<Registration> registration(const std::string& extension) const override;
    std::vector<Registration> registrations() const override;
    StackStats stats() const override;

    // ---- SIP thread ----
    void on_event(nua_event_t event, int status, char const* phrase, nua_handle_t* nh, Leg* leg,
                  sip_t const* sip, tagi_t tags[]);

private:
    enum class AuthOutcome { ok, challenge, stale, failed, blocked };
    struct AuthResult {
        AuthOutcome outcome = AuthOutcome::challenge;
        std::string user;
    };

    void thread_main(std::promise<Result<void>> ready);
    void post(std::function<void()> fn);
    void with_leg(LegId id, std::function<void(Leg&)> fn);
    void emit(Event e);
    template <class F> void bump(F&& f) { std::lock_guard l(stats_mu_); f(stats_); }

    // admission (admission.h), for requests outside a dialog
    bool admit(nua_handle_t* nh, msg_t* msg, const Source& src);
    AuthResult authenticate(sip_t const* sip, const char* method, bool proxy, const Source& src,
                            std::string_view expected_user);
    std::string challenge(bool stale);
    void respond_auth(nua_handle_t* nh, msg_t* msg, bool proxy, const AuthResult& r);

    // handlers, named after nua events
    void on_i_register(nua_handle_t* nh, sip_t const* sip);
    void on_i_options(nua_handle_t* nh, sip_t const* sip);
    void restore_bindings(std::vector<Registration> restored);
    void on_i_invite(nua_handle_t* nh, Leg* leg, sip_t const* sip);
    void on_i_reinvite(Leg& leg, sip_t const* sip);
    void on_r_invite(int status, char const* phrase, Leg& leg, sip_t const* sip);
    void on_i_info(nua_handle_t* nh, Leg* leg, sip_t const* sip);
    void on_i_bye(Leg& leg);
    void on_i_cancel(Leg& leg);
    void on_i_state(int status, char const* phrase, Leg& leg, tagi_t tags[]);
    void on_r_shutdown(int status);
    void on_r_get_params(tagi_t tags[]);
    void on_housekeeping();
    void on_ring_timeout(Leg& leg);

    // commands, on the SIP thread
    void do_invite(LegId id, OutgoingCall call);
    void do_hangup(Leg& leg, const std::string& reason);
    void do_shutdown();
    void release_remaining_legs();        // after the shutdown grace: final events, handles destroyed
    void finish(Leg& leg, Event e);       // reports the leg's one final event
    void release(Leg& leg);               // frees the handle and forgets the leg
    std::string contact_for(Transport t) const;
    std::string proxy_uri(const Endpoint& e) const;
    std::optional<std::int64_t> trunk_for(const std::string& address) const;

    Options options_;
    Directory directory_;
    EventSink sink_;
    std::string dummy_ha1_;

    std::thread thread_;
    su_root_t* root_ = nullptr;
    nua_t* nua_ = nullptr;
    su_timer_t* housekeeping_ = nullptr;
    std::promise<Result<void>>* ready_ = nullptr;
    std::atomic<std::uint16_t> port_{0}, tls_port_{0};
    std::string local_host_;
    std::string tls_dir_;

    std::mutex post_mu_;
    bool accepting_ = false;
    bool shutting_down_ = false;
    std::atomic<std::uint64_t> next_leg_{1};

    std::unordered_map<std::uint64_t, std::unique_ptr<Leg>> legs_;
    Bindings bindings_;
    std::unique_ptr<NonceService> nonces_;
    SourceRateLimiter limiter_;
    TransactionWindow window_;
    AuthFailureTracker failures_;
    std::vector<std::pair<AddressBlock, std::int64_t>> trunk_blocks_;
    int keepalive_tick_ = 0;

    mutable std::mutex stats_mu_;
    StackStats stats_;
};

}  // namespace cti::sip
