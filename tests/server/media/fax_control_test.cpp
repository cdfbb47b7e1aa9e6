// Fax jobs refused at start_fax with messages that say what to do, exactly one FaxDone however a
// fax ends early, the received-frame order, and PDF to TIFF-F through ghostscript.
#include <fstream>

#include "fax_test_support.h"
#include "frame_order.h"
#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;
using namespace cti::media::fax_test;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t done_count(EventLog& log, FaxId id) {
    return static_cast<std::size_t>(std::ranges::count_if(
        log.of<FaxDone>(), [&](const FaxDone& d) { return d.fax == id; }));
}

bool await_done(EventLog& log, FaxId id) {
    return log.wait([&](const std::vector<Event>& ev) {
        return std::ranges::any_of(ev, [&](const Event& e) {
            auto* d = std::get_if<FaxDone>(&e);
            return d && d->fax == id;
        });
    });
}

FaxDone done_of(EventLog& log, FaxId id) {
    for (auto& d : log.of<FaxDone>())
        if (d.fax == id) return d;
    FAIL("no FaxDone for fax " << id.value());
    return {};
}

// A 1728-pixel page of 8-bit grey: a real TIFF, but not one a fax can send.
void write_grey_tiff(const fs::path& path) {
    TIFF* t = TIFFOpen(path.c_str(), "w");
    REQUIRE(t);
    TIFFSetField(t, TIFFTAG_IMAGEWIDTH, 1728u);
    TIFFSetField(t, TIFFTAG_IMAGELENGTH, 4u);
    TIFFSetField(t, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(t, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(t, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
    TIFFSetField(t, TIFFTAG_ROWSPERSTRIP, 4u);
    std::vector<std::uint8_t> row(1728, 128);
    for (std::uint32_t r = 0; r < 4; ++r) REQUIRE(TIFFWriteScanline(t, row.data(), r, 0) == 1);
    TIFFClose(t);
}

// A PDF of `pages` A4 pages, page i with i + 1 black boxes near its top, written by hand so the
// test needs no PDF library (cross-reference offsets computed as it goes).
void write_pdf(const fs::path& path, int pages) {
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    auto object = [&](const std::string& body) {
        offsets.push_back(out.size());
        out += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    std::string kids;
    for (int i = 0; i < pages; ++i) kids += std::to_string(3 + 2 * i) + " 0 R ";
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>");
    for (int i = 0; i < pages; ++i) {
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
               std::to_string(4 + 2 * i) + " 0 R >>");
        std::string content = "0 0 0 rg\n";
        for (int b = 0; b <= i; ++b) content += std::to_string(72 + 100 * b) + " 700 60 60 re f\n";
        object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
               "endstream");
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (auto o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << out;
}

bool have_ghostscript() { return std::system("gs --version > /dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("fax: start_fax refuses bad documents, folders and jobs with messages that say why",
          "[fax]") {
    SingleSession rig;
    const auto id = rig.sa.id;

    SECTION("a missing file") {
        const auto path = temp_file("missing");
        fs::remove(path);
        auto r = rig.engine->start_fax(id, FaxJob::send(path));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == cti::Errc::not_found);
        CHECK(contains(r.error().message, "fax document " + path.string() + ": no such file"));
    }
    SECTION("a file that is not a TIFF") {
        const auto path = temp_file("not_tiff");
        std::ofstream(path) << "%PDF-1.4 this is not a TIFF\n";
        auto r = rig.engine->start_fax(id, FaxJob::send(path));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == cti::Errc::invalid_argument);
        CHECK(contains(r.error().message, "fax document " + path.string() + ": is not a TIFF file"));
        fs::remove(path);
    }
    SECTION("a grey page") {
        const auto path = temp_file("grey");
        write_grey_tiff(path);
        auto r = rig.engine->start_fax(id, FaxJob::send(path));
        REQUIRE_FALSE(r);
        CHECK(contains(r.error().message, "fax document " + path.string() +
                                              ": page 1 is not black and white"));
        CHECK(contains(r.error().message, "pdf_to_tiff_f"));
        fs::remove(path);
    }
    SECTION("a page of the wrong width") {
        const auto path = temp_file("narrow");
        Page p{1000, std::vector<std::vector<std::uint8_t>>(10, std::vector<std::uint8_t>(125, 0))};
        write_tiff(path, {pattern_page(1, 10), p});
        auto r = rig.engine->start_fax(id, FaxJob::send(path));
        REQUIRE_FALSE(r);
        CHECK(contains(r.error().message, "page 2 is 1000 pixels wide at 204 dpi"));
        fs::remove(path);
    }
    SECTION("a folder to receive into that does not exist") {
        const auto path = fs::temp_directory_path() / "cti_fax_no_such_folder" / "in.tif";
        auto r = rig.engine->start_fax(id, FaxJob::receive(path));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == cti::Errc::not_found);
        CHECK(contains(r.error().message, "does not exist"));
    }
    SECTION("an ident longer than T.30 allows, and a zero timeout") {
        const auto path = temp_file("ok_doc");
        write_tiff(path, {pattern_page(1, 10)});
        auto r = rig.engine->start_fax(id, FaxJob::send(path, std::string(21, '1')));
        REQUIRE_FALSE(r);
        CHECK(contains(r.error().message, "T.30 allows 20"));
        auto job = FaxJob::send(path);
        job.timeout = std::chrono::milliseconds(0);
        CHECK_FALSE(rig.engine->start_fax(id, job));
        fs::remove(path);
    }
    SECTION("an unknown session") {
        auto r = rig.engine->start_fax(MediaSessionId{999}, FaxJob::receive(temp_file("x")));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == cti::Errc::not_found);
    }
    // Nothing was started, so nothing ends.
    CHECK(rig.engine->stats().faxes == 0);
    CHECK(rig.log.of<FaxDone>().empty());
}

TEST_CASE("fax: stop_fax, a newer fax and close_session each end a fax with exactly one FaxDone",
          "[fax]") {
    EventLog log;
    auto e = Engine::start(test_options(), log.sink());
    REQUIRE(e);
    auto& engine = **e;
    Phone phone;
    auto s1 = *engine.open_session();
    auto s2 = *engine.open_session();
    engine.set_remote(s1.id, phone.peer());
    engine.set_remote(s2.id, phone.peer());
    const auto received = temp_file("stopped_rx");
    fs::remove(received);

    auto a = engine.start_fax(s1.id, FaxJob::receive(received));
    REQUIRE(a);
    engine.stop_fax(s1.id);
    engine.stop_fax(s1.id);  // nothing left to stop: no second event
    REQUIRE(await_done(log, *a));
    CHECK(done_of(log, *a).reason == "stopped");
    CHECK_FALSE(done_of(log, *a).ok);

    auto b = engine.start_fax(s1.id, FaxJob::receive(received));
    auto c = engine.start_fax(s1.id, FaxJob::receive(received));  // replaces b
    REQUIRE(b);
    REQUIRE(c);
    REQUIRE(await_done(log, *b));
    CHECK(done_of(log, *b).reason == "replaced by a new fax");
    engine.close_session(s1.id);
    REQUIRE(await_done(log, *c));
    CHECK(done_of(log, *c).reason == "media session closed");

    // A last fax on another session, ended after everything above: by the time its FaxDone
    // comes, any duplicate of the earlier ones would have been emitted (one media thread).
    auto d = engine.start_fax(s2.id, FaxJob::receive(received));
    REQUIRE(d);
    engine.stop_fax(s2.id);
    REQUIRE(await_done(log, *d));
    CHECK(done_count(log, *a) == 1);
    CHECK(done_count(log, *b) == 1);
    CHECK(done_count(log, *c) == 1);
    CHECK(done_count(log, *d) == 1);
    CHECK(engine.stats().faxes == 0);
    fs::remove(received);
}

TEST_CASE("fax: the engine's destruction ends a running fax with one FaxDone", "[fax]") {
    EventLog log;
    const auto received = temp_file("destroyed_rx");
    std::optional<FaxId> second;
    {
        auto e = Engine::start(test_options(), log.sink());
        REQUIRE(e);
        auto s = (*e)->open_session();
        REQUIRE(s);
        auto first = (*e)->start_fax(s->id, FaxJob::receive(received));
        REQUIRE(first);
        second = *(*e)->start_fax(s->id, FaxJob::receive(received));
        // The first one's end comes from setting up the second: then the second is running.
        REQUIRE(await_done(log, *first));
    }
    CHECK(done_count(log, *second) == 1);
    CHECK(done_of(log, *second).reason == "media engine stopped");
    fs::remove(received);
}

TEST_CASE("fax: received frames reach the modem in sequence order, gaps reported as lost",
          "[fax]") {
    FrameOrder order;
    std::vector<int> got;  // each frame's sequence number % 10000, or -samples for a lost frame
    auto push = [&](std::uint16_t seq) {
        std::vector<std::int16_t> frame(160, static_cast<std::int16_t>(seq % 10000));
        order.push(seq, frame, [&](std::span<const std::int16_t> f) { got.push_back(f[0]); },
                   [&](std::size_t n) { got.push_back(-static_cast<int>(n)); });
    };
    SECTION("in order, and one swapped pair") {
        push(10);
        push(11);
        push(13);
        push(12);
        push(14);
        CHECK(got == std::vector<int>{10, 11, 12, 13, 14});
    }
    SECTION("a lost frame is declared once three later ones wait; it is dropped if it comes") {
        push(10);
        push(12);
        push(13);
        CHECK(got == std::vector<int>{10});
        push(14);
        CHECK(got == std::vector<int>{10, -160, 12, 13, 14});
        push(11);  // too late
        push(15);
        CHECK(got == std::vector<int>{10, -160, 12, 13, 14, 15});
    }
    SECTION("sequence numbers wrap") {
        push(65534);
        push(65535);
        push(0);
        push(1);
        CHECK(got == std::vector<int>{5534, 5535, 0, 1});
    }
    SECTION("flush delivers what waits; a long jump starts over without filling") {
        push(10);
        push(12);
        order.flush([&](std::span<const std::int16_t> f) { got.push_back(f[0]); },
                    [&](std::size_t n) { got.push_back(-static_cast<int>(n)); });
        CHECK(got == std::vector<int>{10, -160, 12});
        push(1000);
        push(1001);
        CHECK(got == std::vector<int>{10, -160, 12, 1000, 1001});
    }
}

TEST_CASE("fax: pdf_to_tiff_f turns a 2-page PDF into TIFF-F with ghostscript", "[fax]") {
    if (!have_ghostscript()) {
        WARN("gs not installed (Debian package ghostscript, ./ctl deps): PDF conversion untested");
        return;
    }
    const auto dir = fs::temp_directory_path() / ("cti_fax_pdf_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto pdf = dir / "two pages.pdf";
    write_pdf(pdf, 2);

    auto tiff = pdf_to_tiff_f(pdf, dir);
    INFO((tiff ? std::string() : tiff.error().message));
    REQUIRE(tiff);
    CHECK(*tiff == dir / "two pages.tif");
    CHECK(check_fax_document(*tiff).value_or(0) == 2);
    const auto pages = read_tiff(*tiff);
    REQUIRE(pages.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        INFO("page " << i + 1);
        CHECK(pages[i].width == 1728);
        CHECK(pages[i].rows.size() > 2000);  // A4 at 196 lines per inch: about 2290 rows
        // The boxes sit about 1.4 inch from the top: black there, white in the lower half.
        CHECK(black_pixels(pages[i], 200, 500) > 0);
        CHECK(black_pixels(pages[i], 1200, pages[i].rows.size()) == 0);
    }
    // Page 2 has two boxes, page 1 one: about twice the black.
    CHECK(black_pixels(pages[1], 0, 600) > black_pixels(pages[0], 0, 600) * 3 / 2);

    SECTION("errors") {
        auto missing = pdf_to_tiff_f(dir / "none.pdf", dir);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().code == cti::Errc::not_found);
        const auto junk = dir / "junk.pdf";
        std::ofstream(junk) << "not a pdf at all\n";
        auto bad = pdf_to_tiff_f(junk, dir);
        REQUIRE_FALSE(bad);
        CHECK(bad.error().code == cti::Errc::invalid_argument);
        CHECK(contains(bad.error().message, "ghostscript"));
        auto no_dir = pdf_to_tiff_f(pdf, dir / "missing");
        REQUIRE_FALSE(no_dir);
        CHECK(no_dir.error().code == cti::Errc::not_found);
    }
    fs::remove_all(dir);
}
