#pragma once
// One table per enum of the names logs, the protocol and the desktops use, read both ways.
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace cti {

template <class E, std::size_t N>
using NameTable = std::array<std::pair<E, std::string_view>, N>;

template <class E, std::size_t N>
std::string_view name_of(const NameTable<E, N>& t, E v) noexcept {
    for (const auto& [e, n] : t)
        if (e == v) return n;
    return "?";
}

template <class E, std::size_t N>
std::optional<E> value_of(const NameTable<E, N>& t, std::string_view s) noexcept {
    for (const auto& [e, n] : t)
        if (n == s) return e;
    return std::nullopt;
}

}  // namespace cti
