#pragma once
// Full-text search that handles Chinese, over SQLite FTS5 with its unicode61 tokenizer.
//
// Why not FTS5's trigram tokenizer: it cannot match a query shorter than three characters, and
// most Chinese search words are two (停电, 水费, 投诉). Instead the text is indexed as Chinese
// character bigrams (停电故障 → 停电 电故 故障 障: every pair, plus the run's last character so
// that a one-character search finds it too) and words of other scripts as they are. A query
// becomes the same tokens: a Chinese run is a phrase of its bigrams (adjacent in the index
// exactly when adjacent in the text), a single character or a word a prefix query. Every token
// is quoted, so nothing a user types is taken as an FTS5 operator.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cti::tickets {

// The text to store in the FTS5 column for a document.
std::string index_text(std::string_view text);

// A field value as one token of the full-text row: U+E000 then the name and the value's ASCII
// letters and digits ("\uE000typecomplaint", "\uE000caller13800138000"), so that a filter on it is
// an FTS5 intersection. Nothing a user types becomes such a token: index_text() and
// match_expression() treat private-use characters as separators.
std::string facet_token(std::string_view name, std::string_view value);

// The FTS5 MATCH expression for what a user typed (all terms must match), or nothing when the
// input has no letter, digit or Chinese character. At most 16 terms are used.
std::optional<std::string> match_expression(std::string_view query);

// The terms match_expression() makes of a query, as text: each Chinese run whole, each other
// word with ASCII letters lowercased (for showing where a document matched, e.g. a snippet).
std::vector<std::string> query_terms(std::string_view query);

}  // namespace cti::tickets
