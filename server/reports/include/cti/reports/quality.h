#pragma once
// Call recordings for quality review (质检): search by number, agent, time and work order, and
// the scoring form (0018 recording_scores; every scoring kept, the newest is the score).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::reports {

struct RecordingRow {
    std::int64_t recording_id = 0;
    CallId call;
    std::string caller, callee, agent;  // agent: login, empty if none
    std::int64_t started_ms = 0, duration_ms = 0;
    std::string order_no, error;
    int score = -1;  // -1: not scored
};

struct RecordingSearch {
    std::string number;  // digits the caller or callee contains
    std::optional<UserId> agent;
    std::int64_t from_ms = 0, to_ms = 0;
    std::string order_no;
    int limit = 100;
};

// Checks the search (digits only, 1..500 rows, from before to) and runs it, newest first.
Result<std::vector<RecordingRow>> search_recordings(storage::Database& db, const RecordingSearch& s);

// The scoring form's items and each one's maximum (together 100).
struct ScoreItemSpec {
    std::string_view item;
    int max_points;
};
std::vector<ScoreItemSpec> score_items();

// Checks the items (known, each at most once, 0..max) and the comment (up to 500 characters);
// the total is their sum. Pure.
Result<int> score_total(const std::vector<std::pair<std::string, int>>& items, std::string_view comment);

// Stores a scoring of a recording; returns the recording as listed, with its new score.
Result<RecordingRow> score_recording(storage::Database& db, std::int64_t recording_id,
                                     const std::vector<std::pair<std::string, int>>& items, std::string_view comment,
                                     UserId scorer, std::int64_t now_ms);

}  // namespace cti::reports
