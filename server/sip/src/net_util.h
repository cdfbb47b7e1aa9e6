#pragma once
// Socket checks done before sofia-sip binds (a failed nua_create leaks inside sofia-sip, and its
// error says little): is a port free, and a free port for the TLS listener.
#include <cstdint>
#include <string>

namespace cti::sip {

// A free TCP port on the address (the TLS listener when port 0 was asked for); 0 on failure.
std::uint16_t free_tcp_port(const std::string& bind);
// True when both UDP and TCP can bind bind:port now (port 0 is always available).
bool port_available(const std::string& bind, std::uint16_t port);

}  // namespace cti::sip
