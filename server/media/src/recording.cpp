// The recording channel buffer and the writer thread (see recording.h).
#include "recording.h"

#include <pthread.h>

#include <algorithm>

#include "cti/core/logging.h"

namespace cti::media {

void ChannelBuffer::pop(std::span<std::int16_t> out) {
    if (!primed_) return std::fill(out.begin(), out.end(), std::int16_t{0});
    const bool runs_dry = ring_.size() <= out.size();
    ring_.pop(out);
    if (runs_dry) primed_ = false;  // ran dry: wait for a margin again
}

RecordingWriter::RecordingWriter(std::function<void(RecordingDone)> done)
    : done_(std::move(done)), thread_([this] { run(); }) {}

RecordingWriter::~RecordingWriter() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
    }
    cv_.notify_one();
    if (thread_.joinable()) thread_.join();
    // Whatever was not closed by a command (none when the engine closes every recording first)
    // is still finished properly: a valid header rather than a truncated file.
    for (auto& [id, f] : files_) {
        auto closed = f.close();
        done_(RecordingDone{RecordingId{id}, f.path(), f.frames(),
                            closed ? std::string() : "recording stopped: " + closed.error().message});
    }
}

void RecordingWriter::push(Command c) {
    {
        std::lock_guard lock(mu_);
        queue_.push_back(std::move(c));
    }
    cv_.notify_one();
}

void RecordingWriter::open(RecordingId id, WavWriter file) {
    Command c{Op::open, id, {}, {}, std::nullopt};
    c.file.emplace(std::move(file));
    push(std::move(c));
}

bool RecordingWriter::write(RecordingId id, std::vector<std::int16_t> interleaved, bool force) {
    {
        std::lock_guard lock(mu_);
        std::size_t& waiting = queued_[id.value()];
        if (!force && waiting + interleaved.size() > max_queued_samples) return false;
        waiting += interleaved.size();
        queue_.push_back(Command{Op::write, id, std::move(interleaved), {}, std::nullopt});
    }
    cv_.notify_one();
    return true;
}

void RecordingWriter::close(RecordingId id, std::string error) {
    push(Command{Op::close, id, {}, std::move(error), std::nullopt});
}

void RecordingWriter::run() {
    pthread_setname_np(pthread_self(), "cti-media-rec");
    std::deque<Command> batch;
    for (;;) {
        {
            std::unique_lock lock(mu_);
            cv_.wait(lock, [&] { return stop_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stop_, and everything queued has been written
            batch.swap(queue_);
        }
        for (auto& c : batch) execute(c);
        {
            std::lock_guard lock(mu_);
            for (auto& c : batch) {
                if (c.op == Op::write) {
                    auto it = queued_.find(c.id.value());
                    if (it != queued_.end()) it->second -= std::min(it->second, c.samples.size());
                } else if (c.op == Op::close) {
                    queued_.erase(c.id.value());
                }
            }
        }
        batch.clear();
    }
}

void RecordingWriter::execute(Command& c) {
    const auto id = c.id.value();
    switch (c.op) {
        case Op::open:
            files_.emplace(id, std::move(*c.file));
            return;
        case Op::write: {
            auto it = files_.find(id);
            if (it == files_.end()) return;  // ended by an earlier write error
            auto written = it->second.write(c.samples);
            if (!written) {
                const std::string error = "recording stopped: " + written.error().message;
                logger("media")->error("recording={} {}", id, error);
                done_(RecordingDone{c.id, it->second.path(), it->second.frames(), error});
                files_.erase(it);
            }
            return;
        }
        case Op::close: {
            auto it = files_.find(id);
            if (it == files_.end()) return;  // its RecordingDone went out with the write error
            auto closed = it->second.close();
            std::string error = std::move(c.error);
            if (!closed && error.empty()) error = "recording stopped: " + closed.error().message;
            done_(RecordingDone{c.id, it->second.path(), it->second.frames(), std::move(error)});
            files_.erase(it);
            return;
        }
    }
}

}  // namespace cti::media
