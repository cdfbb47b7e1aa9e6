#pragma once
// The TLS identity of the desktop protocol: a self-signed certificate made on first start, and
// the server-side context. Desktops pin the certificate's SHA-256 fingerprint on first use.
#include <filesystem>
#include <string>

#include <boost/asio/ssl/context.hpp>

#include "cti/core/error.h"

namespace cti::gateway {

// Creates a P-256 key and a self-signed certificate (10 years, CN and subjectAltName from
// host_name plus localhost/127.0.0.1) when either file is missing. The key is written 0600.
// Returns true when it created them.
Result<bool> ensure_self_signed_certificate(const std::filesystem::path& cert_file,
                                            const std::filesystem::path& key_file,
                                            const std::string& host_name);

// "AB:CD:..." (uppercase hex with colons) of the DER certificate's SHA-256.
Result<std::string> certificate_fingerprint(const std::filesystem::path& cert_file);

// TLS 1.2+ server context with the certificate and key loaded.
Result<void> configure_server_context(boost::asio::ssl::context& ctx,
                                      const std::filesystem::path& cert_file,
                                      const std::filesystem::path& key_file);

}  // namespace cti::gateway
