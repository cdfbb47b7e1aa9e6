#pragma once
// Customers (客户): profile, phones, labels, VIP level, blacklist, account opening and closing
// (开户/销户) with a generated customer number, the number segments (号段) that name the
// department responsible for a caller, and what the screen pop shows about a caller.
#include <optional>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"
#include "cti/tickets/model.h"

namespace cti::tickets {

// A service account (户号) of the customer: electricity, water, gas...
struct CustomerAccount {
    std::string account_no;
    std::string kind;
    std::string address;
    friend bool operator==(const CustomerAccount&, const CustomerAccount&) = default;
};
struct CustomerContact {
    std::string name;
    std::string phone;
    std::string relation;  // 本人, 家属, 物业...
    friend bool operator==(const CustomerContact&, const CustomerContact&) = default;
};

struct Customer {
    std::int64_t id = 0;
    std::string number;  // KH + local date + sequence
    std::string name;
    std::string address;
    int vip_level = 0;   // 0: none; 1: green channel (ahead of everyone in queues)
    bool blacklisted = false;
    std::vector<std::string> labels;
    std::vector<std::string> phones;
    std::vector<CustomerAccount> accounts;
    std::vector<CustomerContact> contacts;
    bool closed = false;
    std::int64_t created_ms = 0;
    std::int64_t closed_ms = 0;
};

struct CustomerFields {
    std::string name;
    std::string address;
    std::vector<std::string> phones;
    std::vector<std::string> labels;
    int vip_level = 0;
    bool blacklisted = false;
    std::vector<CustomerAccount> accounts;
    std::vector<CustomerContact> contacts;
};
// Names the problems: a name of 1 to 100 characters, 1 to 10 phones of digits (and a leading +),
// up to 20 labels of up to 30 characters, VIP level 0..9, up to 20 accounts (number 1..32
// letters/digits) and 20 contacts.
Result<void> check_customer(const CustomerFields& fields);

Result<Customer> open_account(storage::Database& db, const CustomerFields& fields, std::int64_t now_ms,
                              std::chrono::minutes utc_offset);
Result<Customer> update_customer(storage::Database& db, std::int64_t id, const CustomerFields& fields);
Result<Customer> close_account(storage::Database& db, std::int64_t id, std::int64_t now_ms);
Result<std::optional<Customer>> find_customer(storage::Database& db, std::int64_t id);
Result<std::optional<Customer>> find_customer_by_number(storage::Database& db, std::string_view number);
// The active customer with this phone (the most recently opened when several share it).
Result<std::optional<Customer>> find_customer_by_phone(storage::Database& db, std::string_view phone);
// The customer an account number (户号) belongs to, active or not.
Result<std::optional<Customer>> find_customer_by_account(storage::Database& db, std::string_view account_no);

// 号段: the longest prefix of the number that has a department.
Result<void> set_number_segment(storage::Database& db, std::string_view prefix, std::optional<DepartmentId> department);
Result<std::optional<DepartmentId>> department_for_number(storage::Database& db, std::string_view number);

struct CallSummary {
    CallId id;
    std::string direction;
    std::string caller;
    std::string callee;
    std::int64_t started_ms = 0;
    std::int64_t answered_ms = 0;
    std::int64_t ended_ms = 0;
    std::optional<UserId> agent;
};

// Everything the screen pop shows about a caller, read in one go.
struct CallerProfile {
    std::optional<Customer> customer;
    std::optional<DepartmentId> responsible;  // from the number segments
    std::vector<CallSummary> recent_calls;    // newest first, at most 10
    std::vector<Order> recent_orders;         // newest first, at most 10 (by phone or customer)
};
Result<CallerProfile> caller_profile(storage::Database& db, std::string_view phone);

}  // namespace cti::tickets
