#include "cti/lookup/http_lookup.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace cti::lookup {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

std::string url_encode(std::string_view text) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

Result<Url> parse_url(std::string_view url, std::string_view key) {
    constexpr std::string_view scheme = "http://";
    if (!url.starts_with(scheme)) return fail(Errc::config_error, "a lookup URL starts with http://");
    url.remove_prefix(scheme.size());
    Url u;
    const auto slash = url.find('/');
    std::string_view authority = url.substr(0, slash);
    std::string target = slash == std::string_view::npos ? "/" : std::string(url.substr(slash));
    if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        u.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
    }
    if (authority.empty()) return fail(Errc::config_error, "a lookup URL names a host");
    u.host = std::string(authority);
    const auto encoded = url_encode(key);
    for (auto at = target.find("{key}"); at != std::string::npos; at = target.find("{key}", at + encoded.size()))
        target.replace(at, 5, encoded);
    u.target = std::move(target);
    return u;
}

Result<Fields> fields_from_json(std::string_view body) {
    auto doc = nlohmann::json::parse(body, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return fail(Errc::io_error, "the answer is not a JSON object");
    Fields out;
    for (const auto& [k, v] : doc.items()) {
        std::string text = v.is_string() ? v.get<std::string>() : v.dump();
        if (text.size() > kMaxFieldBytes) {
            std::size_t cut = kMaxFieldBytes;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
            text.resize(cut);
            text += "…";
        }
        out[k] = std::move(text);
    }
    return out;
}

namespace {

// One exchange: resolve, connect, GET, read; the stream's deadline covers all of it.
struct Exchange : std::enable_shared_from_this<Exchange> {
    Exchange(asio::any_io_executor ex, std::string name, LookupConfig config, Url url, std::function<void(Answer)> done)
        : resolver(ex), stream(ex), name(std::move(name)), config(std::move(config)), url(std::move(url)),
          done(std::move(done)) {}

    tcp::resolver resolver;
    beast::tcp_stream stream;
    beast::flat_buffer buffer;
    http::request<http::empty_body> request;
    std::optional<http::response_parser<http::string_body>> parser;
    std::string name;
    LookupConfig config;
    Url url;
    std::function<void(Answer)> done;

    void finish(Result<Fields> r) {
        if (!done) return;
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
        auto d = std::move(done);
        done = nullptr;
        d(Answer{name, std::move(r)});
    }
    void failed(const beast::error_code& ec, std::string_view step) {
        if (ec == beast::error::timeout)
            return finish(fail(Errc::unavailable, fmt::format("{} did not answer within {} ms", name, config.timeout_ms)));
        finish(fail(Errc::unavailable, fmt::format("{}: {} failed: {}", name, step, ec.message())));
    }

    void start() {
        stream.expires_after(std::chrono::milliseconds(config.timeout_ms));
        request.method(http::verb::get);
        request.target(url.target);
        request.version(11);
        request.set(http::field::host, url.host);
        request.set(http::field::accept, "application/json");
        request.set(http::field::user_agent, "cti-server");
        parser.emplace();
        parser->body_limit(boost::optional<std::uint64_t>(static_cast<std::uint64_t>(config.max_bytes)));
        resolver.async_resolve(url.host, url.port, [self = shared_from_this()](beast::error_code ec, tcp::resolver::results_type r) {
            if (ec) return self->failed(ec, "resolving the host");
            self->stream.async_connect(r, [self](beast::error_code ec2, const tcp::endpoint&) {
                if (ec2) return self->failed(ec2, "connecting");
                http::async_write(self->stream, self->request, [self](beast::error_code ec3, std::size_t) {
                    if (ec3) return self->failed(ec3, "sending the request");
                    http::async_read(self->stream, self->buffer, *self->parser, [self](beast::error_code ec4, std::size_t) {
                        if (ec4 == http::error::body_limit)
                            return self->finish(fail(Errc::unavailable, fmt::format("{} answered more than {} bytes",
                                                                                    self->name, self->config.max_bytes)));
                        if (ec4) return self->failed(ec4, "reading the answer");
                        const auto& res = self->parser->get();
                        // Checked here too: the parser's own limit did not fire for a body with a
                        // Content-Length in Boost 1.74 (its default 8 MiB cap still bounds the read).
                        if (res.body().size() > self->config.max_bytes)
                            return self->finish(fail(Errc::unavailable, fmt::format("{} answered more than {} bytes",
                                                                                    self->name, self->config.max_bytes)));
                        if (res.result() == http::status::not_found)
                            return self->finish(fail(Errc::not_found, fmt::format("{} knows nothing about it", self->name)));
                        if (res.result_int() != 200)
                            return self->finish(fail(Errc::unavailable, fmt::format("{} answered HTTP {}", self->name,
                                                                                    res.result_int())));
                        auto fields = fields_from_json(res.body());
                        if (!fields)
                            return self->finish(fail(Errc::unavailable, fmt::format("{}: {}", self->name, fields.error().message)));
                        self->finish(std::move(fields));
                    });
                });
            });
        });
    }
};

}  // namespace

HttpLookups::HttpLookups(asio::any_io_executor ex, std::map<std::string, LookupConfig> configs)
    : ex_(std::move(ex)), configs_(std::move(configs)) {}

void HttpLookups::ask(const std::string& name, const std::string& key, std::function<void(Answer)> done) {
    auto it = configs_.find(name);
    if (it == configs_.end()) {
        return asio::post(ex_, [done = std::move(done), name] {
            done(Answer{name, fail(Errc::not_found, fmt::format("no lookup named '{}' is configured", name))});
        });
    }
    auto url = parse_url(it->second.url, key);
    if (!url)
        return asio::post(ex_, [done = std::move(done), name, e = url.error()] { done(Answer{name, std::unexpected(e)}); });
    std::make_shared<Exchange>(ex_, name, it->second, std::move(*url), std::move(done))->start();
}

void HttpLookups::ask_all(const std::string& key, std::function<void(std::vector<Answer>)> done) {
    struct Gather {
        std::vector<Answer> answers;
        std::size_t left = 0;
        std::function<void(std::vector<Answer>)> done;
    };
    if (configs_.empty()) return asio::post(ex_, [done = std::move(done)] { done({}); });
    auto g = std::make_shared<Gather>();
    g->left = configs_.size();
    g->done = std::move(done);
    for (const auto& [name, _] : configs_)
        ask(name, key, [g](Answer a) {
            g->answers.push_back(std::move(a));
            if (--g->left == 0) {
                std::sort(g->answers.begin(), g->answers.end(), [](const Answer& x, const Answer& y) { return x.name < y.name; });
                g->done(std::move(g->answers));
            }
        });
}

}  // namespace cti::lookup
