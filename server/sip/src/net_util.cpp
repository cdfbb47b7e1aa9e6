#include "net_util.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cti::sip {
namespace {

// Binds a socket of the type on bind:port; returns the bound port, 0 on failure.
std::uint16_t try_bind(const std::string& bind, std::uint16_t port, int type) {
    const bool v6 = bind.find(':') != std::string::npos;
    int fd = socket(v6 ? AF_INET6 : AF_INET, type, 0);
    if (fd < 0) return 0;
    int one = 1;
    if (type == SOCK_STREAM) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    std::uint16_t bound = 0;
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        if (inet_pton(AF_INET6, bind.c_str(), &a->sin6_addr) != 1) a->sin6_addr = in6addr_any;
        len = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        if (inet_pton(AF_INET, bind.c_str(), &a->sin_addr) != 1) a->sin_addr.s_addr = htonl(INADDR_ANY);
        len = sizeof *a;
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0)
        bound = ntohs(v6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
    ::close(fd);
    return bound;
}

}  // namespace

std::uint16_t free_tcp_port(const std::string& bind) { return try_bind(bind, 0, SOCK_STREAM); }

bool port_available(const std::string& bind, std::uint16_t port) {
    if (port == 0) return true;
    return try_bind(bind, port, SOCK_DGRAM) != 0 && try_bind(bind, port, SOCK_STREAM) != 0;
}

}  // namespace cti::sip
