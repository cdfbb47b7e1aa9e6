#pragma once
// Work orders in SQLite (schema/migrations/0007_work_orders.sql). Writes run inside the Writer's
// transaction, so an action and its history line and tasks are stored together or not at all.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"
#include "cti/tickets/model.h"
#include "cti/tickets/workflow.h"

namespace cti::tickets {

struct NewOrder {
    OrderType type = OrderType::consultation;
    Urgency urgency = Urgency::normal;
    Channel channel = Channel::phone;
    std::string title;
    std::string content;
    std::string caller_number;
    std::string contact_name;
    std::optional<std::int64_t> customer_id;
    std::optional<CallId> call;
    bool restricted = false;
};

// Limits on what a stranger controls (checked by check_new_order and the gateway).
inline constexpr std::size_t kMaxTitleChars = 200;
inline constexpr std::size_t kMaxContentChars = 20000;
inline constexpr std::size_t kMaxOpinionChars = 4000;
std::size_t utf8_length(std::string_view s);
Result<void> check_new_order(const NewOrder& order);

// Stores the order (state open) with its number and its `create` history line.
Result<Order> create_order(storage::Database& db, const NewOrder& order, const Actor& creator,
                           const Workflow& workflow, std::int64_t now_ms, std::chrono::minutes utc_offset);
Result<std::optional<Order>> load_order(storage::Database& db, TicketId id);
Result<std::optional<Order>> load_order_by_number(storage::Database& db, std::string_view number);
// Writes the order's row and tasks as `apply` left them, and the history line.
Result<void> save_outcome(storage::Database& db, Order& order, const ActionRecord& record);
Result<std::vector<ActionRecord>> order_history(storage::Database& db, TicketId id);

struct SearchQuery {
    std::string text;                // full text (Chinese and other scripts); empty: filters only
    std::optional<OrderType> type;
    std::optional<OrderState> state;
    std::optional<DepartmentId> department;  // an open task there
    std::string caller_number;       // exact
    std::int64_t from_ms = 0;        // created in [from_ms, to_ms); 0: open-ended
    std::int64_t to_ms = 0;
    int limit = 50;                  // 1..200
    bool restricted_visible = false; // the searcher may see restricted complainants
};
inline constexpr std::size_t kMaxQueryBytes = 400;
// Ranked by relevance (bm25) among the newest 2,000 matches, then newest first: a bounded cost
// on a million orders, and on a hotline the recent orders are the ones asked about. A search for
// one Chinese character lists the newest matches first, unranked (README "Search at scale").
Result<std::vector<Order>> search_orders(storage::Database& db, const SearchQuery& query);

// My to-do (待办): orders with an open task for me or my department, and, for call-center staff,
// the orders back at the call center (returned, answered) that they registered or their
// department did. Overdue first, then by the nearest deadline.
Result<std::vector<Order>> workbench(storage::Database& db, const Actor& actor, int limit);
// Orders whose deadlines still run (dispatched, processing).
Result<std::vector<Order>> active_orders(storage::Database& db);

// Workflows and policies.
Result<int> save_workflow(storage::Database& db, std::string_view name, std::string_view definition,
                          std::optional<UserId> author, std::int64_t now_ms);
struct StoredWorkflow {
    int version = 0;
    std::string definition;
};
Result<std::optional<StoredWorkflow>> find_workflow(storage::Database& db, std::string_view name,
                                                    std::optional<int> version = std::nullopt);
Result<void> set_default_workflow(storage::Database& db, OrderType type, std::string_view workflow);
Result<std::string> default_workflow_name(storage::Database& db, OrderType type);  // "default" when none
// The workflow an order uses: its stored definition resolved against the directory, or the
// built-in one.
Result<Workflow> workflow_for(storage::Database& db, std::string_view name, std::optional<int> version);

struct PolicyRow {
    DeadlinePolicy policy;
    std::string calendar;
};
Result<PolicyRow> deadline_policy(storage::Database& db, OrderType type, Urgency urgency);
Result<DirectoryNames> directory_names(storage::Database& db);

}  // namespace cti::tickets

namespace cti::tickets {

// Display names by id, for what the desktops show (departments, users).
struct NameBook {
    std::map<std::int64_t, std::string> departments;
    std::map<std::int64_t, std::string> users;
};
Result<NameBook> name_book(storage::Database& db);

// The calendar deadlines are counted on, by name; a name with no calendar stored gives 7×24
// (every minute counts) rather than no deadline at all.
Result<BusinessCalendar> deadline_calendar(storage::Database& db, std::string_view name);

}  // namespace cti::tickets
