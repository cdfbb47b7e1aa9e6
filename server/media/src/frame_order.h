#pragma once
// Puts a peer's audio frames back in RTP sequence order for a consumer that needs every sample in
// order (the fax modem): a frame that arrives early waits, up to `window` frames, for the missing
// one before it; one still missing then is declared lost (the consumer fills its time in), and
// anything arriving after its turn is dropped. Pure: tested without sockets.
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace cti::media {

class FrameOrder {
public:
    // 3 frames of 20 ms: packets reordered by the network are rarely further apart than that, and
    // the modem's own timing tolerates the added 60 ms only at a gap.
    static constexpr std::size_t window = 3;
    // A jump of more than this (1 s of 20 ms frames) is a restarted stream or a long outage, not
    // loss: the order starts over there without filling the gap.
    static constexpr int max_gap = 50;

    // `on_frame(std::span<const std::int16_t>)` for each frame in order, `on_lost(samples)` for
    // each frame that never came (as long as the frame before it).
    template <class OnFrame, class OnLost>
    void push(std::uint16_t seq, std::span<const std::int16_t> samples, OnFrame&& on_frame,
              OnLost&& on_lost) {
        if (!started_) {
            started_ = true;
            next_ = seq;
        }
        const auto ahead = static_cast<std::int16_t>(static_cast<std::uint16_t>(seq - next_));
        if (ahead < 0) return;  // its time was declared lost already, or a duplicate
        if (ahead > max_gap) {
            flush(on_frame, on_lost);
            next_ = seq;
            return push(seq, samples, on_frame, on_lost);
        }
        if (static_cast<std::size_t>(ahead) >= held_.size()) held_.resize(ahead + 1);
        held_[ahead].emplace(samples.begin(), samples.end());
        deliver(on_frame, on_lost, window);
    }

    // Delivers everything held, the gaps as lost (the peer stopped sending, or changed stream).
    template <class OnFrame, class OnLost>
    void flush(OnFrame&& on_frame, OnLost&& on_lost) {
        deliver(on_frame, on_lost, 0);
    }

    // A new stream: forget the sequence (call flush first to keep what is held).
    void reset() {
        started_ = false;
        held_.clear();
    }

    std::size_t held() const { return held_.size(); }

private:
    template <class OnFrame, class OnLost>
    void deliver(OnFrame& on_frame, OnLost& on_lost, std::size_t keep) {
        while (!held_.empty()) {
            if (held_.front()) {
                on_frame(std::span<const std::int16_t>(*held_.front()));
                last_len_ = held_.front()->size();
            } else if (held_.size() > keep) {
                on_lost(last_len_);
            } else {
                break;  // wait for the missing frame a little longer
            }
            held_.pop_front();
            ++next_;
        }
    }

    bool started_ = false;
    std::uint16_t next_ = 0;               // the sequence number due next
    std::size_t last_len_ = 160;           // a lost frame is as long as the one before it
    std::deque<std::optional<std::vector<std::int16_t>>> held_;  // [0] is next_
};

}  // namespace cti::media
