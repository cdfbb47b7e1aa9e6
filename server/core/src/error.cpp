#include "cti/core/error.h"

#include <array>
#include <utility>

namespace cti {
namespace {

struct ErrcName {
    Errc code;
    std::string_view name;
};

// The one name table of Errc, used by logs and the protocol mapping.
constexpr std::array kNames{
    ErrcName{Errc::ok, "ok"},
    ErrcName{Errc::invalid_argument, "invalid_argument"},
    ErrcName{Errc::not_found, "not_found"},
    ErrcName{Errc::already_exists, "already_exists"},
    ErrcName{Errc::permission_denied, "permission_denied"},
    ErrcName{Errc::auth_failed, "auth_failed"},
    ErrcName{Errc::rate_limited, "rate_limited"},
    ErrcName{Errc::unavailable, "unavailable"},
    ErrcName{Errc::storage_corrupt, "storage_corrupt"},
    ErrcName{Errc::storage_too_new, "storage_too_new"},
    ErrcName{Errc::io_error, "io_error"},
    ErrcName{Errc::config_error, "config_error"},
    ErrcName{Errc::internal, "internal"},
};

class Category final : public std::error_category {
public:
    const char* name() const noexcept override { return "cti"; }
    std::string message(int v) const override {
        return std::string(to_string(static_cast<Errc>(v)));
    }
};

}  // namespace

std::string_view to_string(Errc e) noexcept {
    for (const auto& n : kNames)
        if (n.code == e) return n.name;
    return "unknown";
}

const std::error_category& cti_category() noexcept {
    static const Category category;
    return category;
}

}  // namespace cti
