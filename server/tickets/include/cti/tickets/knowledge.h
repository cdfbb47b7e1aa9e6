#pragma once
// The knowledge base (知识库): a tree of categories, articles with every saved version kept,
// search in Chinese and other scripts (the bigram index of search_text.h, ranked by bm25 with the
// title weighted above the keywords above the body), agents' corrections (纠错) that maintainers
// resolve, and articles queued for sending to a customer from a work order
// (schema/migrations/0008_knowledge_base.sql).
//
// The check_* functions are pure; the others run SQL on the connection they are given (writes
// inside the Writer's transaction, so an article's row, its version and its index entry are
// stored together or not at all). Who may call which is the gateway's business.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cti/core/error.h"
#include "cti/core/ids.h"
#include "cti/storage/database.h"

namespace cti::tickets {

inline constexpr std::size_t kMaxKbNameChars = 50;
inline constexpr std::size_t kMaxKbTitleChars = 200;
inline constexpr std::size_t kMaxKbBodyChars = 50'000;
inline constexpr std::size_t kMaxKbKeywords = 20;
inline constexpr std::size_t kMaxKbKeywordChars = 30;
inline constexpr std::size_t kMaxKbFeedbackChars = 2'000;
inline constexpr std::size_t kMaxKbQueryBytes = 400;
inline constexpr int kMaxKbDepth = 6;  // a top-level category is at depth 1

struct KbCategory {
    std::int64_t id = 0;
    std::optional<std::int64_t> parent;  // none: top level
    std::string name;
    int position = 0;  // order among its siblings
};

struct KbArticleFields {
    std::int64_t category = 0;
    std::string title;
    std::string body;
    std::vector<std::string> keywords;
};

struct KbArticle {
    std::int64_t id = 0;
    std::int64_t category = 0;
    std::string title;
    std::string body;  // empty in search results
    std::vector<std::string> keywords;
    int version = 0;
    std::optional<UserId> author;  // of this version
    std::int64_t updated_ms = 0;   // when this version was saved
    std::string snippet;           // search results: a readable piece of the body
};

struct KbFeedback {
    std::int64_t id = 0;
    std::int64_t article = 0;
    std::string article_title;
    std::string text;
    UserId author;
    std::int64_t created_ms = 0;
    bool resolved = false;
    std::string resolution;
    std::optional<UserId> resolver;
};

enum class KbChannel { sms, fax, email };
std::string_view to_string(KbChannel c) noexcept;
std::optional<KbChannel> kb_channel_from_string(std::string_view s) noexcept;

// ---- pure checks; each error says what to do ----

Result<void> check_category_name(std::string_view name);
// Title 1..200 characters, body up to 50,000, up to 20 keywords of 1..30 characters.
Result<void> check_article(const KbArticleFields& fields);
Result<void> check_feedback_text(std::string_view text);
// Saving category `id` (0: a new one) under `parent` in the tree `all`: the parent exists, is not
// the category itself nor one below it (no cycle), and the category with everything under it
// stays within kMaxKbDepth levels.
Result<void> check_category_place(const std::vector<KbCategory>& all, std::int64_t id,
                                  std::optional<std::int64_t> parent);
// sms and fax: a number of 3 to 20 digits (a leading + allowed); email: an address with one @
// and something on both sides, up to 254 bytes, no spaces.
Result<void> check_destination(KbChannel channel, std::string_view to);

// A readable snippet of `body` for `query`: the first sentence that contains one of the query's
// words (Chinese runs whole, other words case-insensitively), cut to about `max_chars`
// characters around the word; the body's first sentence when none does (the match was in the
// title or the keywords).
std::string kb_snippet(std::string_view body, std::string_view query, std::size_t max_chars = 100);

// ---- storage ----

// Every category, by parent, position and name.
Result<std::vector<KbCategory>> kb_categories(storage::Database& db);
// Creates (id 0; position 0 puts it after its siblings) or renames/moves a category, after
// check_category_name and check_category_place. A sibling with the same name is refused.
Result<KbCategory> save_kb_category(storage::Database& db, const KbCategory& category);

// Creates an article at version 1 (id 0) or stores the next version of it.
Result<KbArticle> save_kb_article(storage::Database& db, std::int64_t id, const KbArticleFields& fields,
                                  std::optional<UserId> author, std::int64_t now_ms);
// The article at `version` (none: the newest), with its body; nothing when there is no such
// article or version.
Result<std::optional<KbArticle>> load_kb_article(storage::Database& db, std::int64_t id,
                                                 std::optional<int> version = std::nullopt);
Result<std::vector<int>> kb_article_versions(storage::Database& db, std::int64_t id);

struct KbSearch {
    std::string text;                   // empty: the newest articles (of the category)
    std::optional<std::int64_t> category;  // this category and everything under it
    int limit = 20;                     // 1..100
};
// Ranked by bm25 (title ×10, keywords ×5, body ×1), then newest first; each with a snippet.
Result<std::vector<KbArticle>> search_kb(storage::Database& db, const KbSearch& query);

Result<std::int64_t> add_kb_feedback(storage::Database& db, std::int64_t article, UserId author,
                                     std::string_view text, std::int64_t now_ms);
// Open ones oldest first; with resolved ones, newest first. At most `limit`.
Result<std::vector<KbFeedback>> list_kb_feedback(storage::Database& db, bool open_only, int limit);
// Marks open feedback resolved with the maintainer's note; resolving twice is refused.
Result<void> resolve_kb_feedback(storage::Database& db, std::int64_t id, UserId resolver, std::string_view note,
                                 std::int64_t now_ms);

struct KbDelivery {
    std::int64_t article = 0;
    int version = 0;
    TicketId order;
    KbChannel channel = KbChannel::sms;
    std::string destination;
    std::optional<UserId> sender;
    std::int64_t created_ms = 0;
};
// Queues the delivery (status 'queued'): nothing sends it yet, see the migration.
Result<std::int64_t> queue_kb_delivery(storage::Database& db, const KbDelivery& delivery);

}  // namespace cti::tickets
