// fax_peer: an independent fax machine for the telephony tests. Its own spandsp T.30 terminal,
// libtiff and a plain UDP socket with RTP packed and parsed here: nothing of the server's media
// engine, so that a fax the server sends is checked by a separate implementation.
//
//   fax_peer make FILE [--pages N] [--rows R]   write a TIFF-F test document (pattern pages)
//   fax_peer run --role receive|send --file F --port-file P --result R [--calling] [--seconds S]
//                [--ip A]
//        binds a UDP port on A (default 127.0.0.1; written to P for the SIP scenario's SDP), waits for the
//        first RTP packet and answers to its source (symmetric RTP), runs T.30 in real time
//        (20 ms frames) until phase E, then writes {"ok","code","pages","reason"} to R.
//        Exit 0 when T.30 completed, 1 when it failed, 2 on a usage or I/O error, 3 on timeout.
//   fax_peer compare A B                         exit 0 when both TIFFs hold the same pages row
//        for row (width, row count, pixels), else 1 with the first difference on stderr.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <spandsp.h>
#include <tiffio.h>

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::uint32_t kWidth = 1728;  // A4 at 204 dpi

struct Page {
    std::uint32_t width = 0;
    std::vector<std::vector<std::uint8_t>> rows;  // packed, MSB first, 1 = black
};

int usage() {
    std::fprintf(stderr,
                 "usage: fax_peer make FILE [--pages N] [--rows R]\n"
                 "       fax_peer run --role receive|send --file F --port-file P --result R [--calling] [--seconds S] [--ip A]\n"
                 "       fax_peer compare A B\n");
    return 2;
}

// Page n: vertical bars (odd pages) or a checkerboard (even ones), under n marker blocks at the
// top left, so that no page passes for another.
Page pattern(int n, std::uint32_t rows) {
    Page p{kWidth, {}};
    for (std::uint32_t r = 0; r < rows; ++r) {
        std::vector<std::uint8_t> row(kWidth / 8, 0);
        for (std::uint32_t x = 0; x < kWidth; ++x) {
            const bool marker = r < 24 && x < 64u * static_cast<std::uint32_t>(n) && x % 64 < 48;
            const bool body = r >= 40 && (n % 2 == 1 ? (x / 48) % 2 == 0 : ((x / 96) + (r / 32)) % 2 == 0);
            if (marker || body) row[x / 8] |= static_cast<std::uint8_t>(0x80 >> (x % 8));
        }
        p.rows.push_back(std::move(row));
    }
    return p;
}

int make(const std::string& file, int pages, std::uint32_t rows) {
    TIFF* t = TIFFOpen(file.c_str(), "w");
    if (!t) return 2;
    for (int i = 0; i < pages; ++i) {
        const Page p = pattern(i + 1, rows);
        TIFFSetField(t, TIFFTAG_SUBFILETYPE, FILETYPE_PAGE);
        TIFFSetField(t, TIFFTAG_IMAGEWIDTH, p.width);
        TIFFSetField(t, TIFFTAG_IMAGELENGTH, rows);
        TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 1);
        TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(t, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(t, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX3);
        TIFFSetField(t, TIFFTAG_GROUP3OPTIONS, GROUP3OPT_2DENCODING);
        TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
        TIFFSetField(t, TIFFTAG_FILLORDER, FILLORDER_LSB2MSB);
        TIFFSetField(t, TIFFTAG_XRESOLUTION, 204.0f);
        TIFFSetField(t, TIFFTAG_YRESOLUTION, 196.0f);
        TIFFSetField(t, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, rows);
        TIFFSetField(t, TIFFTAG_PAGENUMBER, static_cast<std::uint16_t>(i), static_cast<std::uint16_t>(pages));
        for (std::uint32_t r = 0; r < rows; ++r) {
            auto row = p.rows[r];
            if (TIFFWriteScanline(t, row.data(), r, 0) != 1) return TIFFClose(t), 2;
        }
        if (!TIFFWriteDirectory(t)) return TIFFClose(t), 2;
    }
    TIFFClose(t);
    return 0;
}

std::optional<std::vector<Page>> read_pages(const std::string& file) {
    TIFF* t = TIFFOpen(file.c_str(), "r");
    if (!t) return std::nullopt;
    std::vector<Page> pages;
    do {
        Page p;
        std::uint32_t length = 0;
        std::uint16_t photometric = PHOTOMETRIC_MINISWHITE;
        TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &p.width);
        TIFFGetField(t, TIFFTAG_IMAGELENGTH, &length);
        TIFFGetField(t, TIFFTAG_PHOTOMETRIC, &photometric);
        for (std::uint32_t r = 0; r < length; ++r) {
            std::vector<std::uint8_t> row(static_cast<std::size_t>(TIFFScanlineSize(t)));
            if (TIFFReadScanline(t, row.data(), r, 0) != 1) return TIFFClose(t), std::nullopt;
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

int compare(const std::string& a, const std::string& b) {
    auto pa = read_pages(a), pb = read_pages(b);
    if (!pa || !pb) return std::fprintf(stderr, "cannot read %s\n", !pa ? a.c_str() : b.c_str()), 2;
    if (pa->size() != pb->size())
        return std::fprintf(stderr, "%s has %zu pages, %s %zu\n", a.c_str(), pa->size(), b.c_str(), pb->size()), 1;
    for (std::size_t i = 0; i < pa->size(); ++i) {
        const Page& x = (*pa)[i];
        const Page& y = (*pb)[i];
        if (x.width != y.width || x.rows.size() != y.rows.size())
            return std::fprintf(stderr, "page %zu: %ux%zu vs %ux%zu\n", i + 1, x.width, x.rows.size(), y.width,
                                y.rows.size()),
                   1;
        for (std::size_t r = 0; r < x.rows.size(); ++r)
            if (x.rows[r] != y.rows[r]) return std::fprintf(stderr, "page %zu: row %zu differs\n", i + 1, r), 1;
    }
    std::printf("{\"pages\":%zu,\"same\":true}\n", pa->size());
    return 0;
}

struct Outcome {
    bool done = false;
    int code = -1;
    int pages = 0;
};

void on_phase_e(t30_state_t* t30, void* user, int code) {
    auto* out = static_cast<Outcome*>(user);
    if (out->done) return;
    t30_stats_t stats;
    t30_get_transfer_statistics(t30, &stats);
    out->done = true;
    out->code = code;
    out->pages = stats.pages_tx > 0 ? stats.pages_tx : stats.pages_rx;
}

int run(const std::string& role, const std::string& file, const std::string& port_file, const std::string& result,
        bool calling, int seconds, const std::string& ip) {
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in me{};
    me.sin_family = AF_INET;
    if (::inet_pton(AF_INET, ip.c_str(), &me.sin_addr) != 1) return std::fprintf(stderr, "bad --ip %s\n", ip.c_str()), 2;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&me), sizeof me) != 0) return std::perror("bind"), 2;
    socklen_t len = sizeof me;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&me), &len);
    {
        // Written whole, then renamed: the shell never reads half a number.
        std::ofstream(port_file + ".tmp") << ntohs(me.sin_port) << "\n";
        std::rename((port_file + ".tmp").c_str(), port_file.c_str());
    }
    fax_state_t* fax = fax_init(nullptr, calling ? TRUE : FALSE);
    t30_state_t* t30 = fax_get_t30_state(fax);
    fax_set_transmit_on_idle(fax, TRUE);
    t30_set_supported_modems(t30, T30_SUPPORT_V27TER | T30_SUPPORT_V29 | T30_SUPPORT_V17);
    t30_set_supported_compressions(t30, T30_SUPPORT_T4_1D_COMPRESSION | T30_SUPPORT_T4_2D_COMPRESSION |
                                            T30_SUPPORT_T6_COMPRESSION);
    t30_set_ecm_capability(t30, TRUE);
    t30_set_supported_resolutions(t30, T30_SUPPORT_STANDARD_RESOLUTION | T30_SUPPORT_FINE_RESOLUTION |
                                           T30_SUPPORT_SUPERFINE_RESOLUTION | T30_SUPPORT_R8_RESOLUTION);
    t30_set_supported_image_sizes(t30, T30_SUPPORT_215MM_WIDTH | T30_SUPPORT_255MM_WIDTH | T30_SUPPORT_303MM_WIDTH |
                                           T30_SUPPORT_UNLIMITED_LENGTH | T30_SUPPORT_A4_LENGTH |
                                           T30_SUPPORT_B4_LENGTH | T30_SUPPORT_US_LETTER_LENGTH);
    t30_set_tx_ident(t30, "+86 10 5550100");
    if (role == "send") t30_set_tx_file(t30, file.c_str(), -1, -1);
    else t30_set_rx_file(t30, file.c_str(), -1);
    Outcome outcome;
    t30_set_phase_e_handler(t30, on_phase_e, &outcome);

    std::optional<sockaddr_in> far;  // learnt from the first packet (symmetric RTP)
    bool alaw = false;
    std::uint16_t seq = 1000;
    std::uint32_t ts = 0;
    const std::uint32_t ssrc = 0x5eed0fa7;
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    auto next = Clock::now();
    while (!outcome.done && Clock::now() < deadline) {
        std::array<std::uint8_t, 2048> buf;
        for (;;) {
            sockaddr_in from{};
            socklen_t flen = sizeof from;
            const ssize_t n = ::recvfrom(fd, buf.data(), buf.size(), MSG_DONTWAIT, reinterpret_cast<sockaddr*>(&from), &flen);
            if (n < 12) break;
            if ((buf[0] >> 6) != 2) continue;
            const std::uint8_t pt = buf[1] & 0x7f;
            if (pt != 0 && pt != 8) continue;  // telephone-event or comfort noise: not fax audio
            const std::size_t header = 12 + 4 * (buf[0] & 0x0f);
            if (static_cast<std::size_t>(n) <= header) continue;
            if (!far) {
                far = from;
                alaw = pt == 8;
            }
            std::vector<std::int16_t> samples;
            for (std::size_t i = header; i < static_cast<std::size_t>(n); ++i)
                samples.push_back(pt == 8 ? alaw_to_linear(buf[i]) : ulaw_to_linear(buf[i]));
            fax_rx(fax, samples.data(), static_cast<int>(samples.size()));
        }
        if (far) {
            std::array<std::int16_t, 160> out{};
            const int got = fax_tx(fax, out.data(), static_cast<int>(out.size()));
            for (std::size_t i = static_cast<std::size_t>(std::max(got, 0)); i < out.size(); ++i) out[i] = 0;
            std::array<std::uint8_t, 12 + 160> pkt{};
            pkt[0] = 0x80;
            pkt[1] = alaw ? 8 : 0;
            pkt[2] = static_cast<std::uint8_t>(seq >> 8);
            pkt[3] = static_cast<std::uint8_t>(seq);
            for (int i = 0; i < 4; ++i) {
                pkt[4 + i] = static_cast<std::uint8_t>(ts >> (24 - 8 * i));
                pkt[8 + i] = static_cast<std::uint8_t>(ssrc >> (24 - 8 * i));
            }
            for (std::size_t i = 0; i < out.size(); ++i) pkt[12 + i] = alaw ? linear_to_alaw(out[i]) : linear_to_ulaw(out[i]);
            ::sendto(fd, pkt.data(), pkt.size(), 0, reinterpret_cast<const sockaddr*>(&*far), sizeof *far);
            ++seq;
            ts += 160;
        }
        next += std::chrono::milliseconds(20);
        std::this_thread::sleep_until(next);  // real time, as a fax machine on a phone line
    }
    fax_free(fax);
    ::close(fd);
    const bool ok = outcome.done && outcome.code == T30_ERR_OK;
    const char* reason = outcome.done ? t30_completion_code_to_str(outcome.code) : "no phase E before the time limit";
    std::ofstream(result) << "{\"ok\":" << (ok ? "true" : "false") << ",\"code\":" << outcome.code
                          << ",\"pages\":" << outcome.pages << ",\"reason\":\"" << reason << "\"}\n";
    return ok ? 0 : outcome.done ? 1 : 3;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> a(argv + 1, argv + argc);
    if (a.empty()) return usage();
    auto option = [&](const std::string& name, std::string fallback = {}) {
        for (std::size_t i = 0; i + 1 < a.size(); ++i)
            if (a[i] == name) return a[i + 1];
        return fallback;
    };
    auto flag = [&](const std::string& name) {
        for (const auto& s : a)
            if (s == name) return true;
        return false;
    };
    TIFFSetWarningHandler(nullptr);
    if (a[0] == "make" && a.size() >= 2)
        return make(a[1], std::stoi(option("--pages", "2")), static_cast<std::uint32_t>(std::stoul(option("--rows", "200"))));
    if (a[0] == "compare" && a.size() == 3) return compare(a[1], a[2]);
    if (a[0] == "run") {
        const std::string role = option("--role"), file = option("--file"), port = option("--port-file"),
                          result = option("--result");
        if ((role != "send" && role != "receive") || file.empty() || port.empty() || result.empty()) return usage();
        return run(role, file, port, result, flag("--calling"), std::stoi(option("--seconds", "180")),
                   option("--ip", "127.0.0.1"));
    }
    return usage();
}
