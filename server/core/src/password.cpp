#include "cti/core/password.h"

#include <sodium.h>

#include <stdexcept>

namespace cti {
namespace {

void ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

}  // namespace

Result<PasswordStrength> password_strength_from_string(std::string_view name) {
    if (name == "interactive") return PasswordStrength::interactive;
    if (name == "moderate") return PasswordStrength::moderate;
    if (name == "sensitive") return PasswordStrength::sensitive;
    return fail(Errc::invalid_argument, "password strength must be interactive, moderate or sensitive");
}

Result<std::string> hash_password(std::string_view password, PasswordStrength strength) {
    ensure_sodium();
    unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    std::size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (strength == PasswordStrength::moderate) {
        ops = crypto_pwhash_OPSLIMIT_MODERATE;
        mem = crypto_pwhash_MEMLIMIT_MODERATE;
    } else if (strength == PasswordStrength::sensitive) {
        ops = crypto_pwhash_OPSLIMIT_SENSITIVE;
        mem = crypto_pwhash_MEMLIMIT_SENSITIVE;
    }
    char out[crypto_pwhash_STRBYTES];
    // crypto_pwhash_str_alg with ALG_ARGON2ID13 states the algorithm instead of relying on the
    // library default.
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(Errc::unavailable, "not enough memory to hash the password; try again");
    return std::string(out);
}

bool verify_password(std::string_view encoded_hash, std::string_view password) {
    ensure_sodium();
    if (encoded_hash.empty() || encoded_hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string terminated(encoded_hash);
    return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

const std::string& dummy_password_hash() {
    static const std::string hash =
        hash_password(random_password(24), PasswordStrength::interactive).value();
    return hash;
}

std::string random_password(std::size_t length) {
    ensure_sodium();
    static constexpr std::string_view alphabet =
        "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    out.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        out.push_back(alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))]);
    return out;
}

std::string random_token_hex(std::size_t bytes) {
    ensure_sodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                   raw.size());
    hex.pop_back();
    return hex;
}

}  // namespace cti
