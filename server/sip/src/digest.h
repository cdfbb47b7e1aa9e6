#pragma once
// HTTP digest authentication for SIP (RFC 2617 / RFC 7616, MD5 with qop=auth; RFC 3261 22.4),
// as pure functions over plain data, and the server's nonces: HMAC(secret, timestamp), so the
// registrar keeps no state per challenge, plus a record of the nonce counts already used so a
// captured Authorization header cannot be replayed.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cti::sip {

std::string md5_hex(std::string_view data);

// The parameters of one "Digest ..." credentials header (Authorization / Proxy-Authorization).
struct DigestCredentials {
    std::string username, realm, nonce, uri, response, algorithm, cnonce, opaque, qop, nc;
};
// Parses name=value / name="value" pairs as sofia-sip splits them (one string per parameter).
DigestCredentials parse_digest_params(const std::vector<std::string_view>& params);

// The expected "response" for credentials: MD5(HA1:nonce:nc:cnonce:qop:MD5(method:uri)), or
// MD5(HA1:nonce:MD5(method:uri)) without qop (RFC 2069 compatibility).
std::string digest_response(std::string_view ha1, std::string_view method, const DigestCredentials& c);
bool constant_time_equal(std::string_view a, std::string_view b);

enum class NonceCheck { valid, stale, invalid, replayed };

// Nonces are hex(timestamp) + hex(HMAC-SHA256(secret, timestamp:realm)[0..16)). A nonce older
// than the lifetime is stale (the phone retries silently with the new one); a nonce count (nc)
// already seen for a nonce is a replay. Not thread-safe: used on the SIP thread only.
class NonceService {
public:
    using Clock = std::chrono::steady_clock;
    NonceService(std::string realm, std::chrono::seconds lifetime);  // random secret
    NonceService(std::string realm, std::chrono::seconds lifetime, std::string secret);

    std::string issue(Clock::time_point now) const;
    // Checks the nonce and, if it is valid, records nc (hex, as sent; empty without qop, and then
    // the nonce is good for one request only).
    NonceCheck check_and_use(std::string_view nonce, std::string_view nc, Clock::time_point now);
    void prune(Clock::time_point now);
    std::size_t tracked() const { return used_.size(); }

private:
    std::string mac(std::uint64_t ts) const;
    std::string realm_;
    std::chrono::seconds lifetime_;
    std::string secret_;
    std::map<std::string, std::uint64_t, std::less<>> used_;  // nonce -> highest nc used
};

}  // namespace cti::sip
