// RFC 4475 torture messages, sent raw to a running Stack over the transport their top Via names
// (TCP when it says TCP, otherwise UDP: sofia-sip drops a request whose Via transport does not
// match the one it arrived on). The final response is checked against the handling MANIFEST.tsv
// describes; where sofia-sip decides otherwise the entry says EXCEPTION and why. After every
// message the stack must still answer an OPTIONS.
#include <catch2/catch.hpp>

#include <poll.h>

#include <fstream>
#include <map>
#include <sstream>

#include "sip_test_support.h"

using namespace cti::sip;
using namespace cti::sip::test;

namespace {

const std::string kDir = CTI_TESTDATA_DIR "/sip/rfc4475/";

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

class RawSocket {
public:
    RawSocket(bool tcp, std::uint16_t port) : tcp_(tcp) {
        fd_ = socket(AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
        connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~RawSocket() { ::close(fd_); }
    bool send(const std::string& data) {
        return connected_ && ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(data.size());
    }
    // Status codes of the responses received until a final one, or until `quiet` passes without any.
    std::vector<int> responses(std::chrono::milliseconds quiet = 700ms) {
        std::vector<int> codes;
        std::string buffer;
        while (true) {
            pollfd p{fd_, POLLIN, 0};
            if (poll(&p, 1, static_cast<int>(quiet.count())) <= 0) break;
            char buf[65536];
            ssize_t n = recv(fd_, buf, sizeof buf, 0);
            if (n <= 0) break;
            buffer.append(buf, static_cast<std::size_t>(n));
            std::size_t pos;
            while ((pos = buffer.find("SIP/2.0 ")) != std::string::npos && buffer.size() >= pos + 11) {
                codes.push_back(std::atoi(buffer.substr(pos + 8, 3).c_str()));
                buffer.erase(0, pos + 11);
            }
            if (!codes.empty() && codes.back() >= 200) break;
        }
        return codes;
    }

private:
    bool tcp_;
    int fd_ = -1;
    bool connected_ = false;
};

bool options_answered(std::uint16_t port, int n) {
    RawSocket s(false, port);
    const std::string msg =
        "OPTIONS sip:127.0.0.1 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK-torture-" + std::to_string(n) + ";rport\r\n"
        "Max-Forwards: 70\r\nTo: <sip:127.0.0.1>\r\nFrom: <sip:probe@127.0.0.1>;tag=t" + std::to_string(n) + "\r\n"
        "Call-ID: torture-options-" + std::to_string(n) + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    if (!s.send(msg)) return false;
    auto r = s.responses(3000ms);
    return !r.empty() && r.back() == 200;
}

// What we accept per message: a list of final status classes/codes; 0 means "no response" is fine.
// "Accepted" valid INVITEs reach the application (the test's sink rejects them 486) or stop at
// the SDP checks; REGISTERs stop at the digest challenge (401): both prove the message was parsed.
struct Expect {
    std::vector<int> finals;   // acceptable final codes; 0 = no answer acceptable
    const char* note;
};
const std::map<std::string, Expect> kExpect = {
    {"wsinv.dat", {{481}, "valid, but its To has a tag and no such dialog exists: 481 (RFC 3261 12.2.2)"}},
    {"intmeth.dat", {{405, 501, 0}, "EXCEPTION: over TCP sofia-sip does not answer this unknown method (RFC: 501)"}},
    {"esc01.dat", {{486}, "valid INVITE: reaches the application"}},
    {"escnull.dat", {{401}, "valid REGISTER: challenged"}},
    {"esc02.dat", {{501, 405}, "RE%47IST%45R is an unknown method: 501"}},
    {"lwsdisp.dat", {{200}, "valid OPTIONS"}},
    {"longreq.dat", {{486}, "valid INVITE with long headers: reaches the application"}},
    {"dblreq.dat", {{401}, "REGISTER processed (challenged), trailing INVITE ignored"}},
    {"semiuri.dat", {{200}, "valid OPTIONS"}},
    {"transports.dat", {{200}, "valid OPTIONS"}},
    {"mpart01.dat", {{403, 405}, "valid MESSAGE: refused (MESSAGE disabled); the multipart body is never parsed"}},
    {"unreason.dat", {{0}, "a response: nothing to answer"}},
    {"noreason.dat", {{0}, "a response: nothing to answer"}},
    {"badinv01.dat", {{400, 0}, "invalid Via: dropped by sofia-sip (RFC: 400)"}},
    {"clerr.dat", {{400, 0}, "Content-Length larger than the message over UDP: 400"}},
    {"ncl.dat", {{400, 0}, "negative Content-Length: 400"}},
    {"scalar02.dat", {{400, 0}, "overlarge CSeq: 400"}},
    {"scalarlg.dat", {{0}, "a response: dropped"}},
    {"quotbal.dat", {{400, 0}, "unterminated quote: 400"}},
    {"ltgtruri.dat", {{400, 0}, "<> around the Request-URI: 400"}},
    {"lwsruri.dat", {{400, 0}, "LWS in the Request-URI: dropped"}},
    {"lwsstart.dat", {{400, 0, 486}, "EXCEPTION: sofia-sip tolerates multiple SP in the request line (reaches the application)"}},
    {"trws.dat", {{400, 0, 200}, "trailing SP in the request line: sofia-sip accepts (liberal parser, allowed)"}},
    {"escruri.dat", {{400, 0, 486}, "escaped headers in the Request-URI: parsed; we never act on embedded headers"}},
    {"baddate.dat", {{400, 0, 486}, "bad Date time zone: the Date is ignored (allowed)"}},
    {"regbadct.dat", {{400}, "unenclosed Contact with parameters: 400"}},
    {"badaspec.dat", {{400, 0, 200}, "EXCEPTION: sofia-sip accepts spaces in the addr-spec of this OPTIONS"}},
    {"baddn.dat", {{400, 0}, "non-token display name: 400"}},
    {"badvers.dat", {{505, 0}, "EXCEPTION: sofia-sip drops SIP/7.0 instead of answering 505"}},
    {"mismatch01.dat", {{400}, "CSeq method mismatch: 400"}},
    {"mismatch02.dat", {{400, 501}, "unknown method and CSeq mismatch: 400 (allowed)"}},
    {"bigcode.dat", {{0}, "a response with code 4294967301: dropped"}},
    {"badbranch.dat", {{200, 400}, "no branch: handled with the RFC 2543 fallback"}},
    {"insuf.dat", {{400}, "missing required headers: 400"}},
    {"unkscm.dat", {{416}, "unknown URI scheme: 416"}},
    {"novelsc.dat", {{416}, "soap.beep: scheme: 416"}},
    {"unksm2.dat", {{404}, "non-SIP AOR in REGISTER: refused 404 by the registrar"}},
    {"bext01.dat", {{420, 0}, "EXCEPTION: its Via says TLS and it arrives over UDP: sofia-sip drops it (RFC: 420)"}},
    {"invut.dat", {{415}, "unknown Content-Type: 415 + Accept"}},
    {"regaut01.dat", {{401}, "unknown auth scheme: challenged with Digest"}},
    {"multi01.dat", {{400}, "multiple single-value headers: 400"}},
    {"mcl01.dat", {{400}, "multiple Content-Length: 400"}},
    {"bcast.dat", {{0}, "a response: nothing sent anywhere"}},
    {"zeromf.dat", {{200, 483}, "Max-Forwards 0 to a UAS: OPTIONS answered"}},
    {"cparam01.dat", {{401}, "valid REGISTER: challenged"}},
    {"cparam02.dat", {{401}, "valid REGISTER: challenged"}},
    {"regescrt.dat", {{401}, "valid REGISTER: challenged"}},
    {"sdp01.dat", {{406, 488}, "Accept without application/sdp: 406"}},
    {"inv2543.dat", {{486}, "RFC 2543 INVITE: accepted (reaches the application)"}},
};

bool via_is_tcp(const std::string& msg) {
    auto via = msg.find("\nVia");
    if (via == std::string::npos) via = msg.find("\nv:");
    if (via == std::string::npos) return false;
    auto line_end = msg.find('\n', via + 1);
    auto line = msg.substr(via, line_end - via);
    return line.find("TCP") != std::string::npos;
}

}  // namespace

TEST_CASE("RFC 4475 torture messages: expected handling, no crash, still answering", "[sip][torture]") {
    auto dir = test_directory();
    dir.trunks[0].allow_from.push_back("127.0.0.1");  // INVITEs reach the SDP checks and the application
    TestStack t(test_config(), dir);
    REQUIRE(t.stack);
    // The application side: every admitted call is refused 486 at once.
    std::atomic<bool> stop{false};
    std::thread app([&] {
        while (!stop) {
            if (auto in = t.events.wait<IncomingCall>(100ms)) t.stack->reject(in->leg, 486, "Busy Here");
        }
    });

    std::ifstream manifest(kDir + "MANIFEST.tsv");
    REQUIRE(manifest);
    std::string line;
    int n = 0, files = 0;
    while (std::getline(manifest, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::string file = line.substr(0, line.find('\t'));
        ++files;
        const std::string msg = read_all(kDir + file);
        REQUIRE_FALSE(msg.empty());
        auto expect = kExpect.find(file);
        REQUIRE(expect != kExpect.end());
        {
            const bool tcp = via_is_tcp(msg);
            RawSocket s(tcp, t.port());
            REQUIRE(s.send(msg));
            auto codes = s.responses();
            const int final_code = codes.empty() || codes.back() < 200 ? 0 : codes.back();
            INFO(file << (tcp ? " over TCP" : " over UDP") << ": got " << final_code << " (" << expect->second.note << ")");
            const auto& ok = expect->second.finals;
            CHECK(std::find(ok.begin(), ok.end(), final_code) != ok.end());
            CHECK(options_answered(t.port(), ++n));
        }
    }
    CHECK(files == 49);
    stop = true;
    app.join();
}
