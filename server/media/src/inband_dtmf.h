#pragma once
// spandsp's DTMF receiver and generator (ITU-T Q.23/Q.24 tones) behind RAII owners.
#include <spandsp.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>

namespace cti::media {

// Reports each detected digit through `on_digit` (called from inside feed()).
class InbandDetector {
public:
    explicit InbandDetector(std::function<void(char)> on_digit)
        : on_digit_(std::move(on_digit)), rx_(dtmf_rx_init(nullptr, &InbandDetector::digits, this)) {}
    InbandDetector(const InbandDetector&) = delete;
    InbandDetector& operator=(const InbandDetector&) = delete;
    ~InbandDetector() { dtmf_rx_free(rx_); }

    void feed(std::span<const std::int16_t> samples) {
        dtmf_rx(rx_, samples.data(), static_cast<int>(samples.size()));
    }

private:
    static void digits(void* self, const char* d, int len) {
        auto* me = static_cast<InbandDetector*>(self);
        for (int i = 0; i < len; ++i) me->on_digit_(d[i]);
    }
    std::function<void(char)> on_digit_;
    dtmf_rx_state_t* rx_;
};

class ToneGenerator {
public:
    ToneGenerator() : tx_(dtmf_tx_init(nullptr)) {}
    ToneGenerator(const ToneGenerator&) = delete;
    ToneGenerator& operator=(const ToneGenerator&) = delete;
    ~ToneGenerator() { dtmf_tx_free(tx_); }

    // Queues a digit with its tone length; the gap after it is what Q.24 receivers need (>40 ms).
    void put(char digit, int on_ms, int off_ms = 60) {
        dtmf_tx_set_timing(tx_, on_ms, off_ms);
        dtmf_tx_put(tx_, &digit, 1);
        active_ = true;
    }
    bool active() const { return active_; }
    // Fills `out` with tone samples (silence-padded at the end); false once everything queued has
    // been played.
    bool next(std::span<std::int16_t> out) {
        if (!active_) return false;
        const int n = dtmf_tx(tx_, out.data(), static_cast<int>(out.size()));
        for (std::size_t i = n < 0 ? 0 : static_cast<std::size_t>(n); i < out.size(); ++i) out[i] = 0;
        if (n < static_cast<int>(out.size())) active_ = false;
        return n > 0;
    }

private:
    dtmf_tx_state_t* tx_;
    bool active_ = false;
};

}  // namespace cti::media
