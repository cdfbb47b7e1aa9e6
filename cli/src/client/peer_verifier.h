#pragma once
// Decides whether the server's certificate is the one the user meant to reach, in one of four
// modes chosen from ClientOptions: a CA file, a pinned fingerprint, the system trust store, or
// none (verify = false). It owns the TLS context and records the server's fingerprint during the
// handshake so that a refusal can tell the user exactly what to pass (--ca or --pin).
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>

#include <expected>
#include <memory>
#include <string>

#include "cti/client/client.h"

namespace cti::client::detail {

class PeerVerifier {
public:
    using Stream = boost::asio::ssl::stream<boost::asio::ip::tcp::socket>;

    // Errors: a CA file that cannot be loaded, a pin that is not a SHA-256 fingerprint.
    static std::expected<std::unique_ptr<PeerVerifier>, ClientError> create(const ClientOptions& options);

    boost::asio::ssl::context& context() { return context_; }

    // Before the handshake: SNI, the expected host name, the verify mode and callback. The
    // callback refers to this object, which must outlive the handshake.
    void prepare(Stream& stream);

    // After a failed handshake: whether the certificate was the reason, and the message.
    bool rejected() const { return rejected_; }
    std::string rejection_message() const;

    // "AB:CD:..." of the server's leaf certificate, once the handshake has seen it.
    const std::string& peer_fingerprint() const { return peer_fingerprint_; }

private:
    enum class Mode { ca_file, pin, system, none };

    PeerVerifier(const ClientOptions& options, Mode mode, std::string pin);
    bool on_verify(bool preverified, boost::asio::ssl::verify_context& ctx);

    Mode mode_;
    std::string host_;
    std::string pin_;
    boost::asio::ssl::context context_;
    std::string peer_fingerprint_;
    std::string reason_;
    bool rejected_ = false;
};

}  // namespace cti::client::detail
