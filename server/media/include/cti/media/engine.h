#pragma once
// The media engine: RTP sessions anchored on the server, relayed between call legs, with DTMF
// detection and generation and hold music. Knows nothing of SIP; the call model tells it where
// each peer's media goes (from the SDP) and which sessions are bridged.
//
// Threads: the engine runs its own io_context on its own thread(s) (media threads). Every public
// method is thread-safe and returns at once (commands are posted to the media thread; open_session
// binds its socket synchronously so the port can go in the SDP; play_prompt reads a prompt file
// not yet cached, and start_fax the document to send, on the caller's thread). Events go to the
// EventSink, called on a media thread: the sink copies/posts them to its own thread and returns. Media never waits
// for the core and the core never waits for media. Recording files are written by one more
// engine thread, so the media thread never waits for the disk either.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/media/amd.h"
#include "cti/media/fax.h"
#include "cti/media/srtp.h"

namespace cti::media {

using MediaSessionId = StrongId<struct MediaSessionIdTag, std::uint64_t>;
using MixId = StrongId<struct MixIdTag, std::uint64_t>;
using PlaybackId = StrongId<struct PlaybackIdTag, std::uint64_t>;
using RecordingId = StrongId<struct RecordingIdTag, std::uint64_t>;

enum class Codec { pcmu = 0, pcma = 8 };  // the RTP payload type of each

struct EngineOptions {
    std::string bind_address = "0.0.0.0";
    std::uint16_t port_min = 20000;   // RTP ports (even), inclusive range
    std::uint16_t port_max = 29999;
    std::string hold_music_file;      // WAV (any rate/format libsndfile reads); empty: a tone pattern
    std::uint32_t media_timeout_ms = 0;  // no RTP received for this long -> MediaTimeout (0: off)
    // Prompts read from files, converted to 8 kHz mono 16-bit, are cached by path up to this many
    // bytes of converted audio (least recently played evicted first; 32 MiB is about 35 minutes
    // of prompts). A prompt longer than the whole cache still plays; it is just not kept.
    std::size_t prompt_cache_bytes = 32u << 20;
};

// One piece of a prompt sequence: a file (any format libsndfile reads; converted once, cached by
// path and modification time) or audio already at 8 kHz mono 16-bit (text to speech made by the
// caller). Pieces play back to back without a gap: "您前面还有" + "三" + "位".
struct PromptAudio {
    std::string path;                                          // used when samples is null
    std::shared_ptr<const std::vector<std::int16_t>> samples;  // 8 kHz mono linear

    static PromptAudio file(std::string p) { return PromptAudio{std::move(p), nullptr}; }
    static PromptAudio pcm(std::vector<std::int16_t> s) {
        return PromptAudio{{}, std::make_shared<const std::vector<std::int16_t>>(std::move(s))};
    }
};

struct MixAudience {
    enum class Kind { everyone, nobody, one } kind = Kind::everyone;
    MediaSessionId only;  // kind == one: the member who hears it
    static MixAudience everyone() { return {}; }
    static MixAudience nobody() { return {Kind::nobody, {}}; }
    static MixAudience one(MediaSessionId id) { return {Kind::one, id}; }
};

struct PlayOptions {
    bool barge_in = true;  // a DTMF digit from the session's peer (RFC 4733 or inband) stops it
    bool loop = false;     // start the sequence over at its end, until stopped or barged in
};

// Where the peer's media goes and how to speak to it (from its SDP).
struct RemotePeer {
    std::string address;
    std::uint16_t port = 0;
    Codec codec = Codec::pcmu;
    int telephone_event_pt = -1;  // -1: the peer did not negotiate RFC 4733; DTMF sent inband
    // Symmetric RTP (RFC 4961 practice): once packets arrive from another address than the SDP
    // said (a NAT), send there instead. On by default: phones behind NAT work unconfigured.
    bool latch = true;
    // SDES-SRTP (RFC 3711/4568): set, every packet we send is protected with the local key and
    // every packet received must authenticate with the remote key (and pass the replay check),
    // else it is dropped and counted in SessionStats::srtp_rejected; plain RTP is never accepted
    // or sent then. Unset: plain RTP. A set_remote with the same parameters keeps the SRTP state
    // (rollover counter, replay window); different ones start it over.
    std::optional<SrtpParams> srtp;
};

enum class DtmfSource { rfc4733, inband, sip_info };
std::string_view to_string(DtmfSource s) noexcept;

struct DtmfDetected {
    MediaSessionId session;
    char digit = 0;
    DtmfSource source = DtmfSource::rfc4733;
};
struct MediaTimeout {
    MediaSessionId session;
};
struct PeerLatched {   // symmetric RTP: the peer's media comes from address:port, now sent there
    MediaSessionId session;
    std::string address;
    std::uint16_t port = 0;
};
enum class PlaybackEnd { finished, stopped, barged_in };
std::string_view to_string(PlaybackEnd e) noexcept;

// A playback ended: `finished` after its last sample was sent; `stopped` by stop_playback, a
// newer play_prompt on the session, or close_session; `barged_in` by a digit (the digit's
// DtmfDetected follows as usual). Exactly one per PlaybackId that play_prompt returned.
struct PlaybackDone {
    MediaSessionId session;
    PlaybackId playback;
    PlaybackEnd reason = PlaybackEnd::finished;
};
// A recording's file is complete and closed (stop_recording, a write error, a disk too slow to
// keep up, or the engine's destruction). Exactly one per RecordingId that start_recording
// returned. `frames` is samples per channel written (8000 a second); `error` is empty when the
// recording ended because it was stopped, else it says why it ended early ("recording stopped:
// <path>: <reason>") and the file holds what was written until then.
struct RecordingDone {
    RecordingId id;
    std::string path;
    std::uint64_t frames = 0;
    std::string error;
};
// A fax ended: T.30 completed (ok, or the far end failed it), stop_fax, a newer start_fax on the
// session, the session's close, the job's timeout, or the engine's destruction. Exactly one per
// FaxId that start_fax returned. `pages` is pages sent (or received) and confirmed by T.30 up to
// the end; `reason` is empty when ok, else why it failed: spandsp's T.30 completion text ("No
// response after sending a page") or ours ("stopped", "media session closed", "fax did not
// finish within 600 s"). `path` is the job's file; a received file holds the pages received.
struct FaxDone {
    MediaSessionId session;
    FaxId fax;
    bool ok = false;
    int pages = 0;
    std::string reason;
    std::string path;
};
// detect_machine decided: the answered party is a person, a machine or unsure (amd.h).
struct MachineDetected {
    MediaSessionId session;
    AmdResult result;
};
using Event = std::variant<DtmfDetected, MediaTimeout, PeerLatched, PlaybackDone, RecordingDone,
                           FaxDone, MachineDetected>;
using EventSink = std::function<void(Event)>;

struct SessionInfo {
    MediaSessionId id;
    std::uint16_t local_port = 0;  // RTP port bound on bind_address
};

struct SessionStats {
    std::uint64_t packets_received = 0;
    std::uint64_t packets_sent = 0;
    std::uint64_t packets_lost = 0;      // gaps in the received sequence numbers
    double jitter_ms = 0;                // RFC 3550 interarrival jitter of what was received
    std::uint64_t srtp_rejected = 0;     // SRTP: failed authentication or replay check, dropped
};

struct EngineStats {
    std::uint64_t sessions = 0;
    std::uint64_t packets_relayed = 0;
    std::uint64_t packets_dropped = 0;   // from unexpected sources, malformed, or no destination
                                         // (SRTP rejections included)
    std::uint64_t recordings = 0;        // started and not yet RecordingDone
    std::uint64_t faxes = 0;             // started and not yet FaxDone
};

class Engine {
public:
    static Result<std::unique_ptr<Engine>> start(EngineOptions options, EventSink sink);
    virtual ~Engine() = default;  // stops the media thread, closes every socket

    // Binds an RTP port. Fails (Errc::unavailable) when the port range is exhausted.
    virtual Result<SessionInfo> open_session() = 0;
    virtual void set_remote(MediaSessionId id, RemotePeer peer) = 0;
    virtual void close_session(MediaSessionId id) = 0;

    // Two-party relay: what a receives is sent to b and the reverse (transcoded when their codecs
    // differ; RFC 4733 events relayed with the other side's payload type, or as tones when it has
    // none). A session is in at most one bridge or mix; bridging detaches it from the previous one.
    virtual void bridge(MediaSessionId a, MediaSessionId b) = 0;
    virtual void unbridge(MediaSessionId id) = 0;  // id and its partner each hear silence

    // N-party mixing (conference): every member hears the sum of the others.
    virtual MixId create_mix() = 0;
    virtual void join_mix(MediaSessionId id, MixId mix) = 0;
    virtual void leave_mix(MediaSessionId id) = 0;
    virtual void destroy_mix(MixId mix) = 0;
    // Who hears a mix member (supervision): everyone (a conference; barge), nobody (silent
    // monitor: the member hears the others) or one other member (whisper: the agent hears the
    // supervisor, the customer does not). A member joins as heard by everyone; leaving resets it.
    virtual void set_mix_audience(MediaSessionId id, MixAudience audience) = 0;

    // Hold music (from EngineOptions::hold_music_file) to one session, instead of its bridge
    // partner's audio, until stop_music.
    virtual void play_music(MediaSessionId id) = 0;
    virtual void stop_music(MediaSessionId id) = 0;

    // Prompt playback to one session: replaces what it would otherwise hear (bridge partner, mix,
    // hold music) until the sequence ends, then it hears that again. Our own send_dtmf digits
    // still go out over it. A new play_prompt replaces a running one (PlaybackDone{stopped} for
    // the old). Audio is sent from the first tick after the session has a peer (set_remote).
    // Files not in the cache are read and converted on the CALLING thread (a few ms for a few
    // seconds of audio): errors come back here, never as silence in the call — not_found
    // (unknown session, missing file), invalid_argument (empty sequence, not audio). Warm the
    // cache at start with preload_prompts so the core thread never touches the disk.
    virtual Result<PlaybackId> play_prompt(MediaSessionId id, std::vector<PromptAudio> prompts,
                                           PlayOptions options = {}) = 0;
    Result<PlaybackId> play_prompt(MediaSessionId id, const std::vector<std::string>& paths,
                                   PlayOptions options = {}) {
        std::vector<PromptAudio> prompts;
        for (const auto& p : paths) prompts.push_back(PromptAudio::file(p));
        return play_prompt(id, std::move(prompts), options);
    }
    // Stops the session's playback, if any (PlaybackDone{stopped}).
    virtual void stop_playback(MediaSessionId id) = 0;
    // Loads files into the prompt cache (any thread); the first error stops and is returned.
    virtual Result<void> preload_prompts(const std::vector<std::string>& paths) = 0;

    // Sends a digit to the peer: RFC 4733 events when it negotiated telephone-event, inband
    // DTMF tones otherwise.
    virtual void send_dtmf(MediaSessionId id, char digit, std::uint32_t duration_ms = 100) = 0;

    // Call recording to an 8 kHz 16-bit PCM WAV: channel i records what the peer of channels[i]
    // SENDS us (decoded G.711, after SRTP), i.e. what that party says. One channel (mono: a caller
    // leaving voicemail) or two (stereo: customer left, agent right). The file is exactly as long
    // as the recording ran (20 ms clock, caught up to real time): no packets, a held or muted
    // phone, a closed session or a channel set to nullopt record silence. The file is created on
    // the CALLING thread (so a bad path is an error here); afterwards frames are written by the
    // engine's writer thread, never the media thread. Errors: invalid_argument (not 1 or 2
    // channels, a file that cannot be created), not_found (unknown session, missing folder).
    // Every returned id ends with one RecordingDone.
    virtual Result<RecordingId> start_recording(std::filesystem::path wav,
                                                std::vector<MediaSessionId> channels) = 0;
    // Changes what one channel records from now on (a transfer puts another agent on the right);
    // nullopt: silence. Unknown recording, channel or session: logged, ignored (silence for an
    // unknown session).
    virtual void set_recording_channel(RecordingId id, std::size_t channel,
                                       std::optional<MediaSessionId> session) = 0;
    // Ends the recording at this instant; RecordingDone follows once the file is closed. The
    // engine's destruction stops every recording the same way (RecordingDone emitted from the
    // destroying thread).
    virtual void stop_recording(RecordingId id) = 0;

    // Fax over G.711 (T.30 audio mode, V.17/V.29/V.27ter, ECM when both ends offer it): the
    // session stops relaying and mixing and speaks fax instead: what its peer sends (decoded
    // G.711, after SRTP) feeds the fax modem, and every 20 ms a frame of the modem's audio goes
    // out in the peer's codec on the session's one RTP stream. A prompt playing is stopped; hold
    // music and the bridge or mix resume when the fax ends. A new start_fax replaces a running
    // one. The document to send is checked on the CALLING thread (check_fax_document), so a bad
    // file is an error here, never a failed call: not_found (unknown session, missing file or
    // folder), invalid_argument ("fax document <path>: <reason>", an ident or header too long,
    // a timeout of 0). Every returned id ends with exactly one FaxDone.
    virtual Result<FaxId> start_fax(MediaSessionId id, FaxJob job) = 0;
    // Ends the session's fax, if any, at once (FaxDone{ok=false, "stopped"}; a received file
    // keeps the pages completed so far).
    virtual void stop_fax(MediaSessionId id) = 0;

    // Answering-machine detection on what the session's peer sends from now on (decoded G.711,
    // silence while no packet comes; see amd.h). The audio is relayed, mixed and recorded as
    // usual meanwhile. Exactly one MachineDetected follows, unless the session closes first or a
    // newer detect_machine replaces this one. not_found: unknown session.
    virtual Result<void> detect_machine(MediaSessionId id, AmdConfig cfg) = 0;

    virtual std::optional<SessionStats> session_stats(MediaSessionId id) const = 0;
    virtual EngineStats stats() const = 0;
};

}  // namespace cti::media
