#pragma once
// Typed queries over sip_registrations (0017): the registrar's UDP bindings kept across restarts.
#include <cstdint>
#include <string>
#include <vector>

#include "cti/core/error.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct RegistrationRow {
    std::string extension;
    std::string contact;
    std::string source_address;
    int source_port = 0;
    std::string user_agent;
    std::int64_t expires_ms = 0;  // wall clock
};

// Inserts or replaces the extension's binding.
Result<void> save_registration(Database& db, const RegistrationRow& r);
Result<void> delete_registration(Database& db, const std::string& extension);
// Bindings that end after now_ms, by extension (read-only).
Result<std::vector<RegistrationRow>> live_registrations(Database& db, std::int64_t now_ms);
Result<void> delete_expired_registrations(Database& db, std::int64_t now_ms);

}  // namespace cti::storage
