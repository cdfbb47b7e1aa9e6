#pragma once
// The engine's private state. Everything in EngineImpl except the registry/port members and the
// atomics is touched on the media thread only; public methods post to it.
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/executor_work_guard.hpp>

#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>
#include <vector>

#include "cti/media/audio.h"
#include "cti/media/dtmf.h"
#include "cti/media/engine.h"
#include "cti/media/receive_stats.h"
#include "cti/media/stream.h"
#include "fax_terminal.h"
#include "frame_order.h"
#include "inband_dtmf.h"
#include "prompt_cache.h"
#include "recording.h"
#include "sample_ring.h"
#include "srtp_context.h"

namespace cti::media {

namespace asio = boost::asio;
using udp = asio::ip::udp;
using Clock = std::chrono::steady_clock;

// Counters read by session_stats() from any thread while the media thread writes them.
struct SessionCounters {
    std::atomic<std::uint64_t> received{0};
    std::atomic<std::uint64_t> sent{0};
    std::atomic<std::uint64_t> lost{0};
    std::atomic<double> jitter_ms{0};
    std::atomic<std::uint64_t> srtp_rejected{0};
};

// A mix member's input: what it sent since the last tick, up to three frames.
using SampleFifo = SampleRing<3 * frame_samples>;

// A prompt sequence being played to one session (playback.cpp).
struct Playback {
    PlaybackId id;
    std::vector<Samples> clips;  // each non-empty, 8 kHz mono
    PlayOptions options;
    std::size_t clip = 0, pos = 0;

    // Fills `out` with the next samples, crossing from one clip to the next without a gap (and
    // back to the first when looping). False once the sequence has ended: the rest of `out` is
    // silence and this was the last frame.
    bool next(std::span<std::int16_t> out);
};

// A fax running on a session (engine_fax.cpp): the T.30 terminal and what feeds it.
struct FaxRun {
    FaxId id;
    FaxDirection direction = FaxDirection::send;
    std::string path;
    std::chrono::milliseconds timeout{};
    Clock::time_point deadline;        // started + timeout
    std::unique_ptr<FaxTerminal> terminal;
    FrameOrder order;                  // received frames back in sequence order
    bool have_ssrc = false;
    std::uint32_t ssrc = 0;
    Clock::time_point last_audio;      // the last packet from the peer (or the start)
    std::size_t idle_filled = 0;       // samples filled in since, while no packets came
};

struct Session {
    Session(MediaSessionId id_, std::uint16_t port_, udp::socket sock, OutStream out_)
        : id(id_), port(port_), socket(std::move(sock)), out(out_) {}

    MediaSessionId id;
    std::uint16_t port;
    udp::socket socket;
    std::shared_ptr<SessionCounters> counters = std::make_shared<SessionCounters>();

    // The peer, from set_remote.
    bool has_peer = false;
    bool reading = false;  // the socket is read once the peer is known
    RemotePeer peer;
    Latch<udp::endpoint> latch;
    std::unique_ptr<SrtpContext> srtp;  // set when the peer speaks SRTP (RemotePeer::srtp)

    // Reception.
    SequenceTracker seq;
    JitterEstimator jitter;
    std::uint64_t lost_before = 0;      // losses of earlier SSRCs of the peer
    bool have_in_ssrc = false;
    std::uint32_t in_ssrc = 0;
    Clock::time_point last_rx{};
    bool timeout_reported = false;
    Rfc4733Receiver events_in;
    std::unique_ptr<InbandDetector> inband_in;  // only when the peer has no telephone-event

    // Sending.
    OutStream out;
    std::deque<Rfc4733Sender> events_out;      // our own RFC 4733 digits, one at a time
    std::unique_ptr<ToneGenerator> tones_out;  // inband digits (peer without telephone-event)
    bool music = false;
    std::size_t music_pos = 0;          // kept while a prompt plays: music resumes where it was
    std::optional<Playback> playback;   // a prompt replaces partner, mix and music while it plays
    std::uint64_t generated_tick = 0;  // the tick that last sent generated audio (one frame a tick)
    std::unique_ptr<FaxRun> fax;        // T.30 replaces everything else sent and received
    // Answering-machine detection (detect_machine): the peer's audio, and when it last came.
    std::optional<MachineDetector> amd;
    Clock::time_point amd_heard{};

    // Topology: at most one of partner / mix.
    std::uint64_t partner = 0;
    std::uint64_t mix = 0;
    SampleFifo mix_in;
    MixAudience audience;  // who in the mix hears this session

    // Recording channels that record what this session's peer sends: (recording id, channel).
    std::vector<std::pair<std::uint64_t, std::size_t>> record_taps;

    // Audio generated here replaces what the partner would send.
    bool generating() const {
        return fax || music || playback || !events_out.empty() || (tones_out && tones_out->active());
    }
};

struct Mix {
    std::vector<std::uint64_t> members;
};

// A recording on the media thread (engine_recording.cpp); its file is the writer thread's.
struct Recording {
    RecordingId id;
    Clock::time_point started;        // sample 0; the wall clock decides the length
    std::vector<std::uint64_t> sources;   // per channel: the session recorded, 0 = silence
    std::vector<ChannelBuffer> buffers;   // per channel
    std::uint64_t written = 0;            // samples per channel handed to the writer
};

class EngineImpl final : public Engine {
public:
    EngineImpl(EngineOptions options, EventSink sink, udp::endpoint bind,
               std::vector<std::int16_t> music);
    ~EngineImpl() override;

    void run_thread();

    Result<SessionInfo> open_session() override;
    void set_remote(MediaSessionId id, RemotePeer peer) override;
    void close_session(MediaSessionId id) override;
    void bridge(MediaSessionId a, MediaSessionId b) override;
    void unbridge(MediaSessionId id) override;
    MixId create_mix() override;
    void join_mix(MediaSessionId id, MixId mix) override;
    void leave_mix(MediaSessionId id) override;
    void destroy_mix(MixId mix) override;
    void set_mix_audience(MediaSessionId id, MixAudience audience) override;
    void play_music(MediaSessionId id) override;
    void stop_music(MediaSessionId id) override;
    using Engine::play_prompt;
    Result<PlaybackId> play_prompt(MediaSessionId id, std::vector<PromptAudio> prompts,
                                   PlayOptions options) override;
    void stop_playback(MediaSessionId id) override;
    Result<void> preload_prompts(const std::vector<std::string>& paths) override;
    void send_dtmf(MediaSessionId id, char digit, std::uint32_t duration_ms) override;
    Result<RecordingId> start_recording(std::filesystem::path wav,
                                        std::vector<MediaSessionId> channels) override;
    void set_recording_channel(RecordingId id, std::size_t channel,
                               std::optional<MediaSessionId> session) override;
    void stop_recording(RecordingId id) override;
    Result<FaxId> start_fax(MediaSessionId id, FaxJob job) override;
    void stop_fax(MediaSessionId id) override;
    Result<void> detect_machine(MediaSessionId id, AmdConfig cfg) override;
    std::optional<SessionStats> session_stats(MediaSessionId id) const override;
    EngineStats stats() const override;

private:
    // receive.cpp: the packet path.
    void arm_read(const std::shared_ptr<Session>& s);
    void on_readable(const std::shared_ptr<Session>& s);
    void on_packet(Session& s, std::span<std::uint8_t> bytes, const udp::endpoint& from,
                   Clock::time_point now);
    void on_audio(Session& s, const RtpPacket& p, Codec codec, std::uint64_t now_ts,
                  Clock::time_point now);
    void on_telephone_event(Session& s, const RtpPacket& p, std::uint64_t now_ts);

    // tick.cpp: the 20 ms clock for generated audio, mixes and timeouts.
    void arm_tick();
    void on_tick();
    void tick_session(Session& s, std::uint64_t now_ts);
    void tick_mix(Mix& m, std::uint64_t now_ts);
    void check_timeouts(Clock::time_point now);

    // playback.cpp: ends the session's playback, if any, and tells the sink.
    void end_playback(Session& s, PlaybackEnd why);
    // A digit arrived from the session's peer: a barge-in playback stops.
    void on_digit_from_peer(Session& s);

    // engine_recording.cpp.
    void record_received(Session& s, std::span<const std::int16_t> samples);
    void tick_recordings(Clock::time_point now);
    // Hands the writer every sample due up to `until` (whole frames, or every sample when
    // `last`). False when the writer's queue for it is full.
    bool flush_recording(Recording& r, Clock::time_point until, bool last);
    void untap(Recording& r, std::size_t channel);
    void finish_recording(std::uint64_t id, std::string error);  // closes, forgets the state
    void on_recording_done(RecordingDone d);                     // writer thread
    void deliver_recordings_done();                              // media thread

    // engine_fax.cpp.
    void on_fax_audio(Session& s, const RtpHeader& h, std::span<const std::int16_t> samples,
                      Clock::time_point now);
    void tick_fax(Session& s, Clock::time_point now, std::uint64_t now_ts);
    // Ends the session's fax: with T.30's own outcome, or (`why` set) failed for that reason.
    void finish_fax(Session& s, std::optional<std::string> why);
    // Answering-machine detection (engine_amd.cpp).
    void amd_audio(Session& s, std::span<const std::int16_t> samples, Clock::time_point now);
    void tick_amd(Session& s, Clock::time_point now);
    void fax_done(FaxDone d, std::string_view link);  // link: how the line went, for the log

    // Shared sending helpers.
    void send_rtp(Session& s, const RtpHeader& h, std::span<const std::uint8_t> payload);
    void send_audio_frame(Session& s, std::span<const std::int16_t> samples, std::uint64_t now_ts);
    void emit(Event e);

    Session* find(std::uint64_t id);
    void detach(Session& s);
    void close_now(std::uint64_t id);

    EngineOptions options_;
    EventSink sink_;
    udp::endpoint bind_;
    const std::vector<std::int16_t> music_;
    PromptCache prompts_;  // any thread (own lock)

    asio::io_context io_;
    asio::executor_work_guard<asio::io_context::executor_type> work_;
    asio::steady_timer tick_timer_;
    Clock::time_point next_tick_{};
    std::uint64_t tick_count_ = 0;
    std::thread thread_;

    // Media thread only.
    std::unordered_map<std::uint64_t, std::shared_ptr<Session>> sessions_;
    std::unordered_map<std::uint64_t, Mix> mixes_;
    std::vector<MixFrame> mix_in_, mix_out_;
    std::vector<int> mix_heard_by_;
    std::unordered_map<std::uint64_t, Recording> recordings_;

    // Recording files: the writer thread, and what it finished for the media thread to report.
    std::unique_ptr<RecordingWriter> writer_;
    std::mutex finished_mu_;
    std::vector<RecordingDone> finished_;

    // Any thread.
    std::atomic<std::uint64_t> next_session_{0};
    std::atomic<std::uint64_t> next_mix_{0};
    std::atomic<std::uint64_t> next_playback_{0};
    std::atomic<std::uint64_t> next_recording_{0};
    std::atomic<std::uint64_t> active_recordings_{0};
    std::atomic<std::uint64_t> next_fax_{0};
    std::atomic<std::uint64_t> active_faxes_{0};
    std::atomic<std::uint64_t> packets_relayed_{0};
    std::atomic<std::uint64_t> packets_dropped_{0};
    mutable std::mutex registry_mu_;  // guards the members below
    std::unordered_map<std::uint64_t, std::shared_ptr<SessionCounters>> registry_;
    std::vector<bool> port_used_;     // index (port - port_min) / 2
    std::size_t port_cursor_ = 0;
    std::mt19937 rng_{std::random_device{}()};
};

// Monotonic time in 8 kHz timestamp units.
inline std::uint64_t to_ts_units(Clock::time_point t) {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count() / 125);
}

}  // namespace cti::media
