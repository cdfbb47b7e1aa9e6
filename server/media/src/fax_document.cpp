// Fax documents: the check that a TIFF is one T.30 can send (so a bad file is refused before a
// call depends on it), and PDF to TIFF-F through ghostscript.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <tiffio.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#include "cti/media/fax.h"

extern char** environ;

namespace cti::media {
namespace {

namespace fs = std::filesystem;
using SteadyClock = std::chrono::steady_clock;

std::string prefix(const fs::path& p) { return "fax document " + p.string() + ": "; }

// libtiff's complaint about the file, kept per open instead of printed on stderr.
struct TiffErrors {
    std::string first;
    static int on_error(TIFF*, void* user, const char*, const char* fmt, va_list ap) {
        auto* self = static_cast<TiffErrors*>(user);
        if (self->first.empty()) {
            std::array<char, 512> buf;
            std::vsnprintf(buf.data(), buf.size(), fmt, ap);
            self->first = buf.data();
        }
        return 1;  // handled: libtiff's global handler stays quiet
    }
    static int on_warning(TIFF*, void*, const char*, const char*, va_list) { return 1; }
};

struct TiffCloser {
    void operator()(TIFF* t) const { TIFFClose(t); }
};

// T.4's page widths at 8 pixels/mm (204 dpi): A4, B4 and A3 (T.30 Table 2, "R8").
bool is_fax_width(std::uint32_t w) { return w == 1728 || w == 2048 || w == 2432; }

// About 204 dpi, in whatever unit the file uses; spandsp takes a missing resolution for R8 too.
bool is_r8(float xres, std::uint16_t unit) {
    if (xres <= 0) return true;
    const float dpi = unit == RESUNIT_CENTIMETER ? xres * 2.54f : xres;
    return std::abs(dpi - 204.0f) <= 204.0f * 0.05f;
}

Result<void> check_page(TIFF* tif, int page, const fs::path& path, TiffErrors& errors) {
    const std::string where = prefix(path) + "page " + std::to_string(page) + " ";
    std::uint16_t bits = 1, samples = 1, unit = RESUNIT_INCH;
    std::uint32_t width = 0, length = 0;
    float xres = 0;
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &length);
    TIFFGetField(tif, TIFFTAG_XRESOLUTION, &xres);
    TIFFGetFieldDefaulted(tif, TIFFTAG_RESOLUTIONUNIT, &unit);
    const std::string convert = "; convert it to TIFF-F (pdf_to_tiff_f, or gs -sDEVICE=tiffg3 "
                                "-r204x196)";
    if (bits != 1 || samples != 1) {
        return fail(Errc::invalid_argument,
                    where + "is not black and white (" + std::to_string(samples) + " x " +
                        std::to_string(bits) + " bits a pixel)" + convert);
    }
    if (!is_fax_width(width) || !is_r8(xres, unit)) {
        return fail(Errc::invalid_argument,
                    where + "is " + std::to_string(width) + " pixels wide at " +
                        std::to_string(std::lround(unit == RESUNIT_CENTIMETER ? xres * 2.54f : xres)) +
                        " dpi; a fax page is 1728 (A4), 2048 or 2432 pixels at 204 dpi" + convert);
    }
    if (length == 0) return fail(Errc::invalid_argument, where + "has no rows");
    if (TIFFIsTiled(tif)) {
        return fail(Errc::invalid_argument, where + "is stored in tiles, which spandsp cannot "
                                                    "read" + convert);
    }
    // spandsp reads each row with TIFFReadScanline while the call runs: decode them all now.
    std::vector<std::uint8_t> row(static_cast<std::size_t>(TIFFScanlineSize(tif)));
    for (std::uint32_t r = 0; r < length; ++r) {
        if (TIFFReadScanline(tif, row.data(), r, 0) < 0) {
            return fail(Errc::invalid_argument,
                        where + "row " + std::to_string(r) + " cannot be decoded" +
                            (errors.first.empty() ? "" : " (" + errors.first + ")"));
        }
    }
    return {};
}

}  // namespace

Result<int> check_fax_document(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        return fail(Errc::not_found, prefix(path) + "no such file; give the path of a TIFF-F file "
                                                    "the server can read");
    }
    if (!fs::is_regular_file(path, ec)) {
        return fail(Errc::invalid_argument, prefix(path) + "is not a file");
    }
    if (::access(path.c_str(), R_OK) != 0) {
        return fail(Errc::invalid_argument, prefix(path) + "cannot be read (" +
                                                std::strerror(errno) + "); check its permissions");
    }
    TiffErrors errors;
    std::unique_ptr<TIFFOpenOptions, decltype(&TIFFOpenOptionsFree)> opts(TIFFOpenOptionsAlloc(),
                                                                          &TIFFOpenOptionsFree);
    TIFFOpenOptionsSetErrorHandlerExtR(opts.get(), &TiffErrors::on_error, &errors);
    TIFFOpenOptionsSetWarningHandlerExtR(opts.get(), &TiffErrors::on_warning, nullptr);
    std::unique_ptr<TIFF, TiffCloser> tif(TIFFOpenExt(path.c_str(), "r", opts.get()));
    if (!tif) {
        return fail(Errc::invalid_argument,
                    prefix(path) + "is not a TIFF file" +
                        (errors.first.empty() ? "" : " (" + errors.first + ")") +
                        "; a fax is sent from TIFF-F (pdf_to_tiff_f converts a PDF)");
    }
    int pages = 0;
    do {
        ++pages;
        if (auto ok = check_page(tif.get(), pages, path, errors); !ok) {
            return std::unexpected(ok.error());
        }
    } while (TIFFReadDirectory(tif.get()));
    return pages;
}

namespace {

// Runs argv (no shell) with stdout and stderr into one pipe; returns the exit status and what it
// printed (the last 4 KiB), or an error if it could not start or outran `limit` (then killed).
struct Ran {
    int status = 0;
    std::string output;
};

Result<Ran> run_program(const std::vector<std::string>& args, std::chrono::seconds limit) {
    std::array<int, 2> fds;
    if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
        return fail(Errc::unavailable, std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
    // Nothing else of the server's (RTP and SIP sockets, databases) goes to the child.
    posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        if (rc == ENOENT) {
            return fail(Errc::unavailable, args[0] + " is not installed; install the Debian "
                                                     "package ghostscript (./ctl deps)");
        }
        return fail(Errc::unavailable, "cannot run " + args[0] + ": " + std::strerror(rc));
    }
    Ran ran;
    const auto deadline = SteadyClock::now() + limit;
    bool timed_out = false;
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - SteadyClock::now());
        if (left.count() <= 0) {
            timed_out = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int n = ::poll(&p, 1, static_cast<int>(left.count()));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) continue;  // the deadline is checked above
        std::array<char, 4096> buf;
        const ssize_t got = ::read(fds[0], buf.data(), buf.size());
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // EOF: the program closed its output (it is ending)
        ran.output.append(buf.data(), static_cast<std::size_t>(got));
        if (ran.output.size() > 4096) ran.output.erase(0, ran.output.size() - 4096);
    }
    ::close(fds[0]);
    if (timed_out) ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) {
        return fail(Errc::unavailable, args[0] + " did not finish within " +
                                           std::to_string(limit.count()) + " s and was stopped");
    }
    ran.status = status;
    return ran;
}

// gs prints a PostScript stack dump after its error: the first "Error:" line says it all.
std::string gs_reason(const std::string& output) {
    const auto at = output.find("Error:");
    std::string line = at == std::string::npos ? output : output.substr(at);
    line = line.substr(0, line.find('\n'));
    if (line.size() > 200) line.resize(200);
    return line.empty() ? "no message" : line;
}

}  // namespace

Result<fs::path> pdf_to_tiff_f(const fs::path& pdf, const fs::path& out_dir,
                               std::chrono::seconds limit) {
    std::error_code ec;
    if (!fs::is_regular_file(pdf, ec)) {
        return fail(Errc::not_found, "PDF " + pdf.string() + ": no such file");
    }
    if (!fs::is_directory(out_dir, ec)) {
        return fail(Errc::not_found, "folder " + out_dir.string() +
                                         " does not exist; create it for the converted fax");
    }
    const fs::path out = out_dir / (pdf.stem().string() + ".tif");
    // gs reads "%d" in an output name as the page number: a literal '%' is written "%%".
    std::string out_arg;
    for (char c : out.string()) {
        out_arg += c;
        if (c == '%') out_arg += '%';
    }
    // tiffg3 at 204x196 dpi is TIFF-F (fine resolution, T.4 1-D). Every page is fitted to A4, so
    // a Letter or A3 page becomes one fax page; gs then rounds the width of about 1687 pixels to
    // the fax's 1728 (its AdjustWidth, on by default for the fax devices). -dSAFER: a PDF from a
    // customer may not read or write other files.
    const std::vector<std::string> args = {
        "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffg3", "-r204x196",
        "-sPAPERSIZE=a4", "-dFIXEDMEDIA", "-dPDFFitPage", "-sOutputFile=" + out_arg,
        // Absolute, so that a name starting with '-' is never read as an option.
        fs::absolute(pdf).string()};
    auto ran = run_program(args, limit);
    if (!ran) return std::unexpected(ran.error());
    if (!WIFEXITED(ran->status) || WEXITSTATUS(ran->status) != 0) {
        fs::remove(out, ec);
        return fail(Errc::invalid_argument,
                    "PDF " + pdf.string() + " could not be converted to a fax: ghostscript: " +
                        gs_reason(ran->output));
    }
    auto pages = check_fax_document(out);
    if (!pages) return std::unexpected(pages.error());
    return out;
}

}  // namespace cti::media
