// One name table per enum: logs, the protocol and the desktops use these names.
#include <array>
#include <utility>

#include "cti/core/name_table.h"

#include "cti/campaign/call_list.h"
#include "cti/campaign/pacing.h"
#include "cti/campaign/record.h"
#include "cti/campaign/schedule.h"

namespace cti::campaign {
namespace {

template <class E, std::size_t N>
using Table = NameTable<E, N>;

constexpr Table<TextEncoding, 3> encodings{{{TextEncoding::automatic, "automatic"},
                                            {TextEncoding::utf8, "utf8"},
                                            {TextEncoding::gbk, "gbk"}}};
constexpr Table<ProblemKind, 9> problems{{{ProblemKind::wrong_column_count, "wrong_column_count"},
                                          {ProblemKind::unterminated_quote, "unterminated_quote"},
                                          {ProblemKind::bad_quote, "bad_quote"},
                                          {ProblemKind::field_too_long, "field_too_long"},
                                          {ProblemKind::invalid_text, "invalid_text"},
                                          {ProblemKind::empty_phone, "empty_phone"},
                                          {ProblemKind::invalid_phone, "invalid_phone"},
                                          {ProblemKind::duplicate, "duplicate"},
                                          {ProblemKind::do_not_call, "do_not_call"}}};
constexpr Table<RecordState, 6> record_states{{{RecordState::pending, "pending"},
                                               {RecordState::dialing, "dialing"},
                                               {RecordState::retry_wait, "retry_wait"},
                                               {RecordState::done, "done"},
                                               {RecordState::exhausted, "exhausted"},
                                               {RecordState::do_not_call, "do_not_call"}}};
constexpr Table<CallOutcome, call_outcome_count> outcomes{
    {{CallOutcome::answered, "answered"},
     {CallOutcome::busy, "busy"},
     {CallOutcome::no_answer, "no_answer"},
     {CallOutcome::failed, "failed"},
     {CallOutcome::answering_machine, "answering_machine"},
     {CallOutcome::abandoned, "abandoned"}}};
constexpr Table<RecordTrigger, 6> triggers{{{RecordTrigger::dial, "dial"},
                                            {RecordTrigger::outcome, "outcome"},
                                            {RecordTrigger::release, "release"},
                                            {RecordTrigger::callback, "callback"},
                                            {RecordTrigger::do_not_call, "do_not_call"},
                                            {RecordTrigger::reopen, "reopen"}}};
constexpr Table<ScheduleReason, 7> schedule_reasons{
    {{ScheduleReason::open, "open"},
     {ScheduleReason::not_started, "not_started"},
     {ScheduleReason::ended, "ended"},
     {ScheduleReason::holiday, "holiday"},
     {ScheduleReason::closed_today, "closed_today"},
     {ScheduleReason::outside_hours, "outside_hours"},
     {ScheduleReason::closing_soon, "closing_soon"}}};
constexpr Table<PacingMode, 4> modes{{{PacingMode::preview, "preview"},
                                      {PacingMode::progressive, "progressive"},
                                      {PacingMode::predictive, "predictive"},
                                      {PacingMode::agentless, "agentless"}}};
constexpr Table<PacingReason, 8> pacing_reasons{
    {{PacingReason::dial, "dial"},
     {PacingReason::no_agents, "no_agents"},
     {PacingReason::no_free_agent, "no_free_agent"},
     {PacingReason::lines_full, "lines_full"},
     {PacingReason::warming_up, "warming_up"},
     {PacingReason::abandon_fallback, "abandon_fallback"},
     {PacingReason::strict_start, "strict_start"},
     {PacingReason::no_request, "no_request"}}};

// What people and other systems call the encodings.
constexpr Table<TextEncoding, 6> encoding_aliases{{{TextEncoding::utf8, "utf-8"},
                                                   {TextEncoding::utf8, "UTF-8"},
                                                   {TextEncoding::gbk, "GBK"},
                                                   {TextEncoding::gbk, "gb2312"},
                                                   {TextEncoding::gbk, "gb18030"},
                                                   {TextEncoding::gbk, "cp936"}}};

}  // namespace

std::string_view to_string(TextEncoding v) noexcept { return name_of(encodings, v); }
std::string_view to_string(ProblemKind v) noexcept { return name_of(problems, v); }
std::string_view to_string(RecordState v) noexcept { return name_of(record_states, v); }
std::string_view to_string(CallOutcome v) noexcept { return name_of(outcomes, v); }
std::string_view to_string(RecordTrigger v) noexcept { return name_of(triggers, v); }
std::string_view to_string(ScheduleReason v) noexcept { return name_of(schedule_reasons, v); }
std::string_view to_string(PacingMode v) noexcept { return name_of(modes, v); }
std::string_view to_string(PacingReason v) noexcept { return name_of(pacing_reasons, v); }

std::optional<TextEncoding> text_encoding_from_string(std::string_view s) noexcept {
    if (auto e = value_of(encodings, s)) return e;
    return value_of(encoding_aliases, s);
}
std::optional<ProblemKind> problem_kind_from_string(std::string_view s) noexcept { return value_of(problems, s); }
std::optional<RecordState> record_state_from_string(std::string_view s) noexcept { return value_of(record_states, s); }
std::optional<CallOutcome> call_outcome_from_string(std::string_view s) noexcept { return value_of(outcomes, s); }
std::optional<RecordTrigger> record_trigger_from_string(std::string_view s) noexcept { return value_of(triggers, s); }
std::optional<ScheduleReason> schedule_reason_from_string(std::string_view s) noexcept { return value_of(schedule_reasons, s); }
std::optional<PacingMode> pacing_mode_from_string(std::string_view s) noexcept { return value_of(modes, s); }
std::optional<PacingReason> pacing_reason_from_string(std::string_view s) noexcept { return value_of(pacing_reasons, s); }

}  // namespace cti::campaign
