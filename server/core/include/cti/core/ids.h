#pragma once
// Strong id types: a CallId cannot be passed where a UserId is expected.
#include <compare>
#include <cstdint>
#include <functional>
#include <string>

namespace cti {

template <class Tag, class Rep = std::int64_t>
class StrongId {
public:
    using rep_type = Rep;
    constexpr StrongId() = default;
    constexpr explicit StrongId(Rep v) : value_(std::move(v)) {}
    constexpr const Rep& value() const { return value_; }
    constexpr explicit operator bool() const
        requires std::is_integral_v<Rep>
    { return value_ != Rep{}; }
    friend constexpr auto operator<=>(const StrongId&, const StrongId&) = default;

private:
    Rep value_{};
};

using UserId = StrongId<struct UserIdTag>;
using DepartmentId = StrongId<struct DepartmentIdTag>;
using QueueId = StrongId<struct QueueIdTag>;
using AnnouncementId = StrongId<struct AnnouncementIdTag>;
using CallId = StrongId<struct CallIdTag>;
using TicketId = StrongId<struct TicketIdTag>;
using SessionId = StrongId<struct SessionIdTag, std::uint64_t>;

}  // namespace cti

template <class Tag, class Rep>
struct std::hash<cti::StrongId<Tag, Rep>> {
    std::size_t operator()(const cti::StrongId<Tag, Rep>& id) const noexcept {
        return std::hash<Rep>{}(id.value());
    }
};
