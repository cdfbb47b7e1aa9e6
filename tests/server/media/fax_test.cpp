// Fax over G.711 against an independent fax machine (FaxPeer: its own socket, RTP and spandsp
// terminal) in real time over 127.0.0.1: the engine sends a 2-page TIFF-F and the far end's file
// holds the same rows, the engine receives one the same way, and a far end that never answers
// ends with a failed FaxDone at the job's timeout. Each real fax takes 20-40 s.
#include <iostream>

#include "fax_test_support.h"
#include "test_support.h"

using namespace cti::media;
using namespace cti::media::test;
using namespace cti::media::fax_test;

namespace {

using SteadyClock = std::chrono::steady_clock;
constexpr auto fax_deadline = 120s;  // two small pages take 20-40 s; generous for a loaded machine
constexpr std::uint32_t page_rows = 200;  // about 1 inch at 196 dpi: quick, yet a real page

std::vector<Page> document() { return {pattern_page(1, page_rows), pattern_page(2, page_rows)}; }

// An engine with one session whose peer is the fax machine `peer`.
struct FaxRig {
    EventLog log;
    std::unique_ptr<Engine> engine;
    SessionInfo session;

    FaxRig(const FaxPeer& peer, Codec codec) {
        auto e = Engine::start(test_options(), log.sink());
        REQUIRE(e);
        engine = std::move(*e);
        auto s = engine->open_session();
        REQUIRE(s);
        session = *s;
        RemotePeer remote;
        remote.address = "127.0.0.1";
        remote.port = peer.port();
        remote.codec = codec;
        engine->set_remote(session.id, remote);
    }

    std::optional<FaxDone> await_done(FaxId id, std::chrono::seconds limit) {
        const auto end = SteadyClock::now() + limit;
        while (SteadyClock::now() < end) {
            // EventLog::wait gives up after its 10 s deadline; a fax takes longer: wait again.
            log.wait([&](const std::vector<Event>& ev) {
                return std::ranges::any_of(ev, [&](const Event& e) {
                    auto* d = std::get_if<FaxDone>(&e);
                    return d && d->fax == id;
                });
            });
            for (auto& d : log.of<FaxDone>())
                if (d.fax == id) return d;
        }
        return std::nullopt;
    }
    std::size_t done_count(FaxId id) {
        return static_cast<std::size_t>(std::ranges::count_if(
            log.of<FaxDone>(), [&](const FaxDone& d) { return d.fax == id; }));
    }
};

double seconds_since(SteadyClock::time_point t) {
    return std::chrono::duration<double>(SteadyClock::now() - t).count();
}

// Rows equal one by one (a diff names the first row that differs).
void check_same_rows(const Page& got, const Page& want, std::size_t got_offset) {
    REQUIRE(got.width == want.width);
    REQUIRE(got.rows.size() == want.rows.size() + got_offset);
    for (std::size_t r = 0; r < want.rows.size(); ++r) {
        INFO("row " << r);
        REQUIRE(got.rows[r + got_offset] == want.rows[r]);
    }
}

}  // namespace

TEST_CASE("fax: the engine sends a 2-page TIFF-F to an independent spandsp receiver over RTP",
          "[fax]") {
    const auto doc = temp_file("send_doc");
    const auto received = temp_file("send_received");
    const auto pages = document();
    write_tiff(doc, pages);
    fs::remove(received);

    FaxPeer peer({FaxPeer::Role::receive, false, false, received});
    FaxRig rig(peer, Codec::pcmu);
    peer.start(rig.session.local_port);
    const auto started = SteadyClock::now();
    auto fax = rig.engine->start_fax(
        rig.session.id, FaxJob::send(doc, "+86 10 5555 0100", "cti fax test"));
    REQUIRE(fax);

    const auto done = rig.await_done(*fax, fax_deadline);
    REQUIRE(done);
    const double took = seconds_since(started);
    std::cout << "fax sent by the engine: 2 pages in " << took << " s\n";
    INFO("reason: " << done->reason);
    CHECK(done->ok);
    CHECK(done->pages == 2);
    CHECK(done->reason.empty());
    CHECK(done->session == rig.session.id);
    CHECK(done->path == doc.string());

    const auto far = peer.wait_done(30s);
    REQUIRE(far);
    CHECK(far->code == T30_ERR_OK);
    CHECK(far->pages == 2);
    CHECK(far->far_ident == "+86 10 5555 0100");  // our TSI reached the far end

    // The far end's file: each page is the page header spandsp prints (16 font rows, doubled at
    // fine resolution) above exactly the rows we sent.
    const auto got = read_tiff(received);
    REQUIRE(got.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        INFO("page " << i + 1);
        REQUIRE(got[i].rows.size() > pages[i].rows.size());
        const std::size_t header_rows = got[i].rows.size() - pages[i].rows.size();
        CHECK(header_rows == 32);
        CHECK(black_pixels(got[i], 0, header_rows) > 0);  // the header line is printed
        check_same_rows(got[i], pages[i], header_rows);
    }
    CHECK(rig.engine->stats().faxes == 0);
    fs::remove(doc);
    fs::remove(received);
}

TEST_CASE("fax: the engine receives a 2-page fax from an independent spandsp sender over RTP",
          "[fax]") {
    const auto doc = temp_file("recv_doc");
    const auto received = temp_file("recv_received");
    const auto pages = document();
    write_tiff(doc, pages);
    fs::remove(received);

    // A-law this time, the far end dialled us (it is the calling station), and its network
    // swaps a pair of packets every second: the engine puts them back in order.
    FaxPeer::Options o{FaxPeer::Role::send, true, true, doc, "+1 555 0199"};
    o.reorder = true;
    FaxPeer peer(o);
    FaxRig rig(peer, Codec::pcma);
    auto fax = rig.engine->start_fax(rig.session.id, FaxJob::receive(received, "+86 10 5555 0200"));
    REQUIRE(fax);
    const auto started = SteadyClock::now();
    peer.start(rig.session.local_port);

    const auto done = rig.await_done(*fax, fax_deadline);
    REQUIRE(done);
    std::cout << "fax received by the engine: 2 pages in " << seconds_since(started) << " s\n";
    INFO("reason: " << done->reason);
    CHECK(done->ok);
    CHECK(done->pages == 2);
    CHECK(done->path == received.string());
    const auto far = peer.wait_done(30s);
    REQUIRE(far);
    CHECK(far->code == T30_ERR_OK);
    CHECK(far->far_ident == "+86 10 5555 0200");  // our CSI

    // No header from this sender: the pages are exactly the rows sent.
    const auto got = read_tiff(received);
    REQUIRE(got.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        INFO("page " << i + 1);
        check_same_rows(got[i], pages[i], 0);
    }
    fs::remove(doc);
    fs::remove(received);
}

TEST_CASE("fax: a far end that only sends silence ends with a failed FaxDone at the job's timeout",
          "[fax]") {
    const auto doc = temp_file("silent_doc");
    write_tiff(doc, document());
    FaxPeer peer({FaxPeer::Role::silent});
    FaxRig rig(peer, Codec::pcmu);
    peer.start(rig.session.local_port);
    auto job = FaxJob::send(doc);
    job.timeout = 4s;
    const auto started = SteadyClock::now();
    auto fax = rig.engine->start_fax(rig.session.id, job);
    REQUIRE(fax);

    const auto done = rig.await_done(*fax, 30s);
    REQUIRE(done);
    const double took = seconds_since(started);
    CHECK_FALSE(done->ok);
    CHECK(done->pages == 0);
    CHECK(done->reason == "fax did not finish within 4 s");
    CHECK(took >= 3.9);
    CHECK(took < 10);

    // What the engine sent meanwhile: one continuous RTP stream (one SSRC, sequence +1,
    // timestamp +160) carrying the calling station's CNG, 1100 Hz (T.30 5.1.2).
    const auto headers = peer.received_headers();
    REQUIRE(headers.size() > 100);
    for (std::size_t i = 1; i < headers.size(); ++i) {
        INFO("packet " << i);
        REQUIRE(headers[i].payload_type == 0);
        REQUIRE(headers[i].ssrc == headers[0].ssrc);
        REQUIRE(headers[i].seq == static_cast<std::uint16_t>(headers[i - 1].seq + 1));
        REQUIRE(headers[i].ts - headers[i - 1].ts == 160u);
    }
    const auto audio = peer.received_audio();
    double best = 0;
    for (std::size_t at = 0; at + 800 <= audio.size(); at += 400) {
        best = std::max(best, tone_power(std::span(audio).subspan(at, 800), 1100));
    }
    CHECK(best > 1e5);  // a CNG burst, not silence
    CHECK(rig.engine->stats().faxes == 0);
    fs::remove(doc);
}

TEST_CASE("fax: a far end that cannot take the page fails the fax with T.30's reason", "[fax]") {
    // A B4 page (2048 pixels) to a machine that prints A4 only.
    const auto doc = temp_file("b4_doc");
    Page b4{2048, std::vector<std::vector<std::uint8_t>>(100, std::vector<std::uint8_t>(256, 0))};
    for (auto& row : b4.rows) row[10] = 0xff;
    write_tiff(doc, {b4});
    const auto received = temp_file("b4_received");
    FaxPeer::Options o{FaxPeer::Role::receive, false, false, received};
    o.widths = T30_SUPPORT_215MM_WIDTH;
    FaxPeer peer(o);
    FaxRig rig(peer, Codec::pcmu);
    peer.start(rig.session.local_port);
    const auto started = SteadyClock::now();
    auto fax = rig.engine->start_fax(rig.session.id, FaxJob::send(doc));
    REQUIRE(fax);
    const auto done = rig.await_done(*fax, fax_deadline);
    REQUIRE(done);
    std::cout << "B4 page refused after " << seconds_since(started) << " s: " << done->reason
              << "\n";
    CHECK_FALSE(done->ok);
    CHECK(done->pages == 0);
    CHECK(done->reason == t30_completion_code_to_str(T30_ERR_NOSIZESUPPORT));
    fs::remove(doc);
    fs::remove(received);
}
