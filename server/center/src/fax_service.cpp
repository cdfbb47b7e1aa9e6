// FaxService: faxes to send, from queued through their calls to done or failed (see the header).
#include "cti/center/fax_service.h"

#include <fmt/format.h>

#include <fstream>
#include <random>

#include "cti/calls/routing.h"
#include "cti/core/logging.h"
#include "cti/media/fax.h"

namespace cti::center {
namespace asio = boost::asio;
namespace fs = std::filesystem;

namespace {
auto log() {
    static auto l = cti::logger("fax");
    return l;
}

enum class Kind { tiff, pdf, other };
Kind kind_of(std::string_view b) {
    if (b.starts_with("%PDF-")) return Kind::pdf;
    if (b.starts_with(std::string_view("II*\0", 4)) || b.starts_with(std::string_view("MM\0*", 4))) return Kind::tiff;
    return Kind::other;
}

// The From user of fax calls: the digits of our station id, when they make a number.
std::string caller_id_of(const std::string& ident) {
    std::string n;
    for (char c : ident)
        if ((c >= '0' && c <= '9') || (c == '+' && n.empty())) n += c;
    return calls::valid_number(n) ? n : std::string("fax");
}
}  // namespace

Result<FaxDocument> prepare_fax_document(const fs::path& data_dir, std::string_view bytes, std::string_view file_name) {
    if (bytes.empty()) return fail(Errc::invalid_argument, "the document is empty: send a TIFF-F or a PDF");
    if (bytes.size() > kMaxFaxDocumentBytes)
        return fail(Errc::invalid_argument, fmt::format("the document is {} bytes; at most {} (10 MiB) can be faxed",
                                                        bytes.size(), kMaxFaxDocumentBytes));
    const Kind kind = kind_of(bytes);
    if (kind == Kind::other)
        return fail(Errc::invalid_argument,
                    fmt::format("{} is neither a TIFF nor a PDF: fax a TIFF-F (bilevel, 1728 pixels wide at 204 dpi) "
                                "or a PDF", file_name.empty() ? std::string_view("the document") : file_name));
    const fs::path dir = data_dir / "fax" / "out";
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return fail(Errc::io_error, fmt::format("the fax folder {} cannot be made: {}", dir.string(), ec.message()));
    // A name nobody else picks: the upload's own name is only shown, never used as a path.
    std::random_device rd;
    const std::string stem = fmt::format("{:016x}", (std::uint64_t(rd()) << 32) | rd());
    const fs::path upload = dir / (stem + (kind == Kind::pdf ? ".pdf" : ".tif"));
    {
        std::ofstream out(upload, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            fs::remove(upload, ec);
            return fail(Errc::io_error, fmt::format("the document could not be stored in {}", dir.string()));
        }
    }
    if (kind == Kind::pdf) {
        auto tiff = media::pdf_to_tiff_f(upload, dir);
        fs::remove(upload, ec);
        if (!tiff) return std::unexpected(tiff.error());
        auto pages = media::check_fax_document(*tiff);
        if (!pages) {
            fs::remove(*tiff, ec);
            return std::unexpected(pages.error());
        }
        return FaxDocument{*tiff, *pages};
    }
    auto pages = media::check_fax_document(upload);
    if (!pages) {
        fs::remove(upload, ec);
        // The engine's message names our stored copy; the user knows the file by its own name.
        return fail(pages.error().code, fmt::format("{} cannot be faxed: {}", file_name.empty() ? "the document" : file_name,
                                                    pages.error().message));
    }
    return FaxDocument{upload, *pages};
}

FaxService::FaxService(asio::any_io_executor core, calls::CallManager& calls, storage::Writer& writer,
                       const Clock& clock, FaxOptions options)
    : core_(core), calls_(calls), writer_(writer), clock_(clock), options_(std::move(options)) {
    calls_.on_call_changed([this](const calls::CallView& v) { on_call(v); });
    calls_.on_fax_done([this](const calls::FaxEnded& e) {
        // Faxes this service dialled are its jobs; the others (received, or sent by the IVR's
        // fax node on the caller's own call) are recorded as they end.
        if (e.direction == media::FaxDirection::send && by_call_.contains(e.call)) on_fax_done(e.call, e.done);
        else record_call_fax(e);
    });
}

FaxService::~FaxService() = default;

Result<void> FaxService::load(storage::Database& reader) {
    auto max = storage::max_fax_id(reader);
    if (!max) return std::unexpected(max.error());
    next_id_ = *max + 1;
    auto pending = storage::unfinished_faxes(reader);
    if (!pending) return std::unexpected(pending.error());
    const auto now = now_ms();
    for (auto& r : *pending) {
        auto job = std::make_unique<Job>();
        job->record = std::move(r);
        Job& ref = *job;
        jobs_[ref.record.id] = std::move(job);
        // A call cut by the stop does not count: it is placed again.
        if (ref.record.state != "queued" && ref.record.attempts > 0) --ref.record.attempts;
        ref.record.state = "queued";
        schedule(ref, std::chrono::milliseconds(std::max<std::int64_t>(0, ref.record.retry_at_ms - now)));
    }
    if (!pending->empty()) log()->info("{} unfinished faxes queued again", pending->size());
    return {};
}

Result<storage::FaxRecord> FaxService::send(const std::string& number, const FaxDocument& document,
                                            std::string file_name, std::optional<UserId> user) {
    if (stopped_) return fail(Errc::unavailable, "the server is stopping; send the fax again once it is back");
    if (!calls::valid_number(number))
        return fail(Errc::invalid_argument, fmt::format("'{}' is not a fax number: use 1-32 of 0-9 * # and a leading +", number));
    auto job = std::make_unique<Job>();
    storage::FaxRecord& r = job->record;
    r.id = next_id_++;
    r.direction = "send";
    r.number = number;
    r.state = "queued";
    r.path = document.path.lexically_relative(options_.data_dir).string();
    r.file_name = std::move(file_name);
    r.document_pages = document.pages;
    r.user = user;
    r.created_ms = r.updated_ms = now_ms();
    log()->info("fax {}: {} ({} pages) to {} queued", r.id, r.file_name, r.document_pages, number);
    save(r, true);
    const std::int64_t id = r.id;
    jobs_[id] = std::move(job);
    attempt(id);
    if (auto it = jobs_.find(id); it != jobs_.end()) return it->second->record;
    return *last_finished_;  // the one attempt allowed could not even be placed
}

void FaxService::stop() {
    stopped_ = true;
    for (auto& [id, job] : jobs_)
        if (job->retry) job->retry->cancel();
}

void FaxService::schedule(Job& job, std::chrono::milliseconds after) {
    job.retry = std::make_unique<asio::steady_timer>(core_, after);
    job.retry->async_wait([this, id = job.record.id](const boost::system::error_code& ec) {
        if (ec || stopped_) return;
        attempt(id);
    });
}

void FaxService::attempt(std::int64_t id) {
    auto it = jobs_.find(id);
    if (it == jobs_.end()) return;
    Job& job = *it->second;
    auto fax = media::FaxJob::send(options_.data_dir / job.record.path, options_.ident, options_.header);
    ++job.record.attempts;
    auto call = calls_.dial_fax(job.record.number, caller_id_of(options_.ident), std::move(fax), options_.ring_timeout);
    if (!call) {
        log()->warn("fax {}: attempt {} to {} not placed: {}", id, job.record.attempts, job.record.number,
                    call.error().message);
        return finish_attempt(job, false, 0, call.error().message);
    }
    job.call = *call;
    by_call_[*call] = id;
    job.record.call = *call;
    job.record.state = "dialling";
    job.record.updated_ms = now_ms();
    save(job.record, false);
}

void FaxService::finish_attempt(Job& job, bool ok, int pages, const std::string& reason) {
    if (job.call) by_call_.erase(*job.call);
    job.call.reset();
    storage::FaxRecord& r = job.record;
    r.pages = pages;
    r.updated_ms = now_ms();
    const std::int64_t id = r.id;
    if (ok) {
        r.state = "done";
        r.reason.clear();
        log()->info("fax {}: {} page(s) sent to {} (attempt {})", id, pages, r.number, r.attempts);
    } else if (r.attempts < options_.max_attempts) {
        r.state = "queued";
        r.reason = reason;
        r.retry_at_ms = r.updated_ms + std::chrono::duration_cast<std::chrono::milliseconds>(options_.retry).count();
        log()->info("fax {}: attempt {} of {} to {} failed ({}); retry in {} s", id, r.attempts, options_.max_attempts,
                    r.number, reason, options_.retry.count());
        save(r, false);
        return schedule(job, options_.retry);
    } else {
        r.state = "failed";
        r.reason = reason;
        log()->warn("fax {}: failed after {} attempt(s) to {}: {}", id, r.attempts, r.number, reason);
    }
    save(r, false);
    last_finished_ = r;
    jobs_.erase(id);  // job is gone from here on
}

void FaxService::on_call(const calls::CallView& v) {
    if (stopped_) return;  // calls ended by the shutdown: the fax stays unfinished for the next start
    auto it = by_call_.find(v.id);
    if (it == by_call_.end()) return;
    auto j = jobs_.find(it->second);
    if (j == jobs_.end()) return;
    Job& job = *j->second;
    if (v.state == calls::CallState::ended) {
        // Answered: the FaxDone that follows decides (it comes even when the far end hung up).
        if (!v.answered_ms) finish_attempt(job, false, 0, v.reason.empty() ? "not answered" : v.reason);
        else job.record.reason = v.reason;
        return;
    }
    if (v.answered_ms && job.record.state == "dialling") {
        job.record.state = "sending";
        job.record.updated_ms = now_ms();
        save(job.record, false);
    }
}

void FaxService::on_fax_done(CallId call, const media::FaxDone& done) {
    if (stopped_) return;
    auto it = by_call_.find(call);
    if (it == by_call_.end()) return;
    auto j = jobs_.find(it->second);
    if (j == jobs_.end()) return;
    Job& job = *j->second;
    std::string reason = done.reason;
    // The call ended under the fax: why it ended says more than the closed media session.
    if (!done.ok && reason == "media session closed" && !job.record.reason.empty())
        reason = "the call ended during the fax: " + job.record.reason;
    finish_attempt(job, done.ok, done.pages, reason);
}

// A fax received on one of the fax numbers, or sent on demand to a caller: a row attached to the
// call, whatever came (a fax that failed half-way keeps the pages received and says why).
void FaxService::record_call_fax(const calls::FaxEnded& e) {
    const bool receive = e.direction == media::FaxDirection::receive;
    storage::FaxRecord r;
    r.id = next_id_++;
    r.direction = receive ? "receive" : "send";
    r.number = e.peer.empty() ? std::string("unknown") : e.peer.substr(0, 64);
    r.call = e.call;
    r.state = e.done.ok ? (receive ? "received" : "done") : "failed";
    r.path = fs::path(e.done.path).lexically_relative(options_.data_dir).string();
    r.file_name = fs::path(e.done.path).filename().string();
    r.pages = e.done.pages;
    r.document_pages = e.done.pages;  // the document is not read again on the core thread
    r.attempts = 1;
    r.reason = e.done.reason;
    r.created_ms = r.updated_ms = now_ms();
    log()->info("fax {}: {} page(s) {} {} on call {}{}{}", r.id, r.pages, receive ? "received from" : "sent to",
                r.number, e.call.value(), e.done.ok ? "" : ", failed: ", e.done.reason);
    save(r, true);
}

void FaxService::save(const storage::FaxRecord& r, bool insert) {
    writer_.submit([r, insert](storage::Database& db) -> Result<void> {
        if (insert) {
            auto id = storage::insert_fax(db, r);
            if (!id) return std::unexpected(id.error());
            return {};
        }
        return storage::update_fax(db, r);
    });
    for (auto& f : listeners_) f(r);
}

}  // namespace cti::center
