// Fax on a media session: start/stop, the received audio into the T.30 terminal in sequence
// order, a frame of its audio out on every 20 ms tick, and the one FaxDone per fax.
#include <unistd.h>

#include <boost/asio/post.hpp>

#include "cti/core/logging.h"
#include "engine_impl.h"

namespace cti::media {
namespace {

namespace fs = std::filesystem;

// No packet for this long: the peer's audio is missing rather than late, and the T.30 timers
// must run on without it (spandsp counts time in the samples it is given).
constexpr auto idle_after = std::chrono::milliseconds(60);
constexpr std::size_t t30_ident_max = 20;   // T.30 5.3.6.2.4: 20 characters
constexpr std::size_t t30_header_max = 50;  // what spandsp keeps of a page header
constexpr std::size_t spandsp_path_max = 255;

// spandsp's fax_rx takes a mutable buffer (it does not write to it): hand it a copy.
void feed(FaxTerminal& t, std::span<const std::int16_t> frame) {
    std::array<std::int16_t, 1500> buf;
    const std::size_t n = std::min(frame.size(), buf.size());
    std::copy_n(frame.begin(), n, buf.begin());
    t.receive(std::span(buf.data(), n));
}

std::string seconds_text(std::chrono::milliseconds d) {
    const auto ms = d.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

// What start_fax refuses on the caller's thread: everything a bad job could fail on later.
Result<void> check_job(const FaxJob& job) {
    if (job.file.empty()) return fail(Errc::invalid_argument, "a fax job needs a file");
    if (job.file.string().size() > spandsp_path_max) {
        return fail(Errc::invalid_argument,
                    "fax file " + job.file.string() + ": the path is longer than 255 bytes, "
                    "which spandsp cannot hold; use a shorter folder");
    }
    if (job.ident.size() > t30_ident_max) {
        return fail(Errc::invalid_argument, "fax ident '" + job.ident + "' is " +
                                                std::to_string(job.ident.size()) +
                                                " characters; T.30 allows 20");
    }
    if (job.header.size() > t30_header_max) {
        return fail(Errc::invalid_argument, "fax page header is " +
                                                std::to_string(job.header.size()) +
                                                " characters; at most 50 fit on the line");
    }
    if (job.timeout.count() <= 0) {
        return fail(Errc::invalid_argument, "a fax timeout must be longer than 0 (10 minutes is "
                                            "the default)");
    }
    if (job.direction == FaxDirection::send) {
        auto pages = check_fax_document(job.file);
        if (!pages) return std::unexpected(pages.error());
        return {};
    }
    std::error_code ec;
    const fs::path folder = job.file.has_parent_path() ? job.file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) {
        return fail(Errc::not_found, "fax file " + job.file.string() + ": folder " +
                                         folder.string() + " does not exist; create it first");
    }
    if (fs::is_directory(job.file, ec)) {
        return fail(Errc::invalid_argument,
                    "fax file " + job.file.string() + " is a folder; give a file name to write");
    }
    if (::access(folder.c_str(), W_OK) != 0) {
        return fail(Errc::invalid_argument, "fax file " + job.file.string() + ": the server "
                                            "cannot write in " + folder.string() +
                                            "; check its permissions");
    }
    return {};
}

}  // namespace

Result<FaxId> EngineImpl::start_fax(MediaSessionId id, FaxJob job) {
    {
        std::lock_guard lock(registry_mu_);
        if (!registry_.contains(id.value())) {
            return fail(Errc::not_found, "media session " + std::to_string(id.value()) +
                                             " does not exist (closed?); open a session first");
        }
    }
    if (auto ok = check_job(job); !ok) return std::unexpected(ok.error());
    const FaxId fid{++next_fax_};
    ++active_faxes_;
    logger("media")->info("session={} fax={} {} {} (timeout {})", id.value(), fid.value(),
                          to_string(job.direction), job.file.string(), seconds_text(job.timeout));
    const auto started = Clock::now();
    asio::post(io_, [this, id, fid, started, job = std::move(job)] {
        Session* s = find(id.value());
        if (!s) {  // closed between the check and now: the promised event still comes
            fax_done(FaxDone{id, fid, false, 0, "media session closed", job.file.string()}, {});
            return;
        }
        if (s->fax) finish_fax(*s, "replaced by a new fax");
        end_playback(*s, PlaybackEnd::stopped);
        auto terminal = FaxTerminal::create(
            job, "fax=" + std::to_string(fid.value()) + " session=" + std::to_string(id.value()));
        if (!terminal) {
            fax_done(FaxDone{id, fid, false, 0, terminal.error().message, job.file.string()}, {});
            return;
        }
        auto run = std::make_unique<FaxRun>();
        run->id = fid;
        run->direction = job.direction;
        run->path = job.file.string();
        run->timeout = job.timeout;
        run->deadline = started + job.timeout;
        run->terminal = std::move(*terminal);
        run->last_audio = Clock::now();
        s->fax = std::move(run);
    });
    return fid;
}

void EngineImpl::stop_fax(MediaSessionId id) {
    asio::post(io_, [this, id] {
        if (Session* s = find(id.value()); s && s->fax) finish_fax(*s, "stopped");
    });
}

void EngineImpl::on_fax_audio(Session& s, const RtpHeader& h, std::span<const std::int16_t> samples,
                              Clock::time_point now) {
    FaxRun& f = *s.fax;
    auto on_frame = [&](std::span<const std::int16_t> frame) {
        feed(*f.terminal, frame);
        f.idle_filled = 0;  // audio flows again: what was filled in while idle was a pause
    };
    auto on_lost = [&](std::size_t n) {
        // The time a lost frame covered may already have been filled in while no packets came.
        const std::size_t credit = std::min(n, f.idle_filled);
        f.idle_filled -= credit;
        if (n > credit) f.terminal->fill_in(n - credit);
    };
    if (f.have_ssrc && h.ssrc != f.ssrc) {  // the peer restarted its stream
        f.order.flush(on_frame, on_lost);
        f.order.reset();
    }
    f.have_ssrc = true;
    f.ssrc = h.ssrc;
    f.last_audio = now;
    f.order.push(h.sequence, samples, on_frame, on_lost);
    if (s.fax && s.fax->terminal->completion()) finish_fax(s, std::nullopt);
}

void EngineImpl::tick_fax(Session& s, Clock::time_point now, std::uint64_t now_ts) {
    FaxRun& f = *s.fax;
    if (now >= f.deadline) {
        finish_fax(s, "fax did not finish within " + seconds_text(f.timeout));
        return;
    }
    if (now - f.last_audio > idle_after) {
        // The peer sends nothing (or stopped): what it sent is delivered, and the T.30 timers go
        // on counting, one frame a tick, so a silent far end times out as the standard says.
        f.order.flush([&](std::span<const std::int16_t> frame) { feed(*f.terminal, frame); },
                      [&](std::size_t n) { f.terminal->fill_in(n); });
        f.terminal->fill_in(frame_samples);
        f.idle_filled += frame_samples;
    }
    std::array<std::int16_t, frame_samples> frame;
    f.terminal->transmit(frame);
    if (s.has_peer) send_audio_frame(s, frame, now_ts);
    if (f.terminal->completion()) finish_fax(s, std::nullopt);
}

void EngineImpl::finish_fax(Session& s, std::optional<std::string> why) {
    if (!s.fax) return;
    std::unique_ptr<FaxRun> f = std::move(s.fax);
    // T.30's own outcome wins when it came first (a fax that completed in the same tick).
    const bool completed = f->terminal->completion().has_value();
    if (!completed) f->terminal->terminate();
    const bool ok = completed && f->terminal->succeeded();
    std::string reason;
    if (!ok) reason = completed ? f->terminal->completion_text() : why.value_or("stopped");
    const int pages = f->terminal->pages();
    const std::string link = f->terminal->link();
    f->terminal.reset();  // closes the TIFF before anyone hears the fax is done
    fax_done(FaxDone{s.id, f->id, ok, pages, std::move(reason), f->path}, link);
}

void EngineImpl::fax_done(FaxDone d, std::string_view link) {
    --active_faxes_;
    logger("media")->info("session={} fax={} done: ok={} pages={} link=\"{}\"{}{}",
                          d.session.value(), d.fax.value(), d.ok, d.pages, link,
                          d.reason.empty() ? "" : " reason=", d.reason);
    emit(std::move(d));
}

}  // namespace cti::media
