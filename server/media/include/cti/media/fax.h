#pragma once
// Fax over G.711 (ITU-T T.30 in audio mode, spandsp): what a fax job is, and the documents it
// sends. The engine runs the fax itself (Engine::start_fax); this header has no engine in it, so
// a caller can check or convert a document before there is a call to fax it on.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "cti/core/error.h"
#include "cti/core/ids.h"

namespace cti::media {

using FaxId = StrongId<struct FaxIdTag, std::uint64_t>;

enum class FaxDirection { send, receive };
std::string_view to_string(FaxDirection d) noexcept;

// One fax on one media session. T.30 roles: the calling station is the one that dialled (it
// sends CNG and waits for the answerer's DIS); either role can send or receive, but a calling
// station that only wants to receive must poll, so use the roles the call really has: we dialled
// out to send (the defaults of send()) or a fax machine called us (receive()).
struct FaxJob {
    FaxDirection direction = FaxDirection::send;
    // send: a TIFF-F document (bilevel, 1728/2048/2432 pixels wide at 204 dpi; pdf_to_tiff_f
    // makes one), checked by start_fax. receive: the TIFF file to write (its folder must exist).
    std::filesystem::path file;
    // Our station identity (TSI when sending, CSI when receiving): at most 20 characters, by
    // custom the fax number in international form ("+86 10 12345678").
    std::string ident;
    // Sending only: the header line spandsp prints above each page with the date, this text,
    // `ident` and the page number (at most 50 characters); it adds 16 rows to the page (32 at
    // fine resolution) rather than covering the top. Empty: pages go out as they are.
    std::string header;
    bool calling = true;  // our T.30 role (see above)
    bool ecm = true;      // offer error correcting mode (T.30 Annex A)
    // The whole T.30 exchange must finish within this, else the fax ends with a failure (a far
    // end that stalls, or sends no RTP at all, would otherwise hold the session forever).
    std::chrono::milliseconds timeout = std::chrono::minutes(10);

    static FaxJob send(std::filesystem::path document, std::string ident = {},
                       std::string header = {}) {
        FaxJob j;
        j.direction = FaxDirection::send;
        j.file = std::move(document);
        j.ident = std::move(ident);
        j.header = std::move(header);
        j.calling = true;
        return j;
    }
    static FaxJob receive(std::filesystem::path tiff, std::string ident = {}) {
        FaxJob j;
        j.direction = FaxDirection::receive;
        j.file = std::move(tiff);
        j.ident = std::move(ident);
        j.calling = false;
        return j;
    }
};

// Checks that `tiff` is a document T.30 can send: it exists, libtiff reads it, and every page is
// bilevel, strip-organised, 1728, 2048 or 2432 pixels wide at about 204 dpi, and decodes. Returns
// the number of pages. Errors (not_found, invalid_argument) read "fax document <path>: <reason>".
// Reads the whole file: call it off the media thread (start_fax does, on the caller's thread).
Result<int> check_fax_document(const std::filesystem::path& tiff);

// Converts a PDF to a TIFF-F document in `out_dir` (named after the PDF, ".tif"): runs
// ghostscript (`gs`, Debian package ghostscript) with device tiffg3 at 204x196 dpi, every page
// fitted to A4, then checks the result with check_fax_document. Blocks while gs runs (a second or
// so a page; at most `limit`, then gs is killed): call it on a worker thread, never the core's or
// the media thread. Errors: not_found (no PDF, no out_dir), unavailable (gs not installed),
// invalid_argument (gs could not read the PDF: its message is included).
Result<std::filesystem::path> pdf_to_tiff_f(const std::filesystem::path& pdf,
                                            const std::filesystem::path& out_dir,
                                            std::chrono::seconds limit = std::chrono::seconds(120));

}  // namespace cti::media
