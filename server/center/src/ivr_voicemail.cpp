// IvrService's voicemail: a flow's voicemail node (or a queue overflowing to voicemail) plays a
// beep, then records what the caller says until '#', the maximum length or the hang-up. The
// message is reported when its file is complete (RecordingDone), which may be after the call.
#include <cmath>
#include <numbers>

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "cti/core/logging.h"
#include "cti/media/audio_file.h"
#include "ivr_session.h"

namespace cti::center {
namespace {
auto log() {
    static auto l = cti::logger("ivr");
    return l;
}

// 0.4 s of 1 kHz at about -12 dBFS: the usual "speak after the tone" beep.
std::vector<std::int16_t> beep_samples() {
    std::vector<std::int16_t> out(3200);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::int16_t>(8000.0 * std::sin(2.0 * std::numbers::pi * 1000.0 * static_cast<double>(i) / 8000.0));
    return out;
}
}  // namespace

Result<void> IvrService::set_voicemail(std::filesystem::path dir, std::chrono::seconds max_length,
                                       std::function<void(const VoicemailLeft&)> left) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fail(Errc::io_error, fmt::format("voicemail folder {}: {}", dir.string(), ec.message()));
    auto v = std::make_unique<Voicemails>();
    v->dir = dir;
    v->beep = dir / "beep.wav";
    const auto samples = beep_samples();
    if (auto w = media::write_wav_8k(v->beep.string(), samples); !w) return std::unexpected(w.error());
    v->max_length = max_length;
    v->left = std::move(left);
    voicemail_ = std::move(v);
    calls_.on_recording_done([this](const media::RecordingDone& done) {
        auto it = voicemail_->pending.find(done.id);
        if (it == voicemail_->pending.end()) return;  // not a voicemail
        const auto p = std::move(it->second);
        voicemail_->pending.erase(it);
        log()->info("call {}: voicemail for {} complete: {} s{}", p.call.value(), p.mailbox, done.frames / 8000,
                    done.error.empty() ? "" : " (" + done.error + ")");
        if (voicemail_->left) voicemail_->left({p.call, p.mailbox, p.caller, done.path, done.frames, done.error});
    });
    return {};
}

void IvrService::begin_voicemail(CallId call, Session& s, const std::string& mailbox) {
    if (!voicemail_) {
        sessions_.erase(call);
        return calls_.hangup_call(call, "voicemail is not configured on this server");
    }
    s.voicemail = VoicemailTake{VoicemailTake::Phase::beep, mailbox, {}};
    ++s.hearing;
    auto played = calls_.play(call, {voicemail_->beep.string()}, false);
    if (!played) {
        log()->warn("call {}: voicemail beep not played: {}", call.value(), played.error().message);
        s.playback = {};
        voicemail_playback_done(call, s);  // record all the same
        return;
    }
    s.playback = *played;
}

// After the beep: record. True when the session is taking a message (the flow is over).
bool IvrService::voicemail_playback_done(CallId call, Session& s) {
    if (!s.voicemail) return false;
    if (s.voicemail->phase != VoicemailTake::Phase::beep) return true;
    const auto now = std::chrono::system_clock::now();
    const auto file = voicemail_->dir / fmt::format("{:%Y%m%d}", now) / fmt::format("call-{}.wav", call.value());
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    auto rec = calls_.record_caller(call, file);
    if (!rec) {
        log()->error("call {}: voicemail cannot be recorded: {}", call.value(), rec.error().message);
        sessions_.erase(call);
        calls_.hangup_call(call, "voicemail could not be recorded: " + rec.error().message);
        return true;
    }
    s.voicemail->phase = VoicemailTake::Phase::recording;
    s.voicemail->recording = *rec;
    voicemail_->pending[*rec] = {call, s.voicemail->mailbox, s.caller};
    log()->info("call {}: recording a voicemail for {} into {}", call.value(), s.voicemail->mailbox, file.string());
    s.timer.expires_after(voicemail_->max_length);
    s.timer.async_wait([this, call](const boost::system::error_code& ec) {
        if (ec) return;
        if (Session* again = find(call); again && again->voicemail) {
            calls_.stop_recording(call, again->voicemail->recording);
            sessions_.erase(call);
            calls_.hangup_call(call, "voicemail left (maximum length)");
        }
    });
    return true;
}

// '#' ends the message; other keys are part of it.
bool IvrService::voicemail_dtmf(CallId call, Session& s, char digit) {
    if (!s.voicemail) return false;
    if (s.voicemail->phase == VoicemailTake::Phase::recording && digit == '#') {
        calls_.stop_recording(call, s.voicemail->recording);
        sessions_.erase(call);
        calls_.hangup_call(call, "voicemail left");
    }
    return true;
}

void IvrService::voicemail_caller_gone(CallId call, Session& s) {
    if (s.voicemail && s.voicemail->phase == VoicemailTake::Phase::recording)
        calls_.stop_recording(call, s.voicemail->recording);
}

}  // namespace cti::center
