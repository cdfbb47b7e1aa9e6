#pragma once
// A fixed ring of 8 kHz samples between the packet path and the 20 ms tick: a mix member's input
// (SampleFifo) and a recording channel's jitter buffer (ChannelBuffer). Full: the oldest samples
// go (a late reader must not make the audio lag more and more). Empty: silence.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace cti::media {

template <std::size_t Capacity>
class SampleRing {
public:
    static constexpr std::size_t capacity = Capacity;

    void push(std::span<const std::int16_t> s) {
        for (std::int16_t v : s) {
            if (size_ == capacity) {  // full: drop the oldest sample
                head_ = (head_ + 1) % capacity;
                --size_;
            }
            buf_[(head_ + size_) % capacity] = v;
            ++size_;
        }
    }
    // Fills `out`; what is missing is silence.
    void pop(std::span<std::int16_t> out) {
        std::size_t i = 0;
        for (; i < out.size() && size_ > 0; ++i, --size_) {
            out[i] = buf_[head_];
            head_ = (head_ + 1) % capacity;
        }
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(i), out.end(), std::int16_t{0});
    }
    std::size_t size() const { return size_; }
    void clear() { size_ = 0; head_ = 0; }

private:
    std::array<std::int16_t, capacity> buf_{};
    std::size_t head_ = 0, size_ = 0;
};

}  // namespace cti::media
