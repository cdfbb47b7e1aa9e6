#pragma once
// The office around work orders: deadline policies (with the role overdue orders escalate to),
// summaries (工单汇总), templates and common phrases, attachments, internal messages and the
// personal call history. SQL over schema/migrations/0007 and 0009.
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"
#include "cti/tickets/customers.h"
#include "cti/tickets/model.h"

namespace cti::tickets {

// ---- deadline policies ----
struct PolicyInfo {
    OrderType type = OrderType::consultation;
    Urgency urgency = Urgency::normal;
    std::int64_t accept_s = 0;
    std::int64_t process_s = 0;
    std::string calendar = "default";
    std::string escalate_role = "team_leader";  // team_leader, supervisor, administrator
};
// Checks (both times 60 s .. 365 days, accept <= process, a known role) and stores.
Result<void> save_policy(storage::Database& db, const PolicyInfo& p);
Result<std::vector<PolicyInfo>> list_policies(storage::Database& db);
// The role an overdue order of this type and urgency escalates to.
Result<std::string> escalate_role(storage::Database& db, OrderType type, Urgency urgency);

// ---- summaries ----
enum class SummaryBy { type, department, state, overdue, satisfaction };
std::optional<SummaryBy> summary_by_from_string(std::string_view s) noexcept;
struct SummaryRow {
    std::string key;
    std::int64_t orders = 0;
    std::int64_t open = 0;
    std::int64_t overdue = 0;
    std::int64_t satisfied = 0;
    std::int64_t unsatisfied = 0;
};
// Orders created in [from_ms, to_ms) (0: open-ended). department: where the order's current or
// last task is ("未派单" when it was never dispatched).
Result<std::vector<SummaryRow>> summarize(storage::Database& db, SummaryBy by, std::int64_t from_ms, std::int64_t to_ms);

// ---- templates and phrases ----
struct PhraseRecord {
    std::int64_t id = 0;
    std::string kind;  // template, phrase
    std::string order_type;
    std::string title;
    std::string text;
    std::optional<UserId> owner;  // empty: shared
};
Result<void> check_phrase(const PhraseRecord& p);
// Inserts (id 0) or updates. Only the owner changes a personal one (the caller checks shared).
Result<PhraseRecord> save_phrase(storage::Database& db, PhraseRecord p, std::int64_t now_ms);
Result<void> remove_phrase(storage::Database& db, std::int64_t id, std::optional<UserId> owner);
Result<std::optional<PhraseRecord>> find_phrase(storage::Database& db, std::int64_t id);
// Shared ones and the user's own, of a kind (empty: both kinds).
Result<std::vector<PhraseRecord>> list_phrases(storage::Database& db, UserId user, std::string_view kind);

// ---- attachments ----
// Below the protocol's default frame limit (1 MiB), which must also carry the message around it.
inline constexpr std::size_t kMaxAttachmentBytes = 768u * 1024;
inline constexpr int kMaxAttachmentsPerOrder = 50;
struct Attachment {
    std::int64_t id = 0;
    TicketId order;
    std::string name;
    std::string mime_type;
    std::int64_t size = 0;
    std::string sha256;  // hex
    std::optional<UserId> uploader;
    std::int64_t created_ms = 0;
};
Result<Attachment> attach(storage::Database& db, TicketId order, std::string_view name, std::string_view mime_type,
                          std::string_view content, std::optional<UserId> uploader, std::int64_t now_ms);
Result<std::vector<Attachment>> list_attachments(storage::Database& db, TicketId order);
Result<std::optional<std::pair<Attachment, std::string>>> read_attachment(storage::Database& db, std::int64_t id);

// ---- internal messages ----
struct Message {
    std::int64_t id = 0;
    UserId from;
    std::optional<UserId> to_user;
    std::optional<DepartmentId> to_department;
    std::string text;
    std::int64_t created_ms = 0;
};
Result<Message> send_message(storage::Database& db, Message m);
// Messages to the user, to the user's department, or from the user; newest first.
Result<std::vector<Message>> messages_for(storage::Database& db, UserId user, std::optional<DepartmentId> department,
                                          int limit);

// ---- personal call history ----
Result<std::vector<CallSummary>> calls_of(storage::Database& db, UserId agent, int limit);

}  // namespace cti::tickets
