#pragma once
// One check per migration, by number: a row written to and read back from each table the
// migration made, through the typed queries (migration_checks.cpp). migrate_test runs them on a
// new database and on databases brought up from every older schema.
#include <functional>
#include <map>

#include "cti/storage/database.h"

namespace cti::storage_checks {

const std::map<int, std::function<void(storage::Database&)>>& migration_checks();

}  // namespace cti::storage_checks
