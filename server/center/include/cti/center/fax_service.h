#pragma once
// FaxService: faxes sent by the server (a desktop's SendFax), and the record of the faxes the
// CallManager ran on callers' own calls (received on a fax number, or sent by the IVR's fax node):
// a row each, attached to the call. A fax is stored when it is queued, then dialled as a system
// call (CallManager::dial_fax); each call's outcome is recorded: done with its pages, or the
// reason (the SIP status of a busy or unanswered line, T.30's reason of a fax that failed
// half-way), retried after `retry` until `max_attempts` calls were made, then failed. Faxes not
// finished when the server stopped are dialled again at the next start (the attempt that was
// running is not counted twice). Every change goes to the Writer and to the on_changed listeners.
// Core thread only, except prepare_fax_document.
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/calls/manager.h"
#include "cti/core/clock.h"
#include "cti/storage/database.h"
#include "cti/storage/fax.h"
#include "cti/storage/writer.h"

namespace cti::center {

inline constexpr std::size_t kMaxFaxDocumentBytes = 10u << 20;  // 10 MiB

struct FaxOptions {
    std::filesystem::path data_dir;  // documents under <data_dir>/fax/out, received under fax/<date>
    int max_attempts = 3;
    std::chrono::seconds retry{300};
    std::chrono::seconds ring_timeout{45};
    std::string ident;   // our station id (TSI), at most 20 characters
    std::string header;  // printed above each page sent, at most 50 characters
};

// A document ready to fax: a checked TIFF-F under <data_dir>/fax/out.
struct FaxDocument {
    std::filesystem::path path;
    int pages = 0;
};

// Stores an uploaded document (a TIFF, or a PDF converted with ghostscript) under
// <data_dir>/fax/out and checks that T.30 can send it. A PDF takes about a second a page: call
// it on a worker thread, never the core thread. Errors say what to upload instead; nothing is
// left on disk after an error.
Result<FaxDocument> prepare_fax_document(const std::filesystem::path& data_dir, std::string_view bytes,
                                         std::string_view file_name);

class FaxService {
public:
    FaxService(boost::asio::any_io_executor core, calls::CallManager& calls, storage::Writer& writer,
               const Clock& clock, FaxOptions options);
    ~FaxService();
    FaxService(const FaxService&) = delete;
    FaxService& operator=(const FaxService&) = delete;

    // Numbers new faxes after the stored ones and queues the unfinished ones again.
    Result<void> load(storage::Database& reader);
    // Queues a fax of a prepared document to `number` and dials it at once.
    Result<storage::FaxRecord> send(const std::string& number, const FaxDocument& document, std::string file_name,
                                    std::optional<UserId> user);
    void on_changed(std::function<void(const storage::FaxRecord&)> f) { listeners_.push_back(std::move(f)); }
    // Timers cancelled; faxes being sent stay unfinished in the database (dialled at the next start).
    void stop();

    const FaxOptions& options() const { return options_; }

private:
    struct Job {
        storage::FaxRecord record;
        std::unique_ptr<boost::asio::steady_timer> retry;
        std::optional<CallId> call;  // the attempt in progress
    };
    void schedule(Job& job, std::chrono::milliseconds after);
    void attempt(std::int64_t id);
    // One call's outcome: done, or queued again for a retry, or failed for good.
    void finish_attempt(Job& job, bool ok, int pages, const std::string& reason);
    void on_call(const calls::CallView& v);
    void on_fax_done(CallId call, const media::FaxDone& done);
    void record_call_fax(const calls::FaxEnded& e);
    void save(const storage::FaxRecord& r, bool insert);
    std::int64_t now_ms() const { return to_unix_ms(clock_.wall_now()); }

    boost::asio::any_io_executor core_;
    calls::CallManager& calls_;
    storage::Writer& writer_;
    const Clock& clock_;
    FaxOptions options_;
    std::int64_t next_id_ = 1;
    std::map<std::int64_t, std::unique_ptr<Job>> jobs_;  // unfinished faxes to send
    std::map<CallId, std::int64_t> by_call_;
    std::vector<std::function<void(const storage::FaxRecord&)>> listeners_;
    std::optional<storage::FaxRecord> last_finished_;
    bool stopped_ = false;
};

}  // namespace cti::center
