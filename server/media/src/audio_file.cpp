#include "cti/media/audio_file.h"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

namespace cti::media {
namespace {

using SndFilePtr = std::unique_ptr<SNDFILE, decltype(&sf_close)>;

inline std::int16_t clamp16(double v) {
    return static_cast<std::int16_t>(std::clamp(std::lround(v), -32768L, 32767L));
}

// Reads what `file` holds (at most max_seconds), mixes to mono and resamples to 8 kHz.
// `what` names the source in messages ("audio file 'x'", "the uploaded audio").
Result<std::vector<std::int16_t>> convert(SNDFILE* file, const SF_INFO& info,
                                          const std::string& what, double max_seconds) {
    if (info.frames <= 0 || info.channels <= 0 || info.samplerate <= 0) {
        return fail(Errc::invalid_argument, what + " holds no audio; use a recording with sound in it");
    }
    const auto max_frames = static_cast<sf_count_t>(info.samplerate * max_seconds);
    const sf_count_t frames = std::min(info.frames, max_frames);
    std::vector<float> interleaved(static_cast<std::size_t>(frames * info.channels));
    const sf_count_t got = sf_readf_float(file, interleaved.data(), frames);
    if (got <= 0) {
        return fail(Errc::invalid_argument,
                    "cannot decode " + what + "; convert it to a PCM WAV file");
    }
    std::vector<float> mono(static_cast<std::size_t>(got));
    for (sf_count_t f = 0; f < got; ++f) {
        float sum = 0;
        for (int c = 0; c < info.channels; ++c) sum += interleaved[f * info.channels + c];
        mono[f] = sum / info.channels;
    }
    auto out = resample_linear(mono, info.samplerate, sample_rate);
    if (out.size() < 160) {
        return fail(Errc::invalid_argument, what + " is shorter than 20 ms; use a longer recording");
    }
    return out;
}

// libsndfile's virtual I/O over a byte span (uploads are validated without touching the disk).
struct MemoryReader {
    std::span<const std::uint8_t> bytes;
    sf_count_t pos = 0;

    static sf_count_t length(void* self) {
        return static_cast<sf_count_t>(static_cast<MemoryReader*>(self)->bytes.size());
    }
    static sf_count_t seek(sf_count_t offset, int whence, void* self) {
        auto* m = static_cast<MemoryReader*>(self);
        const sf_count_t size = length(self);
        sf_count_t to = whence == SEEK_SET ? offset : whence == SEEK_CUR ? m->pos + offset : size + offset;
        m->pos = std::clamp<sf_count_t>(to, 0, size);
        return m->pos;
    }
    static sf_count_t read(void* ptr, sf_count_t count, void* self) {
        auto* m = static_cast<MemoryReader*>(self);
        const sf_count_t n = std::min(count, length(self) - m->pos);
        if (n <= 0) return 0;
        std::memcpy(ptr, m->bytes.data() + m->pos, static_cast<std::size_t>(n));
        m->pos += n;
        return n;
    }
    static sf_count_t write(const void*, sf_count_t, void*) { return 0; }
    static sf_count_t tell(void* self) { return static_cast<MemoryReader*>(self)->pos; }
};

}  // namespace

std::vector<std::int16_t> resample_linear(std::span<const float> in, int in_rate, int out_rate) {
    std::vector<std::int16_t> out;
    if (in.empty() || in_rate <= 0 || out_rate <= 0) return out;
    const double step = static_cast<double>(in_rate) / out_rate;
    const auto n = static_cast<std::size_t>(std::floor((in.size() - 1) / step)) + 1;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double pos = i * step;
        const auto k = static_cast<std::size_t>(pos);
        const double frac = pos - k;
        const float a = in[k];
        const float b = k + 1 < in.size() ? in[k + 1] : a;
        out.push_back(clamp16((a + (b - a) * frac) * 32767.0));
    }
    return out;
}

Result<std::vector<std::int16_t>> decode_audio_file(const std::string& path, double max_seconds) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        return fail(Errc::not_found, "audio file '" + path + "' does not exist; check the path "
                                     "or generate/upload the prompt");
    }
    SF_INFO info{};
    SndFilePtr file(sf_open(path.c_str(), SFM_READ, &info), &sf_close);
    if (!file) {
        return fail(Errc::invalid_argument, "cannot read audio file '" + path + "': " +
                                                sf_strerror(nullptr) +
                                                "; use a WAV (or FLAC/OGG) file");
    }
    return convert(file.get(), info, "audio file '" + path + "'", max_seconds);
}

Result<std::vector<std::int16_t>> decode_audio_bytes(std::span<const std::uint8_t> bytes,
                                                     double max_seconds) {
    MemoryReader reader{bytes};
    SF_VIRTUAL_IO io{&MemoryReader::length, &MemoryReader::seek, &MemoryReader::read,
                     &MemoryReader::write, &MemoryReader::tell};
    SF_INFO info{};
    SndFilePtr file(sf_open_virtual(&io, SFM_READ, &info, &reader), &sf_close);
    if (!file) {
        return fail(Errc::invalid_argument,
                    std::string("the uploaded bytes are not an audio file libsndfile reads (") +
                        sf_strerror(nullptr) + "); upload a WAV, FLAC or OGG file");
    }
    return convert(file.get(), info, "the uploaded audio", max_seconds);
}

Result<void> write_wav_8k(const std::string& path, std::span<const std::int16_t> samples) {
    const std::string tmp = path + ".tmp";
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    {
        SndFilePtr file(sf_open(tmp.c_str(), SFM_WRITE, &info), &sf_close);
        if (!file) {
            return fail(Errc::io_error, "cannot write '" + tmp + "': " + sf_strerror(nullptr) +
                                            "; check that the folder exists and is writable");
        }
        const auto n = static_cast<sf_count_t>(samples.size());
        if (sf_write_short(file.get(), samples.data(), n) != n) {
            return fail(Errc::io_error, "cannot write '" + tmp + "' (disk full?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return fail(Errc::io_error, "cannot rename '" + tmp + "' to '" + path + "': " + ec.message());
    }
    return {};
}

void WavWriter::Closer::operator()(sf_private_tag* f) const noexcept { sf_close(f); }

Result<WavWriter> WavWriter::create(const std::string& path, int channels) {
    SF_INFO info{};
    info.samplerate = sample_rate;
    info.channels = channels;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f) {
        const std::string why = sf_strerror(nullptr);
        std::error_code ec;
        const auto folder = std::filesystem::path(path).parent_path();
        if (!folder.empty() && !std::filesystem::is_directory(folder, ec)) {
            return fail(Errc::not_found, "cannot create recording '" + path + "': the folder '" +
                                             folder.string() + "' does not exist; create it first");
        }
        return fail(Errc::invalid_argument, "cannot create recording '" + path + "': " + why +
                                                "; check that the folder is writable");
    }
    return WavWriter(path, channels, f);
}

Result<void> WavWriter::write(std::span<const std::int16_t> interleaved) {
    if (!file_) return fail(Errc::io_error, path_ + ": the file is already closed");
    const auto n = static_cast<sf_count_t>(interleaved.size() / static_cast<std::size_t>(channels_));
    const sf_count_t written = sf_writef_short(file_.get(), interleaved.data(), n);
    frames_ += static_cast<std::uint64_t>(std::max<sf_count_t>(written, 0));  // a short write counts
    if (written != n) {
        std::string why = sf_strerror(file_.get());
        file_.reset();  // sf_close rewrites the header for what did reach the disk
        return fail(Errc::io_error, path_ + ": " + why);
    }
    // A header that says how long the audio is, every 5 s: a crash loses at most that much.
    if (frames_ - frames_at_header_ >= 5u * sample_rate) {
        sf_command(file_.get(), SFC_UPDATE_HEADER_NOW, nullptr, 0);
        frames_at_header_ = frames_;
    }
    return {};
}

Result<void> WavWriter::close() {
    if (!file_) return {};
    SNDFILE* f = file_.release();
    if (const int rc = sf_close(f); rc != 0) {
        return fail(Errc::io_error, path_ + ": " + sf_error_number(rc));
    }
    return {};
}

}  // namespace cti::media
