#pragma once
// A throwaway self-signed certificate, made like cti-server makes its own (P-256, CA:FALSE,
// SAN localhost and 127.0.0.1), so that the client's verification meets what it will meet.
#include <string>

namespace cti::cli::test {

class TestCertificate {
public:
    // `subject_alt_names` in OpenSSL's config syntax.
    explicit TestCertificate(const std::string& subject_alt_names = "DNS:localhost,IP:127.0.0.1");

    const std::string& cert_pem() const { return cert_pem_; }
    const std::string& key_pem() const { return key_pem_; }
    // "AB:CD:..." computed with OpenSSL's X509_digest, independently of the client's code.
    const std::string& fingerprint() const { return fingerprint_; }

private:
    std::string cert_pem_;
    std::string key_pem_;
    std::string fingerprint_;
};

}  // namespace cti::cli::test
