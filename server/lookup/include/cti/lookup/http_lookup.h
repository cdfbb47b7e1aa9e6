#pragma once
// Lookups in outside systems (billing, installation...) over HTTP with a JSON answer, each
// configured as [lookups.<name>] (core/config.h). Asynchronous on the caller's executor: a slow
// or dead outside system costs the caller its timeout, never a blocked thread.
#include <boost/asio/any_io_executor.hpp>

#include <functional>
#include <map>
#include <string>

#include "cti/core/config.h"
#include "cti/core/error.h"

namespace cti::lookup {

using Fields = std::map<std::string, std::string>;

// One system's answer: its JSON object's top-level fields as text (nested values as JSON), or
// why there is none.
struct Answer {
    std::string name;
    Result<Fields> fields = Fields{};
};

// http://host[:port]/path?query → parts; {key} is replaced by the URL-encoded key.
struct Url {
    std::string host;
    std::string port = "80";
    std::string target = "/";
};
Result<Url> parse_url(std::string_view url, std::string_view key);
std::string url_encode(std::string_view text);
// The JSON object's fields as text; an answer that is not a JSON object is an error. A field's
// text is cut at kMaxFieldBytes (at a character boundary, "…" added): a screen pop needs no more,
// and a nested value's text can be many times longer than the reply wrote it (25E8 reads back as
// 2500000000.0), so a small reply must not become a large one.
inline constexpr std::size_t kMaxFieldBytes = 4096;
Result<Fields> fields_from_json(std::string_view body);

class HttpLookups {
public:
    HttpLookups(boost::asio::any_io_executor ex, std::map<std::string, LookupConfig> configs);
    bool empty() const { return configs_.empty(); }
    // Asks one system; done runs on the executor exactly once.
    void ask(const std::string& name, const std::string& key, std::function<void(Answer)> done);
    // Asks every configured system at once; done gets all answers (in name order) when the last
    // one is in or has timed out.
    void ask_all(const std::string& key, std::function<void(std::vector<Answer>)> done);

private:
    boost::asio::any_io_executor ex_;
    std::map<std::string, LookupConfig> configs_;
};

}  // namespace cti::lookup
