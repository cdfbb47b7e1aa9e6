#pragma once
// The telephony part of the composition root: the media engine, the SIP stack and the call
// manager, with the directory (extensions, trunks, routes, who is behind each extension) loaded
// from the database, and SIP/media events posted to the core thread.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

#include <memory>

#include "cti/calls/manager.h"
#include "cti/center/acd_service.h"
#include "cti/center/campaign_service.h"
#include "cti/center/fax_service.h"
#include "cti/center/ivr_service.h"
#include "cti/prompts/store.h"

#include <thread>
#include "cti/core/clock.h"
#include "cti/core/config.h"
#include "cti/lookup/http_lookup.h"
#include "cti/media/engine.h"
#include "cti/sip/stack.h"
#include "cti/storage/database.h"
#include "cti/storage/voicemail.h"
#include "cti/storage/writer.h"

namespace cti::app {

class Telephony {
public:
    // Reads the directory with reader, closes call records a crash left open, starts media and
    // SIP. Events reach the CallManager on core.
    static Result<std::unique_ptr<Telephony>> start(const Config& config, boost::asio::any_io_executor core,
                                                    storage::Database& reader, storage::Writer& writer,
                                                    const Clock& clock, lookup::HttpLookups& lookups);
    ~Telephony();

    calls::CallManager& calls() { return *calls_; }
    center::AcdService& acd() { return *acd_; }
    center::IvrService& ivr() { return *ivr_; }
    center::CampaignService& campaigns() { return *campaigns_; }
    center::FaxService& faxes() { return *faxes_; }
    prompts::PromptStore& prompts() { return *prompts_; }
    sip::Stack& sip() { return *sip_; }
    media::Engine& media() { return *media_; }
    std::uint16_t sip_port() const { return sip_->port(); }
    bool phone_registered(const std::string& extension) const;
    // Re-reads extensions, trunks and routes (after an administrator changed them).
    Result<void> reload(storage::Database& reader);
    // Sink for registration changes (the gateway pushes them to desktops); core thread.
    void on_registration(std::function<void(const sip::RegistrationChanged&)> f) { on_registration_ = std::move(f); }
    // A voicemail was stored (its id known): for the desktops. Core thread.
    void on_voicemail(std::function<void(const storage::VoicemailRecord&)> f) { on_voicemail_ = std::move(f); }
    // Ends every call (records written) and stops SIP and media. Core thread.
    void stop();

private:
    Telephony(boost::asio::any_io_executor core);
    void arm_tick();

    boost::asio::any_io_executor core_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);  // events posted after stop are dropped
    std::unique_ptr<media::Engine> media_;
    std::unique_ptr<sip::Stack> sip_;
    std::unique_ptr<calls::CallManager> calls_;
    std::unique_ptr<center::AcdService> acd_;
    std::unique_ptr<prompts::PromptStore> prompts_;
    std::unique_ptr<center::IvrService> ivr_;
    std::unique_ptr<center::CampaignService> campaigns_;
    std::unique_ptr<center::FaxService> faxes_;
    Result<void> start_campaigns(const Config& config, storage::Database& reader, storage::Writer& writer,
                                 const Clock& clock);
    std::jthread prompt_maker_;  // generates missing IVR prompts with espeak-ng at start
    // Speaks queue announcements with espeak-ng off the core thread.
    std::unique_ptr<boost::asio::thread_pool> speaker_ = std::make_unique<boost::asio::thread_pool>(1);
    void announce(CallId call, int position, std::optional<acd::Seconds> expected_wait);
    void speak(std::string text, prompts::Lang lang, std::function<void(Result<std::filesystem::path>)> done);
    std::function<void(const sip::RegistrationChanged&)> on_registration_;
    std::function<void(const storage::VoicemailRecord&)> on_voicemail_;
    Result<void> start_voicemail_and_callbacks(const Config& config, storage::Database& reader,
                                               storage::Writer& writer, const Clock& clock);
    boost::asio::steady_timer tick_;
    boost::asio::steady_timer sweep_;  // recording retention
    void sweep_recordings(storage::Writer& writer, const Clock& clock, std::filesystem::path data_dir,
                          std::chrono::days retention);
    bool stopped_ = false;
};

// The address phones reach us at: the configured one, else the local address of the default
// route (found without sending anything), else 127.0.0.1.
std::string advertised_address(const std::string& configured);

}  // namespace cti::app
