#pragma once
// Importing a call list from CSV.
//
// Format: RFC 4180 (fields separated by ',', a field with ',', '"' or a line break inside is
// enclosed in '"' and its '"' doubled; CRLF or LF line ends), the first row a header naming
// the columns. One column holds the number to call (`phone`, or one of `phone_columns`); every
// other column is kept with the record as data for the agent's screen pop (name, amount due...).
// Encoding: UTF-8 with or without a byte order mark, or GBK (see encoding.h).
//
// Bad input is reported row by row: each problem has the 1-based line number where the row
// starts in the file (the header is line 1) and a message saying what is wrong and what to do;
// the row is skipped and the rest imports. Empty lines are skipped silently. Only a file that
// cannot be read as a whole (empty, no phone column, over a size limit, UTF-16) fails the import.
//
// A quoted field may span lines. When a row that spans lines is malformed (most often a '"'
// that was never closed), only its first line is reported and reading resumes on the next line,
// so one stray quote does not swallow the rest of the file.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cti/campaign/encoding.h"
#include "cti/campaign/phone.h"
#include "cti/core/error.h"

namespace cti::campaign {

enum class ProblemKind {
    wrong_column_count,  // not as many fields as the header has columns
    unterminated_quote,  // a quoted field runs to the end of the file
    bad_quote,           // text after a closing quote, or a quote inside an unquoted field
    field_too_long,      // over ImportLimits::max_field_bytes
    invalid_text,        // bytes that are not text in the file's encoding
    empty_phone,
    invalid_phone,
    duplicate,           // the same number (normalized) on an earlier line
    do_not_call,         // the number is on the do-not-call list
};
std::string_view to_string(ProblemKind v) noexcept;
std::optional<ProblemKind> problem_kind_from_string(std::string_view s) noexcept;

struct ImportProblem {
    int line = 0;
    ProblemKind kind = ProblemKind::wrong_column_count;
    std::string message;  // "line 7: ..." is not included; the caller shows `line` beside it
};

// Each limit keeps one import from taking the server's memory or time; the error says how to
// split the file.
struct ImportLimits {
    std::size_t max_bytes = 64 * 1024 * 1024;
    std::size_t max_rows = 500'000;  // data rows, header not counted
    std::size_t max_columns = 64;
    std::size_t max_field_bytes = 4096;
};

struct ImportOptions {
    TextEncoding encoding = TextEncoding::automatic;
    ImportLimits limits;
    // Header names accepted for the number column, first match wins. ASCII names match without
    // regard to case; surrounding spaces are ignored.
    std::vector<std::string> phone_columns = {"phone", "电话", "电话号码", "手机", "手机号码", "号码"};
};

struct CallListEntry {
    int line = 0;       // where the row starts in the file
    std::string phone;  // normalized (normalize_phone)
    // The other columns in file order: {header name, value}. Values are kept as written.
    std::vector<std::pair<std::string, std::string>> data;
};

struct CallListImport {
    TextEncoding encoding = TextEncoding::utf8;  // as detected or given (never automatic)
    std::vector<std::string> columns;            // the header, trimmed
    std::vector<CallListEntry> entries;          // the rows imported, in file order
    std::vector<ImportProblem> problems;         // in line order
    std::size_t rows = 0;                        // data rows read (imported + skipped)
};

// Parses `bytes` (the whole file). Numbers on `do_not_call` are reported and skipped.
Result<CallListImport> import_call_list(std::string_view bytes, const DoNotCallList& do_not_call,
                                        const ImportOptions& options = {});

// "imported 98 of 100 rows; 2 skipped: 1 duplicate, 1 invalid_phone" for the importing user.
std::string summary(const CallListImport& result);

}  // namespace cti::campaign
