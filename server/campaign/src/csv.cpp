// The CSV row reader (see csv.h).
#include "csv.h"

namespace cti::campaign::detail {

bool CsvReader::at_line_end() const {
    return pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r';
}

// CRLF, LF and a lone CR each end one line.
void CsvReader::consume_line_end() {
    if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
    ++line_;
}

void CsvReader::note(CsvRow& row, CsvIssue issue) {
    if (row.issue != CsvIssue::none) return;
    row.issue = issue;
    row.issue_field = row.fields.size();
}

bool CsvReader::read_field(CsvRow& row) {
    std::string field;
    auto append = [&](char c) {
        if (field.size() < max_field_) {
            field += c;
        } else {
            note(row, CsvIssue::field_too_long);
        }
    };
    if (pos_ < text_.size() && text_[pos_] == '"') {
        ++pos_;
        bool closed = false;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '"') {
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    append('"');
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                closed = true;
                break;
            }
            // A line break inside quotes is part of the value (kept as written) and counts as
            // a line for the numbers people see.
            if (c == '\n' || (c == '\r' && (pos_ + 1 >= text_.size() || text_[pos_ + 1] != '\n')))
                ++line_;
            append(c);
            ++pos_;
        }
        if (!closed) {
            note(row, CsvIssue::unterminated_quote);
            row.fields.push_back(std::move(field));
            return false;
        }
        if (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
            note(row, CsvIssue::text_after_quote);
            while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) ++pos_;
        }
    } else {
        while (pos_ < text_.size() && text_[pos_] != ',' && !at_line_end()) {
            if (text_[pos_] == '"') note(row, CsvIssue::quote_in_field);
            append(text_[pos_]);
            ++pos_;
        }
    }
    row.fields.push_back(std::move(field));
    if (pos_ < text_.size() && text_[pos_] == ',') {
        ++pos_;
        return true;
    }
    return false;
}

bool CsvReader::next(CsvRow& row) {
    if (pos_ >= text_.size()) return false;
    row = CsvRow{};
    row.line = line_;
    row.begin = pos_;
    const bool starts_quoted = text_[pos_] == '"';
    while (read_field(row)) {
    }
    row.lines = line_ - row.line + 1;
    if (pos_ < text_.size()) consume_line_end();
    row.blank = !starts_quoted && row.fields.size() == 1 &&
                row.fields[0].find_first_not_of(" \t") == std::string::npos;
    return true;
}

void CsvReader::resume_after_first_line(const CsvRow& row) {
    pos_ = row.begin;
    while (!at_line_end()) ++pos_;
    line_ = row.line;
    if (pos_ < text_.size()) consume_line_end();
}

}  // namespace cti::campaign::detail
