#pragma once
// Typed queries over the faxes table (0016). Plain functions over a Database.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::storage {

struct FaxRecord {
    std::int64_t id = 0;
    std::string direction = "send";  // send, receive
    std::string number;              // send: the number dialled; receive: the caller
    std::optional<CallId> call;      // the last call that carried it
    std::string state = "queued";    // queued, dialling, sending, done, failed, received
    std::string path;                // relative to the data folder
    std::string file_name;
    int document_pages = 0;
    int pages = 0;
    int attempts = 0;
    std::int64_t retry_at_ms = 0;
    std::string reason;
    std::optional<UserId> user;
    std::int64_t created_ms = 0;
    std::int64_t updated_ms = 0;
};
// Inserts with f.id when it is non-zero (the FaxService numbers faxes itself), else a new id.
Result<std::int64_t> insert_fax(Database& db, const FaxRecord& f);
// Everything but the id, direction, created_ms and user.
Result<void> update_fax(Database& db, const FaxRecord& f);
Result<std::optional<FaxRecord>> find_fax(Database& db, std::int64_t id);
Result<std::int64_t> max_fax_id(Database& db);
// Newest first; empty direction: both.
Result<std::vector<FaxRecord>> list_faxes(Database& db, std::string_view direction, int limit);
// Faxes to send that have not ended (queued, dialling, sending), oldest first: restored at start.
Result<std::vector<FaxRecord>> unfinished_faxes(Database& db);

}  // namespace cti::storage
