#include "cti/client/fingerprint.h"

#include <openssl/evp.h>

#include <array>
#include <cctype>

namespace cti::client {
namespace {

constexpr std::size_t kDigestBytes = 32;
constexpr char kHexDigits[] = "0123456789ABCDEF";

bool starts_with_icase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

std::string with_colons(std::string_view upper_hex) {
    std::string out;
    out.reserve(upper_hex.size() * 3 / 2);
    for (std::size_t i = 0; i < upper_hex.size(); i += 2) {
        if (i) out.push_back(':');
        out.append(upper_hex.substr(i, 2));
    }
    return out;
}

}  // namespace

std::optional<std::string> normalize_fingerprint(std::string_view text) {
    if (starts_with_icase(text, kFingerprintPrefix)) text.remove_prefix(kFingerprintPrefix.size());
    std::string hex;
    hex.reserve(kDigestBytes * 2);
    for (char c : text) {
        if (c == ':') continue;
        if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
        hex.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (hex.size() != kDigestBytes * 2) return std::nullopt;
    return with_colons(hex);
}

std::string fingerprint_of_der(std::string_view der) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    EVP_Digest(der.data(), der.size(), digest.data(), &length, EVP_sha256(), nullptr);
    std::string hex;
    hex.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        hex.push_back(kHexDigits[digest[i] >> 4]);
        hex.push_back(kHexDigits[digest[i] & 0x0f]);
    }
    return with_colons(hex);
}

}  // namespace cti::client
