#pragma once
// One T.30 fax terminal in audio mode (spandsp's fax_state_t): 8 kHz linear samples in and out,
// the TIFF file read or written by spandsp. The only place the engine touches spandsp's fax API
// (fax.cpp). Media thread only: created, fed, and destroyed there.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "cti/core/error.h"
#include "cti/media/fax.h"

struct fax_state_s;
struct t30_state_s;

namespace cti::media {

class FaxTerminal {
public:
    // Sets up T.30 for `job` (its file checked beforehand by start_fax). `tag` names it in
    // spandsp's log lines ("fax 3 session 7").
    static Result<std::unique_ptr<FaxTerminal>> create(const FaxJob& job, const std::string& tag);
    ~FaxTerminal();  // closes the TIFF file (a received one keeps its completed pages)
    FaxTerminal(const FaxTerminal&) = delete;
    FaxTerminal& operator=(const FaxTerminal&) = delete;

    // Received audio, in order.
    void receive(std::span<std::int16_t> samples);
    // Audio that never came (lost packets, a peer that sends no RTP): spandsp keeps its modems
    // and T.30 timers going as if `samples` had passed.
    void fill_in(std::size_t samples);
    // The next audio to send; silence while the modems are idle.
    void transmit(std::span<std::int16_t> out);
    // Tells T.30 the call is over (stop, close, timeout) so that it closes its file cleanly.
    void terminate();

    // Set once T.30 reached phase E (the fax is over), to its completion code.
    std::optional<int> completion() const { return completion_; }
    bool succeeded() const;
    // spandsp's text for the completion code ("No response after sending a page").
    std::string completion_text() const;
    // Pages sent (confirmed by the receiver) or received so far, by the job's direction.
    int pages() const;
    // How the last page went over the line, for the log: "14400 bps ECM T.6".
    std::string link() const;

private:
    FaxTerminal() = default;
    static void on_phase_e(t30_state_s* t30, void* user, int code);

    fax_state_s* fax_ = nullptr;
    FaxDirection direction_ = FaxDirection::send;
    std::string tag_;  // spandsp's logging keeps the pointer, not a copy
    std::optional<int> completion_;
    int pages_at_end_ = -1;
    std::string link_at_end_;
};

}  // namespace cti::media
