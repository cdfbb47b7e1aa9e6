#include "cti/core/logging.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>

namespace cti {
namespace {

// Writes the log message as the contents of a JSON string (quotes, backslashes and control
// characters escaped), so that the json format yields one valid object per line.
class JsonEscapedMessage final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&,
                spdlog::memory_buf_t& dest) override {
        for (char c : std::string_view(msg.payload.data(), msg.payload.size())) {
            switch (c) {
                case '"': dest.append(std::string_view("\\\"")); break;
                case '\\': dest.append(std::string_view("\\\\")); break;
                case '\n': dest.append(std::string_view("\\n")); break;
                case '\r': dest.append(std::string_view("\\r")); break;
                case '\t': dest.append(std::string_view("\\t")); break;
                default:
                    if (static_cast<unsigned char>(c) < 0x20) {
                        static constexpr char hex[] = "0123456789abcdef";
                        const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xf],
                                            hex[c & 0xf]};
                        dest.append(esc, esc + sizeof esc);
                    } else {
                        dest.push_back(c);
                    }
            }
        }
    }
    std::unique_ptr<custom_flag_formatter> clone() const override {
        return std::make_unique<JsonEscapedMessage>();
    }
};

std::mutex g_mutex;
spdlog::sink_ptr g_sink;
spdlog::level::level_enum g_level = spdlog::level::info;
bool g_json = false;

void apply_format(spdlog::logger& l) {
    if (g_json) {
        auto f = std::make_unique<spdlog::pattern_formatter>();
        f->add_flag<JsonEscapedMessage>('J').set_pattern(
            R"({"ts":"%Y-%m-%dT%H:%M:%S.%e%z","level":"%l","module":"%n","msg":"%J"})");
        l.set_formatter(std::move(f));
    } else {
        l.set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
    }
    l.set_level(g_level);
}

}  // namespace

void setup_logging(const LogConfig& config) {
    std::lock_guard lock(g_mutex);
    if (!g_sink) g_sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    g_level = spdlog::level::from_str(config.level);
    g_json = config.format == "json";
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { apply_format(*l); });
}

std::shared_ptr<spdlog::logger> logger(std::string_view module) {
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(std::string(module))) return existing;
    if (!g_sink) g_sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    auto l = std::make_shared<spdlog::logger>(std::string(module), g_sink);
    apply_format(*l);
    spdlog::register_logger(l);
    return l;
}

}  // namespace cti
