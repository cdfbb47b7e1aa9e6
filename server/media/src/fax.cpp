// The T.30 fax terminal over audio: spandsp's fax_state_t with the modems, features and
// identities a fax job asks for. Everything spandsp's fax API is called with lives here.
#include <spandsp.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "cti/core/logging.h"
#include "fax_terminal.h"

namespace cti::media {
namespace {

// spandsp's log lines (which carry the terminal's tag) into the media logger. Protocol errors
// and warnings are what explain a failed fax to an operator; the flow is for debugging.
void forward_span_log(int level, const char* text) {
    std::string_view line(text);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    auto log = logger("media");
    if (level <= SPAN_LOG_WARNING) log->warn("spandsp: {}", line);
    else if (level <= SPAN_LOG_PROTOCOL_WARNING) log->info("spandsp: {}", line);
    else log->debug("spandsp: {}", line);
}

void route_log(logging_state_t* state, const char* tag) {
    if (!state) return;
    const int detail = logger("media")->should_log(spdlog::level::debug) ? SPAN_LOG_FLOW
                                                                          : SPAN_LOG_PROTOCOL_WARNING;
    span_log_set_level(state, SPAN_LOG_SHOW_TAG | SPAN_LOG_SHOW_SEVERITY | detail);
    span_log_set_tag(state, tag);
    span_log_set_message_handler(state, forward_span_log);
}

std::string describe_link(const t30_stats_t& stats) {
    // Before a page has gone, the rate and coding are only what T.30 offered.
    if (stats.pages_tx + stats.pages_rx == 0) return "no page";
    const char* encoding = t4_encoding_to_str(stats.encoding);
    return std::to_string(stats.bit_rate) + " bps" + (stats.error_correcting_mode ? " ECM " : " ") +
           (encoding ? encoding : "?");
}

}  // namespace

std::string_view to_string(FaxDirection d) noexcept {
    switch (d) {
        case FaxDirection::send: return "send";
        case FaxDirection::receive: return "receive";
    }
    return "unknown";
}

Result<std::unique_ptr<FaxTerminal>> FaxTerminal::create(const FaxJob& job, const std::string& tag) {
    std::unique_ptr<FaxTerminal> t(new FaxTerminal());
    t->direction_ = job.direction;
    t->tag_ = tag;
    t->fax_ = fax_init(nullptr, job.calling ? TRUE : FALSE);
    if (!t->fax_) return fail(Errc::internal, "cannot set up the fax modem (out of memory?)");
    t30_state_t* t30 = fax_get_t30_state(t->fax_);
    route_log(fax_get_logging_state(t->fax_), t->tag_.c_str());
    route_log(t30_get_logging_state(t30), t->tag_.c_str());

    // Sample-accurate output on every tick: idle modems give silence rather than nothing, so the
    // RTP stream keeps its rhythm between T.30 messages.
    fax_set_transmit_on_idle(t->fax_, TRUE);
    fax_set_tep_mode(t->fax_, FALSE);
    t30_set_supported_modems(t30, T30_SUPPORT_V27TER | T30_SUPPORT_V29 | T30_SUPPORT_V17);
    // T.6 needs ECM; without ECM the far end picks 1-D or 2-D T.4.
    t30_set_supported_compressions(t30, T30_SUPPORT_T4_1D_COMPRESSION |
                                            T30_SUPPORT_T4_2D_COMPRESSION |
                                            (job.ecm ? T30_SUPPORT_T6_COMPRESSION : 0));
    t30_set_ecm_capability(t30, job.ecm ? TRUE : FALSE);
    t30_set_supported_resolutions(t30, T30_SUPPORT_STANDARD_RESOLUTION |
                                           T30_SUPPORT_FINE_RESOLUTION |
                                           T30_SUPPORT_SUPERFINE_RESOLUTION |
                                           T30_SUPPORT_R8_RESOLUTION);
    t30_set_supported_image_sizes(t30, T30_SUPPORT_215MM_WIDTH | T30_SUPPORT_255MM_WIDTH |
                                           T30_SUPPORT_303MM_WIDTH |
                                           T30_SUPPORT_UNLIMITED_LENGTH | T30_SUPPORT_A4_LENGTH |
                                           T30_SUPPORT_B4_LENGTH | T30_SUPPORT_US_LETTER_LENGTH |
                                           T30_SUPPORT_US_LEGAL_LENGTH);
    if (!job.ident.empty() && t30_set_tx_ident(t30, job.ident.c_str()) != 0) {
        return fail(Errc::invalid_argument, "fax ident '" + job.ident + "' was refused by T.30");
    }
    // spandsp copies the file name (into 256 bytes: start_fax checks the length).
    if (job.direction == FaxDirection::send) {
        if (!job.header.empty()) t30_set_tx_page_header_info(t30, job.header.c_str());
        t30_set_tx_file(t30, job.file.c_str(), -1, -1);
    } else {
        t30_set_rx_file(t30, job.file.c_str(), -1);
    }
    t30_set_phase_e_handler(t30, &FaxTerminal::on_phase_e, t.get());
    return t;
}

FaxTerminal::~FaxTerminal() {
    if (fax_) fax_free(fax_);  // releases T.30 and T.4, which close the TIFF file
}

void FaxTerminal::on_phase_e(t30_state_s* t30, void* user, int code) {
    auto* self = static_cast<FaxTerminal*>(user);
    // Called from inside fax_rx/fax_tx/t30_terminate: only note it; the engine ends the fax
    // after the call returns (freeing spandsp's state in its own callback would be fatal).
    if (self->completion_) return;
    self->completion_ = code;
    t30_stats_t stats;
    t30_get_transfer_statistics(t30, &stats);
    self->pages_at_end_ = self->direction_ == FaxDirection::send ? stats.pages_tx : stats.pages_rx;
    self->link_at_end_ = describe_link(stats);
}

void FaxTerminal::receive(std::span<std::int16_t> samples) {
    fax_rx(fax_, samples.data(), static_cast<int>(samples.size()));
}

void FaxTerminal::fill_in(std::size_t samples) {
    fax_rx_fillin(fax_, static_cast<int>(samples));
}

void FaxTerminal::transmit(std::span<std::int16_t> out) {
    const int n = fax_tx(fax_, out.data(), static_cast<int>(out.size()));
    std::fill(out.begin() + std::clamp<std::ptrdiff_t>(n, 0, std::ssize(out)), out.end(),
              std::int16_t{0});
}

void FaxTerminal::terminate() {
    if (!completion_) t30_terminate(fax_get_t30_state(fax_));
}

bool FaxTerminal::succeeded() const { return completion_ && *completion_ == T30_ERR_OK; }

std::string FaxTerminal::completion_text() const {
    if (!completion_) return {};
    const char* text = t30_completion_code_to_str(*completion_);
    return text ? text : "T.30 completion code " + std::to_string(*completion_);
}

std::string FaxTerminal::link() const {
    if (completion_) return link_at_end_;
    t30_stats_t stats;
    t30_get_transfer_statistics(fax_get_t30_state(fax_), &stats);
    return describe_link(stats);
}

int FaxTerminal::pages() const {
    if (pages_at_end_ >= 0) return pages_at_end_;
    t30_stats_t stats;
    t30_get_transfer_statistics(fax_get_t30_state(fax_), &stats);
    return direction_ == FaxDirection::send ? stats.pages_tx : stats.pages_rx;
}

}  // namespace cti::media
