// Call-list import: the header, then row by row: structure, text, number, duplicates, the
// do-not-call list. Every problem is reported with its line and the row is skipped.
#include "cti/campaign/call_list.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "csv.h"

namespace cti::campaign {
namespace {

using detail::CsvIssue;
using detail::CsvReader;
using detail::CsvRow;

std::string_view trim(std::string_view s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

bool same_name(std::string_view a, std::string_view b) {
    return std::ranges::equal(a, b, [](char x, char y) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

std::string size_text(std::size_t bytes) {
    if (bytes < 10 * 1024) return std::to_string(bytes) + " bytes";
    if (bytes < 10 * 1024 * 1024) return std::to_string(bytes >> 10) + " KB";
    return std::to_string(bytes >> 20) + " MB";
}

// Turns the raw fields of a row into UTF-8, in place; the index of the first field that is not
// text in the file's encoding, if any.
class Decoder {
public:
    Decoder(TextEncoding e, std::optional<GbkDecoder> gbk) : encoding_(e), gbk_(std::move(gbk)) {}

    std::optional<std::size_t> decode(std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (encoding_ == TextEncoding::utf8) {
                if (!is_valid_utf8(fields[i])) return i;
                continue;
            }
            bool ascii = std::ranges::all_of(fields[i], [](char c) { return (c & 0x80) == 0; });
            if (ascii) continue;
            auto text = gbk_->decode(fields[i]);
            if (!text) return i;
            fields[i] = std::move(*text);
        }
        return std::nullopt;
    }

    std::string advice() const {
        return encoding_ == TextEncoding::utf8
                   ? "is not valid UTF-8 text; save the file as \"CSV UTF-8\", or import it with "
                     "the encoding set to GBK"
                   : "is not valid GBK text; save the file as \"CSV UTF-8\" and import it again";
    }

private:
    TextEncoding encoding_;
    std::optional<GbkDecoder> gbk_;
};

struct Importer {
    const DoNotCallList& dnc;
    const ImportOptions& opt;
    Decoder decoder;
    CallListImport out;
    std::size_t phone_index = 0;
    std::unordered_map<std::string, int> seen;  // number -> line of its first row

    std::string column(std::size_t i) const {
        std::string s = "column " + std::to_string(i + 1);
        if (i < out.columns.size()) s += " (" + out.columns[i] + ")";
        return s;
    }

    void report(int line, ProblemKind kind, std::string message) {
        out.problems.push_back({line, kind, std::move(message)});
    }

    Result<void> header(const CsvRow& row);
    // False when the row is malformed in its structure (the reader must resume).
    bool structure(const CsvRow& row);
    void row(CsvRow& row);
};

Result<void> Importer::header(const CsvRow& row) {
    const std::string where = "the header (line " + std::to_string(row.line) + ")";
    if (row.issue != CsvIssue::none) {
        return fail(Errc::invalid_argument,
                    where + " is not a valid CSV row (check its quotes); the first line must "
                            "name the columns, e.g. phone,name,amount");
    }
    if (row.fields.size() > opt.limits.max_columns) {
        return fail(Errc::invalid_argument,
                    where + " has " + std::to_string(row.fields.size()) + " columns, more than " +
                        std::to_string(opt.limits.max_columns) + "; remove the columns not needed");
    }
    auto fields = row.fields;
    if (decoder.decode(fields)) return fail(Errc::invalid_argument, where + " " + decoder.advice());
    std::optional<std::size_t> phone;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        std::string name(trim(fields[i]));
        if (name.empty()) {
            return fail(Errc::invalid_argument, where + ": column " + std::to_string(i + 1) +
                                                    " has no name; give every column a name");
        }
        if (std::ranges::find(out.columns, name) != out.columns.end()) {
            return fail(Errc::invalid_argument,
                        where + ": the column name '" + name + "' appears twice; rename one");
        }
        out.columns.push_back(std::move(name));
    }
    for (const auto& wanted : opt.phone_columns) {
        for (std::size_t i = 0; i < out.columns.size() && !phone; ++i)
            if (same_name(out.columns[i], wanted)) phone = i;
        if (phone) break;
    }
    if (!phone) {
        std::string names;
        for (const auto& c : out.columns) names += (names.empty() ? "" : ", ") + c;
        return fail(Errc::invalid_argument,
                    where + " has no phone column (its columns: " + names +
                        "); name the column holding the numbers 'phone' (or 电话, 手机)");
    }
    phone_index = *phone;
    return {};
}

bool Importer::structure(const CsvRow& row) {
    const std::string col = column(row.issue_field);
    switch (row.issue) {
        case CsvIssue::none:
            break;
        case CsvIssue::unterminated_quote:
            report(row.line, ProblemKind::unterminated_quote,
                   "a quoted value in " + col + " is never closed; add the missing '\"', and "
                   "write a '\"' inside a value as two (\"\")");
            return false;
        case CsvIssue::text_after_quote:
            report(row.line, ProblemKind::bad_quote,
                   col + " has text after its closing '\"'; enclose the whole value in quotes "
                         "and write a '\"' inside it as two (\"\")");
            return false;
        case CsvIssue::quote_in_field:
            report(row.line, ProblemKind::bad_quote,
                   col + " has a '\"' inside a value that is not quoted; enclose the value in "
                         "quotes and write the '\"' as two (\"\")");
            return false;
        case CsvIssue::field_too_long:
            report(row.line, ProblemKind::field_too_long,
                   col + " is longer than " + std::to_string(opt.limits.max_field_bytes) +
                       " bytes; shorten it");
            return true;  // the structure is sound: the next row starts after this one
    }
    if (row.fields.size() != out.columns.size()) {
        report(row.line, ProblemKind::wrong_column_count,
               "the row has " + std::to_string(row.fields.size()) + " values but the header has " +
                   std::to_string(out.columns.size()) + " columns; add the missing values (an "
                   "empty one as ,,) or put a value that contains ',' in double quotes");
        return false;
    }
    return true;
}

void Importer::row(CsvRow& r) {
    if (auto bad = decoder.decode(r.fields)) {
        report(r.line, ProblemKind::invalid_text, column(*bad) + " " + decoder.advice());
        return;
    }
    const std::string_view written = trim(r.fields[phone_index]);
    if (written.empty()) {
        report(r.line, ProblemKind::empty_phone,
               "the " + out.columns[phone_index] + " column is empty; fill in the number or "
               "delete the row");
        return;
    }
    auto phone = normalize_phone(written);
    if (!phone) {
        report(r.line, ProblemKind::invalid_phone, phone.error().message);
        return;
    }
    if (auto [it, fresh] = seen.try_emplace(*phone, r.line); !fresh) {
        report(r.line, ProblemKind::duplicate,
               *phone + " is already on line " + std::to_string(it->second) +
                   "; the row was skipped (each number is called once per list)");
        return;
    }
    if (dnc.contains(*phone)) {
        report(r.line, ProblemKind::do_not_call,
               *phone + " is on the do-not-call list and will not be called; the row was "
                        "skipped");
        return;
    }
    CallListEntry e;
    e.line = r.line;
    e.phone = std::move(*phone);
    e.data.reserve(r.fields.size() - 1);
    for (std::size_t i = 0; i < r.fields.size(); ++i)
        if (i != phone_index) e.data.emplace_back(out.columns[i], std::move(r.fields[i]));
    out.entries.push_back(std::move(e));
}

}  // namespace

Result<CallListImport> import_call_list(std::string_view bytes, const DoNotCallList& do_not_call,
                                        const ImportOptions& options) {
    const auto& lim = options.limits;
    if (bytes.size() > lim.max_bytes) {
        return fail(Errc::invalid_argument,
                    "the file is " + size_text(bytes.size()) + ", more than the " + size_text(lim.max_bytes) +
                        " one import takes; split it into smaller files and import each");
    }
    if (starts_with_utf16_bom(bytes)) {
        return fail(Errc::invalid_argument,
                    "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" and "
                    "import it again");
    }
    TextEncoding enc = options.encoding;
    if (enc == TextEncoding::automatic) enc = detect_encoding(bytes);
    if (enc == TextEncoding::utf8 && starts_with_utf8_bom(bytes)) bytes.remove_prefix(3);

    std::optional<GbkDecoder> gbk;
    if (enc == TextEncoding::gbk) {
        auto d = GbkDecoder::open();
        if (!d) return std::unexpected(d.error());
        gbk = std::move(*d);
    }
    Importer im{do_not_call, options, Decoder(enc, std::move(gbk)), {}, 0, {}};
    im.out.encoding = enc;

    CsvReader reader(bytes, lim.max_field_bytes);
    CsvRow row;
    bool have_header = false;
    while (reader.next(row)) {
        if (row.blank) continue;
        if (!have_header) {
            if (auto h = im.header(row); !h) return std::unexpected(h.error());
            have_header = true;
            continue;
        }
        if (++im.out.rows > lim.max_rows) {
            return fail(Errc::invalid_argument,
                        "the file has more than " + std::to_string(lim.max_rows) +
                            " rows (line " + std::to_string(row.line) + " is past the limit); "
                            "split it into files of at most that many rows and import each");
        }
        if (!im.structure(row)) {
            reader.resume_after_first_line(row);
            continue;
        }
        if (row.issue != CsvIssue::none) continue;  // reported by structure()
        im.row(row);
    }
    if (!have_header) {
        return fail(Errc::invalid_argument,
                    "the file is empty; its first line must name the columns (e.g. "
                    "phone,name,amount) and each further line hold one number to call");
    }
    return std::move(im.out);
}

std::string summary(const CallListImport& r) {
    std::string s = "imported " + std::to_string(r.entries.size()) + " of " +
                    std::to_string(r.rows) + " rows";
    if (r.problems.empty()) return s;
    std::map<std::string_view, int> by_kind;
    for (const auto& p : r.problems) ++by_kind[to_string(p.kind)];
    s += "; " + std::to_string(r.problems.size()) + " skipped:";
    bool first = true;
    for (const auto& [kind, n] : by_kind) {
        s += (first ? " " : ", ") + std::to_string(n) + " " + std::string(kind);
        first = false;
    }
    return s + " (see the report for each line)";
}

}  // namespace cti::campaign
