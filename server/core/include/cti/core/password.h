#pragma once
// Password hashing with Argon2id (libsodium crypto_pwhash_str). Hashing and verifying are
// deliberately slow (tens of milliseconds, tens of MiB): call them off the core thread.
#include <string>
#include <string_view>

#include "cti/core/error.h"

namespace cti {

enum class PasswordStrength { interactive, moderate, sensitive };

Result<PasswordStrength> password_strength_from_string(std::string_view name);

// Returns the encoded hash ($argon2id$v=19$m=...,t=...,p=1$salt$hash).
Result<std::string> hash_password(std::string_view password, PasswordStrength strength);

// True when password matches. A malformed stored hash is simply a mismatch.
bool verify_password(std::string_view encoded_hash, std::string_view password);

// A valid hash of a random password, used to spend the same time on an unknown user as on a
// wrong password (so that response time does not reveal which logins exist).
const std::string& dummy_password_hash();

// A random password of letters and digits (no look-alikes), for seeded accounts.
std::string random_password(std::size_t length);

// Lowercase hex of random bytes, for session tokens.
std::string random_token_hex(std::size_t bytes);

}  // namespace cti
