// Recording search and scoring (质检).
#include "cti/reports/quality.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace cti::reports {

namespace {
constexpr std::array<ScoreItemSpec, 5> kItems{{{"greeting", 10},
                                               {"accuracy", 30},
                                               {"attitude", 20},
                                               {"compliance", 20},
                                               {"resolution", 20}}};

constexpr std::string_view kSelect =
    "SELECT r.recording_id, r.call_id, coalesce(c.caller, '') AS caller, coalesce(c.callee, '') AS callee, "
    "coalesce(u.login, '') AS agent, r.started_ms, r.ended_ms - r.started_ms AS duration_ms, "
    "coalesce((SELECT o.number FROM work_orders o WHERE o.call_id = r.call_id ORDER BY o.order_id LIMIT 1), '') "
    "AS order_no, r.error, coalesce((SELECT s.total FROM recording_scores s WHERE s.recording_id = r.recording_id "
    "ORDER BY s.score_id DESC LIMIT 1), -1) AS score "
    "FROM recordings r LEFT JOIN calls c ON c.call_id = r.call_id LEFT JOIN users u ON u.user_id = c.agent_id ";

RecordingRow row_of(const storage::Statement& s) {
    return {s.get_int("recording_id"), CallId(s.get_int("call_id")), s.get_text("caller"), s.get_text("callee"),
            s.get_text("agent"), s.get_int("started_ms"), s.get_int("duration_ms"), s.get_text("order_no"),
            s.get_text("error"), static_cast<int>(s.get_int("score"))};
}

std::size_t utf8_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}
}  // namespace

Result<std::vector<RecordingRow>> search_recordings(storage::Database& db, const RecordingSearch& q) {
    if (q.number.size() > 32 || !std::all_of(q.number.begin(), q.number.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return fail(Errc::invalid_argument, "search a number by its digits (up to 32)");
    if (q.order_no.size() > 32) return fail(Errc::invalid_argument, "a work order number has up to 32 characters");
    if (q.limit < 1 || q.limit > 500) return fail(Errc::invalid_argument, "ask for 1 to 500 recordings");
    if (q.from_ms < 0 || (q.to_ms != 0 && q.to_ms <= q.from_ms))
        return fail(Errc::invalid_argument, "the search's start must be before its end");
    auto s = db.prepare(std::string(kSelect) +
                        "WHERE r.started_ms >= :from AND (:to = 0 OR r.started_ms < :to) "
                        "AND (:number = '' OR instr(c.caller, :number) > 0 OR instr(c.callee, :number) > 0) "
                        "AND (:agent = 0 OR c.agent_id = :agent) "
                        "AND (:order = '' OR EXISTS (SELECT 1 FROM work_orders o WHERE o.call_id = r.call_id "
                        "AND o.number = :order)) ORDER BY r.started_ms DESC, r.recording_id DESC LIMIT :limit");
    if (!s) return std::unexpected(s.error());
    s->bind(":from", q.from_ms).bind(":to", q.to_ms).bind(":number", q.number);
    s->bind(":agent", q.agent ? q.agent->value() : 0).bind(":order", q.order_no).bind(":limit", q.limit);
    return storage::collect_rows<RecordingRow>(*s, row_of);
}

std::vector<ScoreItemSpec> score_items() { return {kItems.begin(), kItems.end()}; }

Result<int> score_total(const std::vector<std::pair<std::string, int>>& items, std::string_view comment) {
    if (items.empty()) return fail(Errc::invalid_argument, "score at least one item");
    if (utf8_chars(comment) > 500) return fail(Errc::invalid_argument, "a comment has up to 500 characters");
    int total = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& [item, points] = items[i];
        auto spec = std::find_if(kItems.begin(), kItems.end(), [&](const ScoreItemSpec& s) { return s.item == item; });
        if (spec == kItems.end())
            return fail(Errc::invalid_argument,
                        fmt::format("unknown score item \"{}\" (greeting, accuracy, attitude, compliance, resolution)", item));
        for (std::size_t j = 0; j < i; ++j)
            if (items[j].first == item) return fail(Errc::invalid_argument, fmt::format("{} is scored twice", item));
        if (points < 0 || points > spec->max_points)
            return fail(Errc::invalid_argument, fmt::format("{} takes 0 to {} points", item, spec->max_points));
        total += points;
    }
    return total;
}

Result<RecordingRow> score_recording(storage::Database& db, std::int64_t recording_id,
                                     const std::vector<std::pair<std::string, int>>& items, std::string_view comment,
                                     UserId scorer, std::int64_t now_ms) {
    auto total = score_total(items, comment);
    if (!total) return std::unexpected(total.error());
    auto find = db.prepare(std::string(kSelect) + "WHERE r.recording_id = :id");
    if (!find) return std::unexpected(find.error());
    find->bind(":id", recording_id);
    auto before = storage::collect_rows<RecordingRow>(*find, row_of);
    if (!before) return std::unexpected(before.error());
    if (before->empty()) return fail(Errc::not_found, fmt::format("there is no recording {}", recording_id));
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [item, points] : items) j[item] = points;
    auto ins = db.prepare(
        "INSERT INTO recording_scores (recording_id, scorer_id, items, total, comment, scored_ms) "
        "VALUES (:id, :scorer, :items, :total, :comment, :at)");
    if (!ins) return std::unexpected(ins.error());
    ins->bind(":id", recording_id).bind(":scorer", scorer.value()).bind(":items", j.dump()).bind(":total", *total);
    ins->bind(":comment", comment).bind(":at", now_ms);
    if (auto r = ins->run(); !r) return std::unexpected(r.error());
    RecordingRow row = before->front();
    row.score = *total;
    return row;
}

}  // namespace cti::reports
