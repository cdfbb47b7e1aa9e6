#pragma once
// The fax tests' independent far end and documents: a fax machine made of a plain UDP socket, RTP
// packed and parsed here (not with the engine's rtp.h), and its own spandsp fax_state_t, paced
// at 20 ms in real time on its own thread; TIFF-F pages written and read back with libtiff.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <spandsp.h>
#include <tiffio.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace cti::media::fax_test {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

inline constexpr std::uint32_t page_width = 1728;  // A4 at 204 dpi (T.4 R8)

// A page as rows of packed pixels, most significant bit first, 1 = black.
struct Page {
    std::uint32_t width = 0;
    std::vector<std::vector<std::uint8_t>> rows;
};

inline bool black(const std::vector<std::uint8_t>& row, std::uint32_t x) {
    return (row[x / 8] >> (7 - x % 8)) & 1;
}
inline void set_black(std::vector<std::uint8_t>& row, std::uint32_t x) {
    row[x / 8] |= static_cast<std::uint8_t>(0x80 >> (x % 8));
}

// Page 1: vertical bars 48 pixels wide; page 2: a checkerboard of 96 x 32 blocks. Each has its
// number as that many solid blocks at the top left, so no page can pass for the other.
inline Page pattern_page(int number, std::uint32_t rows) {
    Page p{page_width, {}};
    for (std::uint32_t r = 0; r < rows; ++r) {
        std::vector<std::uint8_t> row(page_width / 8, 0);
        for (std::uint32_t x = 0; x < page_width; ++x) {
            const bool marker = r < 24 && x < 64u * static_cast<std::uint32_t>(number) && x % 64 < 48;
            const bool body = r >= 40 && (number == 1 ? (x / 48) % 2 == 0
                                                      : ((x / 96) + (r / 32)) % 2 == 0);
            if (marker || body) set_black(row, x);
        }
        p.rows.push_back(std::move(row));
    }
    return p;
}

// A TIFF-F file: 204x196 dpi, G3 (page 1 one-dimensional, the others two-dimensional), white is
// zero, one strip a page, page numbers set.
inline void write_tiff(const fs::path& path, const std::vector<Page>& pages) {
    TIFF* t = TIFFOpen(path.c_str(), "w");
    REQUIRE(t);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const Page& p = pages[i];
        TIFFSetField(t, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(t, TIFFTAG_IMAGEWIDTH, p.width);
        TIFFSetField(t, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(p.rows.size()));
        TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
        TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX3);
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS, i == 0 ? 0 : GROUP3OPT_2DENCODING);
        TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(t, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
        TIFFSetField(t, TIFFTAG_XRESOLUTION, 204.0f);
        TIFFSetField(t, TIFFTAG_YRESOLUTION, 196.0f);
        TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(p.rows.size()));
        TIFFSetField(t, TIFFTAG_PAGENUMBER, static_cast<std::uint16_t>(i),
                     static_cast<std::uint16_t>(pages.size()));
        for (std::size_t r = 0; r < p.rows.size(); ++r) {
            auto row = p.rows[r];
            REQUIRE(TIFFWriteScanline(t, row.data(), static_cast<std::uint32_t>(r), 0) == 1);
        }
        REQUIRE(TIFFWriteDirectory(t));
    }
    TIFFClose(t);
}

// Every page of a TIFF decoded by libtiff, black as 1 whatever the file's photometric.
inline std::vector<Page> read_tiff(const fs::path& path) {
    std::vector<Page> pages;
    TIFF* t = TIFFOpen(path.c_str(), "r");
    REQUIRE(t);
    do {
        Page p;
        std::uint32_t length = 0;
        std::uint16_t photometric = PHOTOMETRIC_MINISWHITE;
        TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &p.width);
        TIFFGetField(t, TIFFTAG_IMAGELENGTH, &length);
        TIFFGetField(t, TIFFTAG_PHOTOMETRIC, &photometric);
        for (std::uint32_t r = 0; r < length; ++r) {
            std::vector<std::uint8_t> row(static_cast<std::size_t>(TIFFScanlineSize(t)));
            REQUIRE(TIFFReadScanline(t, row.data(), r, 0) == 1);
            if (photometric == PHOTOMETRIC_MINISBLACK)
                for (auto& b : row) b = static_cast<std::uint8_t>(~b);
            row.resize((p.width + 7) / 8);
            p.rows.push_back(std::move(row));
        }
        pages.push_back(std::move(p));
    } while (TIFFReadDirectory(t));
    TIFFClose(t);
    return pages;
}

inline std::size_t black_pixels(const Page& p, std::size_t from_row, std::size_t to_row) {
    std::size_t n = 0;
    for (std::size_t r = from_row; r < to_row && r < p.rows.size(); ++r)
        for (std::uint32_t x = 0; x < p.width; ++x) n += black(p.rows[r], x);
    return n;
}

inline fs::path temp_file(const std::string& name) {
    return fs::temp_directory_path() /
           ("cti_fax_" + name + "_" + std::to_string(::getpid()) + ".tif");
}

// The far end: a fax machine on its own UDP socket and thread. It sends one 20 ms RTP packet
// every 20 ms (its own sequence, timestamp and SSRC) to the engine's port and feeds every packet
// it receives to its T.30 terminal in arrival order (loopback does not reorder). Without a fax
// (`Role::silent`) it sends silence and keeps what it received.
class FaxPeer {
public:
    enum class Role { send, receive, silent };
    struct Options {
        Role role = Role::receive;
        bool calling = false;
        bool alaw = false;     // G.711 A-law (payload type 8) instead of u-law (0)
        fs::path file;         // send: the document; receive: where to write
        std::string ident = "+1 555 0100";
        // Page widths the far end accepts (T30_SUPPORT_*_WIDTH); lengths are always unlimited.
        int widths = T30_SUPPORT_215MM_WIDTH | T30_SUPPORT_255MM_WIDTH | T30_SUPPORT_303MM_WIDTH;
        // Send every 25th pair of packets in swapped order, as a network may.
        bool reorder = false;
    };

    explicit FaxPeer(Options o) : o_(std::move(o)) {
        fd_ = ::socket(AF_INET, SOCK_DGRAM, 0);
        if (fd_ < 0) throw std::runtime_error("socket");
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) throw std::runtime_error("bind");
        socklen_t len = sizeof a;
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
        port_ = ntohs(a.sin_port);
        if (o_.role == Role::silent) return;
        fax_ = fax_init(nullptr, o_.calling ? TRUE : FALSE);
        REQUIRE(fax_);
        t30_state_t* t30 = fax_get_t30_state(fax_);
        fax_set_transmit_on_idle(fax_, TRUE);
        t30_set_supported_modems(t30, T30_SUPPORT_V27TER | T30_SUPPORT_V29 | T30_SUPPORT_V17);
        t30_set_supported_compressions(t30, T30_SUPPORT_T4_1D_COMPRESSION |
                                                T30_SUPPORT_T4_2D_COMPRESSION |
                                                T30_SUPPORT_T6_COMPRESSION);
        t30_set_ecm_capability(t30, TRUE);
        t30_set_supported_resolutions(t30, T30_SUPPORT_STANDARD_RESOLUTION |
                                               T30_SUPPORT_FINE_RESOLUTION |
                                               T30_SUPPORT_SUPERFINE_RESOLUTION |
                                               T30_SUPPORT_R8_RESOLUTION);
        t30_set_supported_image_sizes(t30, o_.widths | T30_SUPPORT_UNLIMITED_LENGTH |
                                               T30_SUPPORT_A4_LENGTH | T30_SUPPORT_B4_LENGTH |
                                               T30_SUPPORT_US_LETTER_LENGTH |
                                               T30_SUPPORT_US_LEGAL_LENGTH);
        t30_set_tx_ident(t30, o_.ident.c_str());
        if (o_.role == Role::send) t30_set_tx_file(t30, o_.file.c_str(), -1, -1);
        else t30_set_rx_file(t30, o_.file.c_str(), -1);
        t30_set_phase_e_handler(t30, &FaxPeer::on_phase_e, this);
    }
    FaxPeer(const FaxPeer&) = delete;
    FaxPeer& operator=(const FaxPeer&) = delete;
    ~FaxPeer() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
        std::lock_guard lock(mu_);
        if (fax_) fax_free(fax_);
        ::close(fd_);
    }

    std::uint16_t port() const { return port_; }

    void start(std::uint16_t engine_port) {
        thread_ = std::thread([this, engine_port] { run(engine_port); });
    }

    struct Outcome {
        int code = -1;
        int pages = 0;
        std::string far_ident;  // the engine's TSI or CSI as T.30 delivered it
    };
    // The far end's T.30 outcome once its phase E came, or nothing by the deadline.
    std::optional<Outcome> wait_done(std::chrono::seconds limit) {
        std::unique_lock lock(mu_);
        if (!cv_.wait_for(lock, limit, [&] { return outcome_.has_value(); })) return std::nullopt;
        return outcome_;
    }

    // What the peer received, in arrival order: decoded samples and the RTP headers.
    struct Header {
        std::uint8_t payload_type;
        std::uint16_t seq;
        std::uint32_t ts;
        std::uint32_t ssrc;
    };
    std::vector<std::int16_t> received_audio() {
        std::lock_guard lock(mu_);
        return audio_;
    }
    std::vector<Header> received_headers() {
        std::lock_guard lock(mu_);
        return headers_;
    }

private:
    // Runs inside fax_rx/fax_tx/fax_free, which are only ever called with mu_ held.
    static void on_phase_e(t30_state_t* t30, void* user, int code) {
        auto* self = static_cast<FaxPeer*>(user);
        t30_stats_t stats;
        t30_get_transfer_statistics(t30, &stats);
        const char* ident = t30_get_rx_ident(t30);
        if (self->outcome_) return;
        self->outcome_ = Outcome{code, self->o_.role == Role::send ? stats.pages_tx : stats.pages_rx,
                                 ident ? ident : ""};
        self->cv_.notify_all();
    }

    std::int16_t decode(std::uint8_t b) const { return o_.alaw ? alaw_to_linear(b) : ulaw_to_linear(b); }
    std::uint8_t encode(std::int16_t s) const { return o_.alaw ? linear_to_alaw(s) : linear_to_ulaw(s); }

    void run(std::uint16_t engine_port) {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        to.sin_port = htons(engine_port);
        const std::uint8_t pt = o_.alaw ? 8 : 0;
        std::uint16_t seq = 4711;
        std::uint32_t ts = 160000;
        const std::uint32_t ssrc = 0x0fa71234;
        auto next = std::chrono::steady_clock::now();
        while (!stop_) {
            receive_all();
            std::array<std::int16_t, 160> out{};
            if (fax_) {
                std::lock_guard lock(mu_);
                if (!outcome_) {
                    const int n = fax_tx(fax_, out.data(), static_cast<int>(out.size()));
                    for (std::size_t i = static_cast<std::size_t>(std::max(n, 0)); i < out.size(); ++i) out[i] = 0;
                }
            }
            std::array<std::uint8_t, 12 + 160> pkt{};
            pkt[0] = 0x80;  // RTP version 2, no padding, extension or CSRC
            pkt[1] = pt;
            pkt[2] = static_cast<std::uint8_t>(seq >> 8);
            pkt[3] = static_cast<std::uint8_t>(seq);
            for (int i = 0; i < 4; ++i) {
                pkt[4 + i] = static_cast<std::uint8_t>(ts >> (24 - 8 * i));
                pkt[8 + i] = static_cast<std::uint8_t>(ssrc >> (24 - 8 * i));
            }
            for (std::size_t i = 0; i < out.size(); ++i) pkt[12 + i] = encode(out[i]);
            const bool hold = o_.reorder && seq % 50 == 0;  // sent after the next one
            if (!held_.empty()) {
                ::sendto(fd_, pkt.data(), pkt.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
                ::sendto(fd_, held_.data(), held_.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
                held_.clear();
            } else if (hold) {
                held_.assign(pkt.begin(), pkt.end());
            } else {
                ::sendto(fd_, pkt.data(), pkt.size(), 0, reinterpret_cast<sockaddr*>(&to), sizeof to);
            }
            ++seq;
            ts += 160;
            next += 20ms;
            std::this_thread::sleep_until(next);  // pacing: a phone sends in real time
        }
    }

    void receive_all() {
        std::array<std::uint8_t, 2048> buf;
        for (;;) {
            const ssize_t n = ::recv(fd_, buf.data(), buf.size(), MSG_DONTWAIT);
            if (n < 12) return;
            if ((buf[0] >> 6) != 2) continue;
            const std::size_t header = 12 + 4 * (buf[0] & 0x0f);
            if (static_cast<std::size_t>(n) <= header) continue;
            Header h{static_cast<std::uint8_t>(buf[1] & 0x7f),
                     static_cast<std::uint16_t>(buf[2] << 8 | buf[3]),
                     static_cast<std::uint32_t>(buf[4]) << 24 | buf[5] << 16 | buf[6] << 8 | buf[7],
                     static_cast<std::uint32_t>(buf[8]) << 24 | buf[9] << 16 | buf[10] << 8 | buf[11]};
            std::vector<std::int16_t> samples;
            for (std::size_t i = header; i < static_cast<std::size_t>(n); ++i) samples.push_back(decode(buf[i]));
            std::lock_guard lock(mu_);
            headers_.push_back(h);
            if (fax_ && !outcome_) {
                fax_rx(fax_, samples.data(), static_cast<int>(samples.size()));
            } else if (!fax_) {
                audio_.insert(audio_.end(), samples.begin(), samples.end());
            }
        }
    }

    Options o_;
    int fd_ = -1;
    std::uint16_t port_ = 0;
    fax_state_t* fax_ = nullptr;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::mutex mu_;  // the fax state (phase E runs inside fax_rx/fax_tx) and what was received
    std::condition_variable cv_;
    std::optional<Outcome> outcome_;
    std::vector<Header> headers_;
    std::vector<std::int16_t> audio_;
    std::vector<std::uint8_t> held_;  // a packet waiting to be sent out of order
};

}  // namespace cti::media::fax_test
