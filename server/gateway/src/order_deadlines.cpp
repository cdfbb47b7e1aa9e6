// The deadline watcher: escalates work orders whose accept or process deadline has passed.
#include <boost/asio/post.hpp>

#include "cti/core/logging.h"
#include "cti/gateway/hub.h"
#include "cti/gateway/orders.h"
#include "cti/gateway/roles.h"
#include "cti/tickets/office.h"

namespace cti::gateway {

namespace {
// The longest the timer sleeps before it looks at the wall clock again (clock steps).
constexpr auto kMaxSleep = std::chrono::seconds(60);

auto log() {
    static auto l = cti::logger("orders");
    return l;
}

struct Escalated {
    std::vector<tickets::Outcome> outcomes;
    tickets::NameBook names;
    std::optional<tickets::Order> order;  // as stored after the escalations
    std::string escalate_role = "team_leader";
};
}  // namespace

OrderDeadlines::OrderDeadlines(Hub& hub) : hub_(hub), timer_(hub.services().core) {}

Result<void> OrderDeadlines::start() {
    auto active = tickets::active_orders(hub_.services().reader);
    if (!active) return std::unexpected(active.error());
    for (const auto& o : *active) track(o);
    log()->info("order deadlines: following {} orders", by_order_.size());
    return {};
}

void OrderDeadlines::track(const tickets::Order& o) {
    if (stopped_) return;
    if (auto it = by_order_.find(o.id); it != by_order_.end()) {
        auto [b, e] = due_.equal_range(it->second);
        for (auto d = b; d != e; ++d)
            if (d->second == o.id) {
                due_.erase(d);
                break;
            }
        by_order_.erase(it);
    }
    const auto next = tickets::next_deadline_ms(o);
    if (next == 0) return;
    due_.emplace(next, o.id);
    by_order_.emplace(o.id, next);
    if (!firing_) arm();
}

void OrderDeadlines::stop() {
    stopped_ = true;
    timer_.cancel();
    due_.clear();
    by_order_.clear();
}

void OrderDeadlines::arm() {
    if (stopped_ || due_.empty()) {
        timer_.cancel();
        return;
    }
    const auto now = to_unix_ms(hub_.services().clock.wall_now());
    const auto wait = std::chrono::milliseconds(std::max<std::int64_t>(0, due_.begin()->first - now));
    timer_.expires_after(std::min<std::chrono::steady_clock::duration>(wait, kMaxSleep));
    timer_.async_wait([this](const boost::system::error_code& ec) {
        if (!ec) fire();
    });
}

void OrderDeadlines::fire() {
    const auto now = to_unix_ms(hub_.services().clock.wall_now());
    std::vector<TicketId> due;
    while (!due_.empty() && due_.begin()->first <= now) {
        due.push_back(due_.begin()->second);
        by_order_.erase(due_.begin()->second);
        due_.erase(due_.begin());
    }
    if (due.empty()) return arm();  // woke up early (the one-minute look at the clock)
    firing_ = true;
    for (auto id : due) {
        auto result = std::make_shared<Escalated>();
        hub_.services().writer.submit(
            [id, now, result](storage::Database& db) -> Result<void> {
                auto o = tickets::load_order(db, id);
                if (!o) return std::unexpected(o.error());
                if (!*o) return {};
                for (auto& out : tickets::escalations(**o, now)) {
                    out.order.tasks = (*o)->tasks;
                    if (auto r = tickets::save_outcome(db, out.order, out.record); !r) return r;
                    **o = out.order;
                    result->outcomes.push_back(std::move(out));
                }
                result->order = **o;
                auto role = tickets::escalate_role(db, (*o)->type, (*o)->urgency);
                if (!role) return std::unexpected(role.error());
                result->escalate_role = *role;
                auto names = tickets::name_book(db);
                if (!names) return std::unexpected(names.error());
                result->names = std::move(*names);
                return {};
            },
            [this, ex = hub_.services().core, result, id](Result<void> r) {
                boost::asio::post(ex, [this, result, id, r] {
                    if (stopped_) return;
                    if (!r) {
                        log()->error("escalating order {} failed: {}", id.value(), r.error().message);
                        return;
                    }
                    for (const auto& out : result->outcomes) {
                        log()->warn("order {} overdue ({}), escalated", out.order.number, out.record.opinion);
                        publish_order(hub_, out.order, out.record, out.notify, "overdue", result->names,
                                      role_from_string(result->escalate_role));
                    }
                    if (result->order) track(*result->order);
                });
            });
    }
    firing_ = false;
    arm();
}

}  // namespace cti::gateway
