#include "server.h"

#include <boost/asio/post.hpp>
#include <fmt/format.h>
#include <google/protobuf/stubs/logging.h>

#include "cti/core/logging.h"
#include "cti/gateway/calls_wire.h"
#include "cti/gateway/campaign_wire.h"
#include "cti/gateway/tls.h"
#include "cti/gateway/fax_wire.h"
#include "cti/gateway/voicemail_wire.h"
#include "cti/storage/migrate.h"
#include "cti/admin/parameters.h"

namespace cti::app {

namespace {
auto log() {
    static auto l = cti::logger("server");
    return l;
}
// protobuf writes its own complaints (e.g. invalid UTF-8 in a string field of a stranger's frame)
// to stderr; route them to our log at debug level instead, so that a hostile client cannot fill
// the log. The frame is still refused with BAD_FRAME and that refusal is logged once.
void route_protobuf_logs() {
    google::protobuf::SetLogHandler([](google::protobuf::LogLevel level, const char* file, int line,
                                       const std::string& message) {
        if (level >= google::protobuf::LOGLEVEL_FATAL)
            cti::logger("protobuf")->critical("{}:{}: {}", file, line, message);
        else
            cti::logger("protobuf")->debug("{}:{}: {}", file, line, message);
    });
}

}  // namespace

Server::Server(Config config) : config_(std::move(config)), started_(clock_.steady_now()) {}

Server::~Server() {
    shutdown();
    slow_work_.join();
    // Completion handlers still queued hold connections that refer to the hub: run them now,
    // while the hub exists (they see closed sockets and end).
    io_.restart();
    io_.poll();
}

Result<std::unique_ptr<Server>> Server::create(Config config) {
    std::unique_ptr<Server> s(new Server(std::move(config)));
    if (auto r = s->init(); !r) return std::unexpected(r.error());
    return s;
}

Result<void> Server::init() {
    route_protobuf_logs();
    std::error_code ec;
    std::filesystem::create_directories(config_.data_dir, ec);
    if (ec)
        return fail(Errc::io_error, fmt::format("cannot create the data folder {}: {} (choose "
                                                "another with --data)",
                                                config_.data_dir.string(), ec.message()));

    auto opened = storage::open_and_migrate(config_.database_path(), config_.storage.busy_timeout_ms);
    if (!opened) return std::unexpected(opened.error());
    auto& [db, migration] = *opened;
    report_.schema_from = migration.from_version;
    report_.schema_to = migration.to_version;
    report_.database_created = migration.created;
    if (migration.from_version != migration.to_version)
        log()->info("database {} migrated from schema {} to {}", config_.database_path().string(),
                    migration.from_version, migration.to_version);

    if (migration.created && config_.seed_demo) {
        auto strength = password_strength_from_string(config_.auth.argon2_strength).value();
        auto seeded = seed_demo(db, config_.data_dir, strength, to_unix_ms(clock_.wall_now()), config_.sip.realm);
        if (!seeded) return std::unexpected(seeded.error());
        log()->info("demo call center seeded: {} accounts", seeded->size());
    }
    report_.demo_logins = list_demo_logins(config_.data_dir);
    // System parameters an administrator saved from the desktop win over the file (admin.h).
    std::vector<std::string> applied;
    for (const auto& problem : admin::apply_parameters(config_, db, &applied)) log()->warn("{}", problem);
    for (const auto& one : applied) log()->info("system parameter {} (saved by an administrator)", one);

    auto cert = gateway::ensure_self_signed_certificate(config_.cert_path(), config_.key_path(), "localhost");
    if (!cert) return std::unexpected(cert.error());
    report_.certificate_created = *cert;
    if (auto fp = gateway::certificate_fingerprint(config_.cert_path()); fp) report_.certificate_fingerprint = *fp;
    if (auto r = gateway::configure_server_context(tls_, config_.cert_path(), config_.key_path()); !r)
        return std::unexpected(r.error());

    auto reader = storage::Database::open(config_.database_path(),
                                          {.read_only = true, .busy_timeout_ms = config_.storage.busy_timeout_ms});
    if (!reader) return std::unexpected(reader.error());
    reader_.emplace(std::move(*reader));
    // Writes that stop being saved (disk full, read-only folder) raise the storage alarm on every
    // desktop; the first write saved again clears it. Posted: the writer thread must not wait.
    storage::WriterOptions writer_options{config_.storage.group_commit_max_batch};
    writer_options.on_health = [this](std::optional<Error> problem) {
        boost::asio::post(io_, [this, problem = std::move(problem)] {
            if (hub_) hub_->set_alarm("storage", problem.has_value(), problem ? problem->message : std::string());
        });
    };
    writer_ = std::make_unique<storage::Writer>(std::move(db), std::move(writer_options));

    gateway::HubServices services{io_.get_executor(), slow_work_, *reader_, *writer_, clock_};
    lookups_ = std::make_unique<lookup::HttpLookups>(io_.get_executor(), config_.lookups);
    services.lookups = lookups_.get();
    services.data_dir = config_.data_dir;
    if (config_.sip.enabled) {
        auto t = Telephony::start(config_, io_.get_executor(), *reader_, *writer_, clock_, *lookups_);
        if (!t) return std::unexpected(t.error());
        telephony_ = std::move(*t);
        services.calls = &telephony_->calls();
        services.acd = &telephony_->acd();
        services.ivr = &telephony_->ivr();
        services.campaigns = &telephony_->campaigns();
        services.prompts = &telephony_->prompts();
        services.faxes = &telephony_->faxes();
        services.phone_registered = [this](const std::string& ext) { return telephony_->phone_registered(ext); };
        services.reload_telephony = [this]() { return telephony_->reload(*reader_); };
    }
    hub_ = std::make_unique<gateway::Hub>(config_.gateway, config_.auth, std::move(services));
    if (auto r = hub_->order_deadlines().start(); !r)
        return fail(r.error().code, "work-order deadlines could not be loaded: " + r.error().message);
    if (telephony_) {
        telephony_->calls().on_call_changed([this](const calls::CallView& v) { hub_->publish_call(v); });
        telephony_->calls().on_recording_ended([this](std::optional<std::string> problem) {
            hub_->set_alarm("recording", problem.has_value(), problem.value_or(std::string()));
        });
        telephony_->calls().on_dtmf([this](CallId id, const std::vector<UserId>& users, char digit,
                                           media::DtmfSource source) {
            hub_->publish_dtmf(id, users, digit, media::to_string(source));
        });
        telephony_->acd().on_agent_changed([this](const center::AgentView& a) {
            wire::Event e;
            *e.mutable_agent() = gateway::to_wire(a);
            hub_->publish_agent(std::move(e), a.user);
        });
        telephony_->acd().on_queue_changed([this](const center::QueueView& q) {
            wire::Event e;
            *e.mutable_queue() = gateway::to_wire(q);
            const auto id = e.queue().queue_id();
            hub_->publish_queue(std::move(e), id);
        });
        telephony_->on_voicemail([this](const storage::VoicemailRecord& v) { gateway::publish_voicemail(*hub_, v); });
        telephony_->acd().on_callback_changed(
            [this](const storage::CallbackRecord& r) { gateway::publish_callback(*hub_, r); });
        telephony_->campaigns().on_changed(
            [this](const center::CampaignStatus& s) { gateway::publish_campaign(*hub_, s); });
        telephony_->faxes().on_changed([this](const storage::FaxRecord& f) { gateway::publish_fax(*hub_, f); });
        telephony_->on_registration([this](const sip::RegistrationChanged& r) {
            wire::Event e;
            auto* p = e.mutable_phone();
            p->set_extension(r.extension);
            p->set_registered(r.registered);
            if (r.registration) p->set_contact(r.registration->contact);
            hub_->publish(std::move(e));
        });
    }
    listener_ = std::make_shared<gateway::Listener>(io_.get_executor(), tls_, *hub_);
    if (auto r = listener_->open(config_.gateway.bind, config_.gateway.port); !r) return r;
    if (config_.http.enabled) {
        http_ = std::make_shared<HttpServer>(
            io_.get_executor(), [this](std::string_view m, std::string_view t) { return serve_http(m, t); });
        if (auto r = http_->open(config_.http.bind, config_.http.port); !r) return r;
    }
    return {};
}

HttpReply Server::serve_http(std::string_view method, std::string_view target) {
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(clock_.steady_now() - started_).count();
    HealthInfo health{.storage_ok = !stopped_, .version = CTI_VERSION, .uptime_s = uptime};
    MetricsInfo metrics{hub_->metrics(), writer_->stats(), hub_->session_count(), uptime};
    return handle_http(method, target, health, metrics);
}

void Server::run(bool handle_signals) {
    if (handle_signals) {
        signals_.emplace(io_, SIGINT, SIGTERM);
        signals_->async_wait([this](const boost::system::error_code& ec, int sig) {
            if (ec) return;
            log()->info("signal {} received, shutting down", sig);
            shutdown();
        });
    }
    listener_->start();
    if (http_) http_->start();
    log()->info("ready: desktops on {}:{} (TLS), HTTP on {}:{}, SIP on {}:{}", config_.gateway.bind,
                gateway_port(), config_.http.bind, http_port(), config_.sip.bind, sip_port());
    io_.run();
    shutdown();
}

void Server::stop() {
    boost::asio::post(io_, [this] { shutdown(); });
}

void Server::shutdown() {
    if (stopped_) return;
    stopped_ = true;
    if (signals_) signals_->cancel();
    if (listener_) listener_->stop();
    if (http_) http_->stop();
    // Calls end first, so that their records are written and desktops hear of it.
    if (telephony_) telephony_->stop();
    if (hub_) hub_->close_all();
    // Every write already accepted reaches the disk before the process ends.
    if (writer_) writer_->stop();
    io_.stop();
    log()->info("stopped");
}

}  // namespace cti::app
