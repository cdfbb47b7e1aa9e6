#include "digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "cti/sip/stack.h"

namespace cti::sip {
namespace {

std::string to_hex(const unsigned char* p, std::size_t n) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i) {
        out += kHex[p[i] >> 4];
        out += kHex[p[i] & 15];
    }
    return out;
}

std::string unquote(std::string_view v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        std::string out;
        for (std::size_t i = 1; i + 1 < v.size(); ++i) {
            if (v[i] == '\\' && i + 2 < v.size()) ++i;
            out += v[i];
        }
        return out;
    }
    return std::string(v);
}

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

constexpr std::size_t kTsHex = 16;
constexpr std::size_t kMacHex = 32;
constexpr std::size_t kMaxTrackedNonces = 200000;

}  // namespace

std::string md5_hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(data.data(), data.size(), digest, &len, EVP_md5(), nullptr);
    return to_hex(digest, len);
}

std::string digest_ha1(std::string_view user, std::string_view realm, std::string_view password) {
    return md5_hex(fmt::format("{}:{}:{}", user, realm, password));
}

DigestCredentials parse_digest_params(const std::vector<std::string_view>& params) {
    DigestCredentials c;
    for (auto p : params) {
        auto eq = p.find('=');
        if (eq == std::string_view::npos) continue;
        auto name = p.substr(0, eq);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        auto value = p.substr(eq + 1);
        while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
        std::string v = unquote(value);
        if (iequals(name, "username")) c.username = v;
        else if (iequals(name, "realm")) c.realm = v;
        else if (iequals(name, "nonce")) c.nonce = v;
        else if (iequals(name, "uri")) c.uri = v;
        else if (iequals(name, "response")) c.response = v;
        else if (iequals(name, "algorithm")) c.algorithm = v;
        else if (iequals(name, "cnonce")) c.cnonce = v;
        else if (iequals(name, "opaque")) c.opaque = v;
        else if (iequals(name, "qop")) c.qop = v;
        else if (iequals(name, "nc")) c.nc = v;
    }
    return c;
}

std::string digest_response(std::string_view ha1, std::string_view method, const DigestCredentials& c) {
    const std::string ha2 = md5_hex(fmt::format("{}:{}", method, c.uri));
    if (c.qop.empty()) return md5_hex(fmt::format("{}:{}:{}", ha1, c.nonce, ha2));
    return md5_hex(fmt::format("{}:{}:{}:{}:{}:{}", ha1, c.nonce, c.nc, c.cnonce, c.qop, ha2));
}

bool constant_time_equal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

NonceService::NonceService(std::string realm, std::chrono::seconds lifetime)
    : realm_(std::move(realm)), lifetime_(lifetime) {
    unsigned char key[32];
    RAND_bytes(key, sizeof key);
    secret_.assign(reinterpret_cast<const char*>(key), sizeof key);
}

NonceService::NonceService(std::string realm, std::chrono::seconds lifetime, std::string secret)
    : realm_(std::move(realm)), lifetime_(lifetime), secret_(std::move(secret)) {}

std::string NonceService::mac(std::uint64_t ts) const {
    const std::string data = fmt::format("{:016x}:{}", ts, realm_);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), secret_.data(), static_cast<int>(secret_.size()),
         reinterpret_cast<const unsigned char*>(data.data()), data.size(), out, &len);
    return to_hex(out, std::min<unsigned>(len, kMacHex / 2));
}

std::string NonceService::issue(Clock::time_point now) const {
    const auto ts = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
    return fmt::format("{:016x}{}", ts, mac(ts));
}

NonceCheck NonceService::check_and_use(std::string_view nonce, std::string_view nc, Clock::time_point now) {
    if (nonce.size() != kTsHex + kMacHex) return NonceCheck::invalid;
    std::uint64_t ts = 0;
    auto [p, ec] = std::from_chars(nonce.data(), nonce.data() + kTsHex, ts, 16);
    if (ec != std::errc{} || p != nonce.data() + kTsHex) return NonceCheck::invalid;
    if (!constant_time_equal(nonce.substr(kTsHex), mac(ts))) return NonceCheck::invalid;
    const auto issued = Clock::time_point(std::chrono::milliseconds(ts));
    if (issued > now + std::chrono::seconds(1)) return NonceCheck::invalid;
    if (now - issued > lifetime_) return NonceCheck::stale;

    std::uint64_t count = 0;
    if (!nc.empty()) {
        auto [q, ec2] = std::from_chars(nc.data(), nc.data() + nc.size(), count, 16);
        if (ec2 != std::errc{} || q != nc.data() + nc.size() || count == 0 || nc.size() > 8)
            return NonceCheck::invalid;
    }
    auto it = used_.find(nonce);
    if (it != used_.end()) {
        if (nc.empty() || count <= it->second) return NonceCheck::replayed;
        it->second = count;
        return NonceCheck::valid;
    }
    if (used_.size() >= kMaxTrackedNonces) prune(now);
    if (used_.size() >= kMaxTrackedNonces) return NonceCheck::stale;  // memory bound: ask for a new one
    used_.emplace(std::string(nonce), count);
    return NonceCheck::valid;
}

void NonceService::prune(Clock::time_point now) {
    for (auto it = used_.begin(); it != used_.end();) {
        std::uint64_t ts = 0;
        std::from_chars(it->first.data(), it->first.data() + kTsHex, ts, 16);
        const auto issued = Clock::time_point(std::chrono::milliseconds(ts));
        it = (now - issued > lifetime_) ? used_.erase(it) : std::next(it);
    }
}

}  // namespace cti::sip
