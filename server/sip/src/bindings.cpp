#include "registrar.h"

#include <algorithm>

namespace cti::sip {

ExpiresDecision decide_expires(std::optional<std::uint32_t> requested, const SipConfig& config) {
    const std::uint32_t asked = requested.value_or(3600);
    if (asked == 0) return {200, 0};
    if (asked < config.register_min_expires_s) return {423, 0};
    return {200, std::min(asked, std::max(config.register_max_expires_s, config.register_min_expires_s))};
}

bool Bindings::upsert(Registration r) {
    std::lock_guard lock(mu_);
    auto it = map_.find(r.extension);
    if (it == map_.end()) {
        map_.emplace(r.extension, std::move(r));
        return true;
    }
    const bool changed = it->second.contact != r.contact || it->second.source.address != r.source.address ||
                         it->second.source.port != r.source.port ||
                         it->second.source.transport != r.source.transport;
    it->second = std::move(r);
    return changed;
}

bool Bindings::remove(const std::string& extension) {
    std::lock_guard lock(mu_);
    return map_.erase(extension) > 0;
}

std::vector<Registration> Bindings::expire(std::chrono::steady_clock::time_point now) {
    std::lock_guard lock(mu_);
    std::vector<Registration> gone;
    for (auto it = map_.begin(); it != map_.end();) {
        if (it->second.expires <= now) {
            gone.push_back(std::move(it->second));
            it = map_.erase(it);
        } else {
            ++it;
        }
    }
    return gone;
}

std::optional<Registration> Bindings::find(const std::string& extension) const {
    std::lock_guard lock(mu_);
    auto it = map_.find(extension);
    if (it == map_.end()) return std::nullopt;
    return it->second;
}

std::vector<Registration> Bindings::all() const {
    std::lock_guard lock(mu_);
    std::vector<Registration> out;
    for (const auto& [k, v] : map_) out.push_back(v);
    return out;
}

std::size_t Bindings::size() const {
    std::lock_guard lock(mu_);
    return map_.size();
}

}  // namespace cti::sip
