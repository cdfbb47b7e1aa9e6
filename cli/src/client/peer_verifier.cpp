#include "peer_verifier.h"

#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include "cti/client/fingerprint.h"

namespace cti::client::detail {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;

namespace {

bool is_ip_address(const std::string& host) {
    boost::system::error_code ec;
    asio::ip::make_address(host, ec);
    return !ec;
}

std::string der_fingerprint(X509* cert) {
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0) return {};
    std::string out = fingerprint_of_der(std::string_view(reinterpret_cast<const char*>(der),
                                                          static_cast<std::size_t>(length)));
    OPENSSL_free(der);
    return out;
}

// Where a user finds the certificate to pass with --ca: the server writes it there on first start.
constexpr std::string_view kWhereIsTheCertificate = "<data>/tls/server.crt on the server";

}  // namespace

std::expected<std::unique_ptr<PeerVerifier>, ClientError> PeerVerifier::create(const ClientOptions& options) {
    Mode mode = Mode::system;
    std::string pin;
    if (!options.verify) {
        mode = Mode::none;
    } else if (!options.pin_sha256.empty()) {
        auto normalized = normalize_fingerprint(options.pin_sha256);
        if (!normalized)
            return std::unexpected(ClientError{
                ErrorKind::tls, wire::ERROR_UNSPECIFIED,
                "the pin '" + options.pin_sha256 +
                    "' is not a SHA-256 fingerprint: give 64 hex digits, colons optional, e.g. "
                    "SHA256:AB:CD:...:EF"});
        mode = Mode::pin;
        pin = *normalized;
    } else if (!options.ca_file.empty()) {
        mode = Mode::ca_file;
    }

    std::unique_ptr<PeerVerifier> verifier(new PeerVerifier(options, mode, std::move(pin)));
    boost::system::error_code ec;
    if (mode == Mode::ca_file) {
        verifier->context_.load_verify_file(options.ca_file, ec);
        if (ec)
            return std::unexpected(ClientError{
                ErrorKind::tls, wire::ERROR_UNSPECIFIED,
                "cannot load the CA file " + options.ca_file + " (" + ec.message() +
                    "): give a PEM certificate such as " + std::string(kWhereIsTheCertificate)});
    } else if (mode == Mode::system) {
        verifier->context_.set_default_verify_paths(ec);
        if (ec)
            return std::unexpected(ClientError{ErrorKind::tls, wire::ERROR_UNSPECIFIED,
                                               "cannot load the system trust store (" + ec.message() +
                                                   "): pass --ca FILE or --pin SHA256:..."});
    }
    return verifier;
}

PeerVerifier::PeerVerifier(const ClientOptions& options, Mode mode, std::string pin)
    : mode_(mode), host_(options.host), pin_(std::move(pin)), context_(ssl::context::tls_client) {
    // The protocol allows TLS 1.2 and 1.3 only.
    context_.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                         ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
}

void PeerVerifier::prepare(Stream& stream) {
    SSL* ssl_handle = stream.native_handle();
    const bool ip = is_ip_address(host_);
    // SNI carries names only (RFC 6066 section 3).
    if (!ip) SSL_set_tlsext_host_name(ssl_handle, host_.c_str());
    if (mode_ == Mode::ca_file || mode_ == Mode::system) {
        // OpenSSL checks the name during chain verification, so a mismatch reaches on_verify
        // with its own reason ("hostname mismatch", "IP address mismatch").
        if (ip)
            X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl_handle), host_.c_str());
        else
            SSL_set1_host(ssl_handle, host_.c_str());
    }
    // Pin mode verifies too: with verify_none OpenSSL would ignore the callback's verdict.
    stream.set_verify_mode(mode_ == Mode::none ? ssl::verify_none : ssl::verify_peer);
    stream.set_verify_callback(
        [this](bool preverified, ssl::verify_context& ctx) { return on_verify(preverified, ctx); });
}

bool PeerVerifier::on_verify(bool preverified, ssl::verify_context& ctx) {
    X509_STORE_CTX* store = ctx.native_handle();
    if (peer_fingerprint_.empty()) {
        // get0_cert is the leaf whatever depth this call is about.
        if (X509* leaf = X509_STORE_CTX_get0_cert(store)) peer_fingerprint_ = der_fingerprint(leaf);
    }
    switch (mode_) {
        case Mode::none: return true;
        case Mode::pin:
            // The pin names the exact certificate: chain, issuer and dates do not matter.
            if (peer_fingerprint_ == pin_) return true;
            rejected_ = true;
            return false;
        case Mode::ca_file:
        case Mode::system:
            if (preverified) return true;
            rejected_ = true;
            if (reason_.empty())
                reason_ = X509_verify_cert_error_string(X509_STORE_CTX_get_error(store));
            return false;
    }
    return false;
}

std::string PeerVerifier::rejection_message() const {
    const std::string seen = peer_fingerprint_.empty()
                                 ? std::string("unknown")
                                 : std::string(kFingerprintPrefix) + peer_fingerprint_;
    if (mode_ == Mode::pin)
        return "the server's certificate (fingerprint " + seen + ") does not match --pin " +
               std::string(kFingerprintPrefix) + pin_ +
               "; if the server's certificate was replaced on purpose, check its fingerprint (" +
               std::string(kWhereIsTheCertificate) + ") and pass --pin " + seen +
               ", or pass --ca FILE with that certificate";
    return "the server's certificate is not trusted (" + (reason_.empty() ? "verification failed" : reason_) +
           "); its SHA-256 fingerprint is " + seen +
           ". If that is your server, pass --ca FILE with its certificate (" +
           std::string(kWhereIsTheCertificate) + ") or --pin " + seen;
}

}  // namespace cti::client::detail
