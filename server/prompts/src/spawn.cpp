#include "spawn.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

extern char** environ;

namespace cti::prompts {
namespace {

// Waits for `pid` at most `timeout`: true when it exited (status filled). A pidfd (Linux 5.3)
// makes the wait a poll; without one, waitpid is polled every 10 ms.
bool wait_child(pid_t pid, std::chrono::milliseconds timeout, int& status) {
    const int pidfd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        pollfd p{pidfd, POLLIN, 0};
        int r;
        do {
            r = ::poll(&p, 1, static_cast<int>(timeout.count()));
        } while (r < 0 && errno == EINTR);
        ::close(pidfd);
        if (r <= 0) return false;
        return ::waitpid(pid, &status, 0) == pid;
    }
    const auto end = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid) return true;
        if (r < 0 || std::chrono::steady_clock::now() >= end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

}  // namespace

Result<int> run_process(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
    if (argv.empty()) return fail(Errc::invalid_argument, "no program to run");
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    for (int fd : {0, 1, 2}) {
        posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
    }
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        return fail(Errc::unavailable, "cannot run '" + argv[0] + "': " + std::strerror(rc) +
                                           "; install it (Debian package espeak-ng, ./ctl deps)");
    }
    int status = 0;
    if (!wait_child(pid, timeout, status)) {
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &status, 0);
        return fail(Errc::io_error, "'" + argv[0] + "' did not finish within " +
                                        std::to_string(timeout.count()) +
                                        " ms and was stopped; shorten the text or raise the timeout");
    }
    if (WIFSIGNALED(status)) {
        return fail(Errc::io_error, "'" + argv[0] + "' died of signal " +
                                        std::to_string(WTERMSIG(status)));
    }
    return WEXITSTATUS(status);
}

}  // namespace cti::prompts
