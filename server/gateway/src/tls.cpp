#include "cti/gateway/tls.h"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <cstdio>
#include <memory>

namespace cti::gateway {
namespace {

template <class T, void (*F)(T*)>
struct Deleter {
    void operator()(T* p) const { F(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<FILE, FileCloser>;

Error tls_error(std::string_view doing) {
    return Error{Errc::io_error, fmt::format("{}: OpenSSL error {}", doing, ERR_get_error())};
}

bool add_extension(X509* cert, int nid, const std::string& value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.c_str());
    if (!ext) return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

}  // namespace

Result<bool> ensure_self_signed_certificate(const std::filesystem::path& cert_file,
                                            const std::filesystem::path& key_file,
                                            const std::string& host_name) {
    std::error_code ec;
    if (std::filesystem::exists(cert_file, ec) && std::filesystem::exists(key_file, ec))
        return false;
    std::filesystem::create_directories(cert_file.parent_path(), ec);
    std::filesystem::create_directories(key_file.parent_path(), ec);

    PKey key(EVP_EC_gen("P-256"));
    if (!key) return std::unexpected(tls_error("generating the TLS key"));
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    std::uint64_t serial = 0;
    RAND_bytes(reinterpret_cast<unsigned char*>(&serial), sizeof serial);
    ASN1_INTEGER_set_uint64(X509_get_serialNumber(cert.get()), serial >> 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("cti-server"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(host_name.c_str()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    const std::string san = host_name == "localhost"
                                ? "DNS:localhost,IP:127.0.0.1,IP:::1"
                                : fmt::format("DNS:{},DNS:localhost,IP:127.0.0.1,IP:::1", host_name);
    if (!add_extension(cert.get(), NID_subject_alt_name, san) ||
        !add_extension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !add_extension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return std::unexpected(tls_error("building the TLS certificate"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return std::unexpected(tls_error("signing the TLS certificate"));

    {
        // The key is created 0600 from the start: never readable by others, not even briefly.
        const mode_t old = umask(077);
        File kf(std::fopen(key_file.c_str(), "wb"));
        umask(old);
        if (!kf || PEM_write_PrivateKey(kf.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
            return fail(Errc::io_error, fmt::format("cannot write the TLS key {}: check that the "
                                                    "data folder is writable",
                                                    key_file.string()));
    }
    File cf(std::fopen(cert_file.c_str(), "wb"));
    if (!cf || PEM_write_X509(cf.get(), cert.get()) != 1)
        return fail(Errc::io_error, fmt::format("cannot write the TLS certificate {}: check that "
                                                "the data folder is writable",
                                                cert_file.string()));
    return true;
}

Result<std::string> certificate_fingerprint(const std::filesystem::path& cert_file) {
    File f(std::fopen(cert_file.c_str(), "rb"));
    if (!f) return fail(Errc::io_error, fmt::format("cannot read {}", cert_file.string()));
    X509Ptr cert(PEM_read_X509(f.get(), nullptr, nullptr, nullptr));
    if (!cert) return fail(Errc::io_error, fmt::format("{} is not a PEM certificate", cert_file.string()));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    X509_digest(cert.get(), EVP_sha256(), md, &len);
    std::string out;
    for (unsigned int i = 0; i < len; ++i) {
        if (i) out.push_back(':');
        out += fmt::format("{:02X}", md[i]);
    }
    return out;
}

Result<void> configure_server_context(boost::asio::ssl::context& ctx,
                                      const std::filesystem::path& cert_file,
                                      const std::filesystem::path& key_file) {
    boost::system::error_code ec;
    ctx.set_options(boost::asio::ssl::context::default_workarounds |
                        boost::asio::ssl::context::no_sslv2 | boost::asio::ssl::context::no_sslv3 |
                        boost::asio::ssl::context::no_tlsv1 | boost::asio::ssl::context::no_tlsv1_1 |
                        boost::asio::ssl::context::single_dh_use,
                    ec);
    ctx.use_certificate_chain_file(cert_file.string(), ec);
    if (ec)
        return fail(Errc::config_error, fmt::format("cannot load TLS certificate {}: {}",
                                                    cert_file.string(), ec.message()));
    ctx.use_private_key_file(key_file.string(), boost::asio::ssl::context::pem, ec);
    if (ec)
        return fail(Errc::config_error, fmt::format("cannot load TLS key {}: {}",
                                                    key_file.string(), ec.message()));
    return {};
}

}  // namespace cti::gateway
