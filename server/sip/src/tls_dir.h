#pragma once
// sofia-sip's TLS transport reads its certificate from a directory (TPTAG_CERTIFICATE /
// NUTAG_CERTIFICATE_DIR) holding agent.pem = private key + certificate chain (and optionally
// cafile.pem). We build that directory, readable by us only, from the configured files.
#include <cstdint>
#include <string>

#include "cti/core/error.h"

namespace cti::sip {

Result<std::string> make_tls_dir(const std::string& cert_file, const std::string& key_file);
void remove_tls_dir(const std::string& dir);

}  // namespace cti::sip
