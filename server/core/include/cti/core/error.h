#pragma once
// Errors as values at module boundaries: an Error carries a code that programs branch on and a
// message that tells the user what to do.
#include <expected>
#include <string>
#include <system_error>

namespace cti {

enum class Errc {
    ok = 0,
    invalid_argument,
    not_found,
    already_exists,
    permission_denied,
    auth_failed,
    rate_limited,
    unavailable,      // cannot take the work now (storage refusing writes, shutting down)
    storage_corrupt,  // the database file is damaged
    storage_too_new,  // the database was written by a newer server
    io_error,
    config_error,
    internal,
};

const std::error_category& cti_category() noexcept;
std::string_view to_string(Errc e) noexcept;

inline std::error_code make_error_code(Errc e) noexcept {
    return {static_cast<int>(e), cti_category()};
}

struct Error {
    Errc code = Errc::internal;
    std::string message;
};

template <class T = void>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Errc code, std::string message) {
    return std::unexpected(Error{code, std::move(message)});
}

}  // namespace cti

template <>
struct std::is_error_code_enum<cti::Errc> : std::true_type {};
