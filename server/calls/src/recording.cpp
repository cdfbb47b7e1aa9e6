// CallManager: the recording of every answered call. It starts when the call is answered (by an
// agent, a phone, the IVR or a queue), so that its length is the call's talk time from answer to
// end, held and transferred parts included; the left channel records the customer, the right
// the agent connected with them, following bridges, transfers and the end of legs (nobody:
// silence). The media engine writes the file; the row is written once the file is whole.
#include <fmt/chrono.h>
#include <fmt/format.h>

#include "call_record.h"
#include "cti/core/logging.h"
#include "cti/storage/voicemail.h"

namespace cti::calls {
namespace {
auto log() {
    static auto l = cti::logger("calls");
    return l;
}
}  // namespace

void CallManager::start_call_recording(Call& c) {
    if (options_.recordings_dir.empty() || c.recording || c.legs.empty()) return;
    const auto day = fmt::format("{:%Y%m%d}", std::chrono::system_clock::now());
    const auto file = options_.recordings_dir / day / fmt::format("call-{}.wav", c.id.value());
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    const auto first = c.legs.front()->media;
    auto r = media_.start_recording(file, {first, first});
    if (!r) {
        log()->error("call {} is not recorded: {}", c.id.value(), r.error().message);
        return;
    }
    c.recording = *r;
    c.recordings.push_back(*r);
    call_recordings_[*r] = {c.id, file.lexically_relative(options_.data_dir).string(),
                            c.answered_ms.value_or(call_time_ms(c))};
    follow_recording(c);
}

void CallManager::follow_recording(Call& c) {
    if (!c.recording) return;
    Leg* customer = nullptr;
    for (Leg* l : c.live())
        if (l->party == Party::customer) {
            customer = l;
            break;
        }
    if (!customer && !c.legs.empty()) customer = c.legs.front().get();  // an internal call: the caller
    Leg* agent = customer && customer->peer ? c.leg(customer->peer) : nullptr;
    if (!agent && c.mix)  // a conference: the first agent in it
        for (Leg* l : c.live())
            if (l != customer && l->state == LegState::up) {
                agent = l;
                break;
            }
    media_.set_recording_channel(*c.recording, 0, customer ? std::optional(customer->media) : std::nullopt);
    media_.set_recording_channel(*c.recording, 1, agent ? std::optional(agent->media) : std::nullopt);
}

void CallManager::recording_done(const media::RecordingDone& done) {
    auto it = call_recordings_.find(done.id);
    if (it == call_recordings_.end()) return;  // not a call recording (voicemail)
    const PendingRecording p = std::move(it->second);
    call_recordings_.erase(it);
    if (!done.error.empty()) log()->error("recording of call {} ended early: {}", p.call.value(), done.error);
    if (recording_ended_)
        recording_ended_(done.error.empty() ? std::nullopt
                                            : std::optional(fmt::format("the recording of call {} stopped: {}",
                                                                        p.call.value(), done.error)));
    storage::RecordingRecord r;
    r.call = p.call;
    r.path = p.path;
    r.channels = 2;
    r.frames = static_cast<std::int64_t>(done.frames);
    r.started_ms = p.started_ms;
    r.ended_ms = p.started_ms + r.frames / 8;
    r.error = done.error;
    writer_.submit([r](storage::Database& db) -> Result<void> {
        auto id = storage::insert_recording(db, r);
        if (!id) return std::unexpected(id.error());
        return {};
    });
}

}  // namespace cti::calls
