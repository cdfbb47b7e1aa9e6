#pragma once
// RFC 4180 rows out of a byte buffer, with the line numbers people see in an editor. Internal to
// the call-list import.
//
// Works on the raw bytes of UTF-8 and of GBK/GB18030 alike: the bytes that structure a CSV file
// (',' 0x2C, '"' 0x22, CR, LF) are never part of a multi-byte character in either encoding (GBK
// trail bytes are 0x40..0xFE, GB18030's four-byte forms use 0x30..0x39 besides), so fields are
// split first and decoded one by one, and one undecodable field spoils only its own row.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cti::campaign::detail {

enum class CsvIssue {
    none,
    unterminated_quote,  // the file ends inside a quoted field
    text_after_quote,    // "abc"x
    quote_in_field,      // ab"c (a quote inside an unquoted field)
    field_too_long,
};

struct CsvRow {
    std::vector<std::string> fields;  // raw bytes, quotes removed, "" turned into "
    int line = 0;                     // first line of the row, 1-based
    int lines = 1;                    // physical lines the row spans
    std::size_t begin = 0;            // byte offset of the row's start
    bool blank = false;               // an empty or whitespace-only line
    CsvIssue issue = CsvIssue::none;  // the first problem found
    std::size_t issue_field = 0;      // 0-based field of the problem
};

class CsvReader {
public:
    CsvReader(std::string_view text, std::size_t max_field_bytes)
        : text_(text), max_field_(max_field_bytes) {}

    // The next row; false at the end of the text.
    bool next(CsvRow& row);
    // Continue with the line after the first line of `row`: after a malformed row that spans
    // lines, the lines it swallowed are read again as rows of their own.
    void resume_after_first_line(const CsvRow& row);

private:
    // Reads one field at pos_; returns false when the row ends after it.
    bool read_field(CsvRow& row);
    void note(CsvRow& row, CsvIssue issue);
    bool at_line_end() const;
    void consume_line_end();

    std::string_view text_;
    std::size_t max_field_;
    std::size_t pos_ = 0;
    int line_ = 1;
};

}  // namespace cti::campaign::detail
