#pragma once
// Shared helpers of the SIP tests: a thread-safe event queue with wait-with-deadline, SIPp as a
// child process, free ports, a Stack on 127.0.0.1 with a small directory.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <arpa/inet.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cti/sip/stack.h"

namespace cti::sip::test {

using namespace std::chrono_literals;

inline const std::string kScenarios = CTI_SOURCE_DIR "/tests/server/sip/scenarios/";

class EventQueue {
public:
    void push(Event e) {
        {
            std::lock_guard l(mu_);
            events_.push_back(std::move(e));
        }
        cv_.notify_all();
    }
    // Waits for the first event of type T that satisfies pred; removes and returns it.
    template <class T, class Pred>
    std::optional<T> wait(Pred pred, std::chrono::milliseconds timeout = 15s) {
        std::unique_lock l(mu_);
        std::optional<T> found;
        cv_.wait_for(l, timeout, [&] {
            for (auto it = events_.begin(); it != events_.end(); ++it) {
                if (auto* t = std::get_if<T>(&*it); t && pred(*t)) {
                    found = *t;
                    events_.erase(it);
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    template <class T>
    std::optional<T> wait(std::chrono::milliseconds timeout = 15s) {
        return wait<T>([](const T&) { return true; }, timeout);
    }
    template <class T>
    std::size_t count() {
        std::lock_guard l(mu_);
        std::size_t n = 0;
        for (auto& e : events_) n += std::holds_alternative<T>(e);
        return n;
    }

private:
    std::mutex mu_;
    std::condition_variable cv_;
    std::deque<Event> events_;
};

inline std::uint16_t free_udp_port(const char* ip = "127.0.0.1") {
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    inet_pton(AF_INET, ip, &a.sin_addr);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t len = sizeof a;
    getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

// True once something (a SIPp UAS we started) has bound the UDP port; bounded by the deadline.
// SIPp gives no readiness signal, so its socket is the thing to wait for.
inline bool wait_udp_port_bound(std::uint16_t port, std::chrono::milliseconds timeout = 10s, const char* ip = "127.0.0.1") {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        int fd = socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        inet_pton(AF_INET, ip, &a.sin_addr);
        const bool free = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
        ::close(fd);
        if (!free) return true;
        std::this_thread::sleep_for(10ms);
    }
    return false;
}

// SIPp as a child process; its output goes to a log file named after the scenario.
class Sipp {
public:
    explicit Sipp(std::vector<std::string> args) {
        static int counter = 0;
        dir_ = std::filesystem::path(CTI_BINARY_DIR) / "sipp-logs";
        std::filesystem::create_directories(dir_);
        log_ = (dir_ / ("sipp-" + std::to_string(getpid()) + "-" + std::to_string(++counter) + ".log")).string();
        args.insert(args.begin(), "sipp");
        const bool has_timeout = std::find(args.begin(), args.end(), "-timeout") != args.end();
        for (const char* extra : {"-nostdin", "-trace_err", "-timeout_error", "-max_recv_loops", "1000"})
            args.emplace_back(extra);
        if (!has_timeout) {
            args.emplace_back("-timeout");
            args.emplace_back("25s");
        }
        pid_ = fork();
        if (pid_ == 0) {
            if (chdir(dir_.c_str()) != 0) _exit(126);
            int fd = open(log_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0) {
                dup2(fd, 1);
                dup2(fd, 2);
            }
            std::vector<char*> argv;
            for (auto& a : args) argv.push_back(a.data());
            argv.push_back(nullptr);
            execvp("sipp", argv.data());
            _exit(127);
        }
    }
    Sipp(const Sipp&) = delete;
    ~Sipp() {
        if (pid_ > 0 && !waited_) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    // Blocks until SIPp exits (its -timeout bounds this); returns its exit code.
    int wait() {
        if (waited_) return code_;
        int status = 0;
        waitpid(pid_, &status, 0);
        waited_ = true;
        code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        return code_;
    }
    const std::string& log() const { return log_; }
    // SIGSTOP: SIPp keeps its socket but answers nothing (a peer gone without a trace: no ICMP).
    void freeze() { if (pid_ > 0 && !waited_) kill(pid_, SIGSTOP); }

private:
    std::filesystem::path dir_;
    std::string log_;
    pid_t pid_ = -1;
    bool waited_ = false;
    int code_ = -1;
};

inline std::vector<std::string> sipp_args(const std::string& scenario, std::uint16_t server_port,
                                          std::vector<std::string> more) {
    std::vector<std::string> a{"127.0.0.1:" + std::to_string(server_port), "-sf", kScenarios + scenario};
    a.insert(a.end(), more.begin(), more.end());
    return a;
}

inline int run_sipp(const std::string& scenario, std::uint16_t server_port, std::vector<std::string> more) {
    Sipp s(sipp_args(scenario, server_port, std::move(more)));
    return s.wait();
}

inline Directory test_directory(const std::string& realm = "cti") {
    Directory d;
    for (const char* ext : {"1001", "1002", "1003"}) {
        ExtensionEntry e;
        e.extension = ext;
        e.ha1 = digest_ha1(ext, realm, std::string("secret") + ext);
        d.extensions.emplace(ext, e);
    }
    TrunkEntry t;
    t.trunk_id = 7;
    t.name = "carrier";
    t.host = "127.0.0.3";
    t.port = 5060;
    t.allow_from = {"127.0.0.3/32", "2001:db8::/32"};
    t.dial_prefix = "9";
    d.trunks.push_back(t);
    return d;
}

inline SipConfig test_config() {
    SipConfig c;
    c.bind = "127.0.0.1";
    c.port = 0;
    return c;
}

inline SessionDescription local_sdp(std::uint16_t port = 40000) {
    SessionDescription s;
    s.session_id = 42;
    s.session_version = 1;
    s.origin_address = "127.0.0.1";
    s.audio.address = "127.0.0.1";
    s.audio.port = port;
    s.audio.payload_types = {8, 0};
    s.audio.telephone_event_pt = 101;
    return s;
}

struct TestStack {
    EventQueue events;
    std::unique_ptr<Stack> stack;

    explicit TestStack(SipConfig config = test_config(), Directory dir = test_directory(), std::uint32_t max_calls = 0,
                       std::vector<Registration> restored = {}) {
        Stack::Options o;
        o.config = std::move(config);
        o.max_calls = max_calls;
        o.restored = std::move(restored);
        auto r = Stack::start(std::move(o), std::move(dir), [this](Event e) { events.push(std::move(e)); });
        if (r) stack = std::move(*r);
    }
    std::uint16_t port() const { return stack->port(); }
};

}  // namespace cti::sip::test
