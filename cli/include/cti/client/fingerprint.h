#pragma once
// SHA-256 certificate fingerprints in the form people compare by eye and that
// `openssl x509 -noout -fingerprint -sha256` and cti-server print: "AB:CD:...:EF" (uppercase hex
// pairs separated by colons). cti-cli shows them as "SHA256:AB:CD:..." (the --pin syntax).
#include <optional>
#include <string>
#include <string_view>

namespace cti::client {

inline constexpr std::string_view kFingerprintPrefix = "SHA256:";

// Accepts what a user may paste: an optional "SHA256:" prefix (any case), then 64 hex digits in
// any case, with or without colons between them. Returns the canonical "AB:CD:..." form, or
// nullopt when the text is not a SHA-256 fingerprint.
std::optional<std::string> normalize_fingerprint(std::string_view text);

// The canonical fingerprint of a DER-encoded certificate (SHA-256 over the DER bytes).
std::string fingerprint_of_der(std::string_view der);

}  // namespace cti::client
