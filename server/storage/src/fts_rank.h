#pragma once
// bm25_sampled(): an FTS5 ranking function registered on every connection (fts_rank.cpp says why).
struct sqlite3;

namespace cti::storage {

// An SQLite result code.
int register_fts_rank(sqlite3* db);

}  // namespace cti::storage
