// The knowledge base in SQLite (schema/migrations/0008_knowledge_base.sql): prepared statements,
// named parameters, columns read by name.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "cti/tickets/knowledge.h"
#include "cti/tickets/search_text.h"
#include "cti/tickets/store.h"

namespace cti::tickets {

using storage::Database;
using storage::Statement;

namespace {

std::string keywords_json(const std::vector<std::string>& keywords) {
    return nlohmann::json(keywords).dump();
}

std::vector<std::string> keywords_from_json(const std::string& text) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    std::vector<std::string> out;
    if (!j.is_array()) return out;
    for (const auto& k : j)
        if (k.is_string()) out.push_back(k.get<std::string>());
    return out;
}

// The keywords as index text: separated, so that no bigram joins two keywords.
std::string keywords_text(const std::vector<std::string>& keywords) {
    std::string out;
    for (const auto& k : keywords) out += (out.empty() ? "" : " / ") + k;
    return out;
}

void bind_optional_id(Statement& s, std::string_view name, std::optional<std::int64_t> v) {
    if (v) s.bind(name, *v);
    else s.bind(name, nullptr);
}

Result<bool> exists(Database& db, std::string_view sql, std::int64_t id) {
    auto s = db.prepare(sql);
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return s->step();
}

// Columns of an article at a version: a = kb_articles, v = kb_article_versions.
constexpr const char* kArticleColumns =
    "a.article_id, a.category_id, v.version, v.title, v.body, v.keywords, v.author_id, v.created_ms";

KbArticle article_from_row(const Statement& s) {
    KbArticle a;
    a.id = s.get_int("article_id");
    a.category = s.get_int("category_id");
    a.version = static_cast<int>(s.get_int("version"));
    a.title = s.get_text("title");
    a.body = s.get_text("body");
    a.keywords = keywords_from_json(s.get_text("keywords"));
    if (auto u = s.get_optional_int("author_id")) a.author = UserId(*u);
    a.updated_ms = s.get_int("created_ms");
    return a;
}

}  // namespace

// ---- categories ----

Result<std::vector<KbCategory>> kb_categories(Database& db) {
    auto s = db.prepare(
        "SELECT category_id, parent_id, name, position FROM kb_categories "
        "ORDER BY ifnull(parent_id, 0), position, name");
    if (!s) return std::unexpected(s.error());
    return storage::collect_rows<KbCategory>(*s, [](const Statement& r) {
        return KbCategory{r.get_int("category_id"), r.get_optional_int("parent_id"), r.get_text("name"),
                          static_cast<int>(r.get_int("position"))};
    });
}

Result<KbCategory> save_kb_category(Database& db, const KbCategory& category) {
    if (auto ok = check_category_name(category.name); !ok) return std::unexpected(ok.error());
    auto all = kb_categories(db);
    if (!all) return std::unexpected(all.error());
    if (category.id != 0 && std::none_of(all->begin(), all->end(), [&](const KbCategory& c) { return c.id == category.id; }))
        return fail(Errc::not_found, fmt::format("there is no category {}", category.id));
    if (auto ok = check_category_place(*all, category.id, category.parent); !ok) return std::unexpected(ok.error());
    int last_position = 0;
    for (const auto& c : *all) {
        if (c.parent != category.parent || c.id == category.id) continue;
        if (c.name == category.name)
            return fail(Errc::invalid_argument,
                        fmt::format("there is already a category named '{}' at this place: choose another name",
                                    category.name));
        last_position = std::max(last_position, c.position);
    }
    KbCategory saved = category;
    if (category.id == 0 && saved.position == 0) saved.position = last_position + 1;
    auto s = db.prepare(category.id == 0
                            ? "INSERT INTO kb_categories (parent_id, name, position) VALUES (:parent, :name, :position)"
                            : "UPDATE kb_categories SET parent_id = :parent, name = :name, position = :position "
                              "WHERE category_id = :id");
    if (!s) return std::unexpected(s.error());
    bind_optional_id(*s, ":parent", saved.parent);
    s->bind(":name", saved.name).bind(":position", saved.position);
    if (category.id != 0) s->bind(":id", category.id);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    if (category.id == 0) saved.id = db.last_insert_rowid();
    return saved;
}

// ---- articles ----

Result<KbArticle> save_kb_article(Database& db, std::int64_t id, const KbArticleFields& f,
                                  std::optional<UserId> author, std::int64_t now_ms) {
    if (auto ok = check_article(f); !ok) return std::unexpected(ok.error());
    auto category = exists(db, "SELECT 1 FROM kb_categories WHERE category_id = :id", f.category);
    if (!category) return std::unexpected(category.error());
    if (!*category) return fail(Errc::invalid_argument, fmt::format("there is no category {}", f.category));
    int version = 1;
    if (id != 0) {
        auto cur = db.prepare("SELECT version FROM kb_articles WHERE article_id = :id");
        if (!cur) return std::unexpected(cur.error());
        cur->bind(":id", id);
        auto row = cur->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return fail(Errc::not_found, fmt::format("there is no article {}", id));
        version = static_cast<int>(cur->get_int("version")) + 1;
    }
    const auto keywords = keywords_json(f.keywords);
    const std::optional<std::int64_t> author_id = author ? std::optional(author->value()) : std::nullopt;
    auto a = db.prepare(id == 0 ? "INSERT INTO kb_articles (category_id, title, keywords, version, author_id, updated_ms) "
                                  "VALUES (:category, :title, :keywords, :version, :author, :now)"
                                : "UPDATE kb_articles SET category_id = :category, title = :title, keywords = :keywords, "
                                  "version = :version, author_id = :author, updated_ms = :now WHERE article_id = :id");
    if (!a) return std::unexpected(a.error());
    a->bind(":category", f.category).bind(":title", f.title).bind(":keywords", keywords).bind(":version", version);
    bind_optional_id(*a, ":author", author_id);
    a->bind(":now", now_ms);
    if (id != 0) a->bind(":id", id);
    if (auto r = a->run(); !r) return std::unexpected(r.error());
    if (id == 0) id = db.last_insert_rowid();

    auto v = db.prepare(
        "INSERT INTO kb_article_versions (article_id, version, title, body, keywords, author_id, created_ms) "
        "VALUES (:id, :version, :title, :body, :keywords, :author, :now)");
    if (!v) return std::unexpected(v.error());
    v->bind(":id", id).bind(":version", version).bind(":title", f.title).bind(":body", f.body).bind(":keywords", keywords);
    bind_optional_id(*v, ":author", author_id);
    v->bind(":now", now_ms);
    if (auto r = v->run(); !r) return std::unexpected(r.error());

    // The index holds the newest version only.
    auto del = db.prepare("DELETE FROM kb_fts WHERE rowid = :id");
    if (!del) return std::unexpected(del.error());
    if (auto r = del->bind(":id", id).run(); !r) return std::unexpected(r.error());
    auto ins = db.prepare("INSERT INTO kb_fts (rowid, title, keywords, body) VALUES (:id, :title, :keywords, :body)");
    if (!ins) return std::unexpected(ins.error());
    ins->bind(":id", id)
        .bind(":title", index_text(f.title))
        .bind(":keywords", index_text(keywords_text(f.keywords)))
        .bind(":body", index_text(f.body));
    if (auto r = ins->run(); !r) return std::unexpected(r.error());

    return KbArticle{id, f.category, f.title, f.body, f.keywords, version, author, now_ms, {}};
}

Result<std::optional<KbArticle>> load_kb_article(Database& db, std::int64_t id, std::optional<int> version) {
    auto s = db.prepare(std::string("SELECT ") + kArticleColumns +
                        " FROM kb_articles a JOIN kb_article_versions v ON v.article_id = a.article_id "
                        "AND v.version = ifnull(:version, a.version) WHERE a.article_id = :id");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    if (version) s->bind(":version", *version);
    else s->bind(":version", nullptr);
    auto row = s->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) return std::optional<KbArticle>();
    return std::optional(article_from_row(*s));
}

Result<std::vector<int>> kb_article_versions(Database& db, std::int64_t id) {
    auto s = db.prepare("SELECT version FROM kb_article_versions WHERE article_id = :id ORDER BY version");
    if (!s) return std::unexpected(s.error());
    s->bind(":id", id);
    return storage::collect_rows<int>(*s, [](const Statement& r) { return static_cast<int>(r.get_int("version")); });
}

Result<std::vector<KbArticle>> search_kb(Database& db, const KbSearch& q) {
    if (q.text.size() > kMaxKbQueryBytes)
        return fail(Errc::invalid_argument, fmt::format("a search is limited to {} bytes", kMaxKbQueryBytes));
    std::optional<std::string> match;
    if (!q.text.empty()) {
        match = match_expression(q.text);
        if (!match)
            return fail(Errc::invalid_argument, "type at least one letter, digit or Chinese character to search for");
    }
    if (q.category) {
        auto found = exists(db, "SELECT 1 FROM kb_categories WHERE category_id = :id", *q.category);
        if (!found) return std::unexpected(found.error());
        if (!*found) return fail(Errc::not_found, fmt::format("there is no category {}", *q.category));
    }
    // The category's subtree; UNION (not UNION ALL) so that even a stored cycle ends.
    const std::string subtree =
        q.category ? "WITH RECURSIVE sub(id) AS (SELECT :category UNION "
                     "SELECT c.category_id FROM kb_categories c JOIN sub ON c.parent_id = sub.id) "
                   : "";
    const std::string in_subtree = q.category ? " AND a.category_id IN (SELECT id FROM sub)" : "";
    const std::string version_join =
        " JOIN kb_article_versions v ON v.article_id = a.article_id AND v.version = a.version";
    const std::string sql =
        match ? subtree + "SELECT " + kArticleColumns + ", bm25(kb_fts, 10.0, 5.0, 1.0) AS score FROM kb_fts f "
                    "JOIN kb_articles a ON a.article_id = f.rowid" + version_join + " WHERE kb_fts MATCH :match" +
                    in_subtree + " ORDER BY score, a.updated_ms DESC LIMIT :limit"
              : subtree + "SELECT " + kArticleColumns + " FROM kb_articles a" + version_join + " WHERE 1" + in_subtree +
                    " ORDER BY a.updated_ms DESC, a.article_id DESC LIMIT :limit";
    auto s = db.prepare(sql);
    if (!s) return std::unexpected(s.error());
    if (match) s->bind(":match", *match);
    if (q.category) s->bind(":category", *q.category);
    s->bind(":limit", std::clamp(q.limit, 1, 100));
    auto found = storage::collect_rows<KbArticle>(*s, article_from_row);
    if (!found) return found;
    for (auto& a : *found) {
        a.snippet = kb_snippet(a.body, q.text);
        a.body.clear();
    }
    return found;
}

// ---- feedback ----

Result<std::int64_t> add_kb_feedback(Database& db, std::int64_t article, UserId author, std::string_view text,
                                     std::int64_t now_ms) {
    if (auto ok = check_feedback_text(text); !ok) return std::unexpected(ok.error());
    auto found = exists(db, "SELECT 1 FROM kb_articles WHERE article_id = :id", article);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(Errc::not_found, fmt::format("there is no article {}", article));
    auto s = db.prepare(
        "INSERT INTO kb_feedback (article_id, author_id, text, created_ms) VALUES (:article, :author, :text, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":article", article).bind(":author", author.value()).bind(":text", text).bind(":now", now_ms);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    return db.last_insert_rowid();
}

Result<std::vector<KbFeedback>> list_kb_feedback(Database& db, bool open_only, int limit) {
    auto s = db.prepare(
        std::string("SELECT f.feedback_id, f.article_id, a.title, f.text, f.author_id, f.created_ms, f.resolved, "
                    "f.resolution, f.resolver_id FROM kb_feedback f JOIN kb_articles a ON a.article_id = f.article_id ") +
        (open_only ? "WHERE f.resolved = 0 ORDER BY f.created_ms, f.feedback_id" : "ORDER BY f.feedback_id DESC") +
        " LIMIT :limit");
    if (!s) return std::unexpected(s.error());
    s->bind(":limit", std::clamp(limit, 1, 1000));
    return storage::collect_rows<KbFeedback>(*s, [](const Statement& r) {
        KbFeedback f;
        f.id = r.get_int("feedback_id");
        f.article = r.get_int("article_id");
        f.article_title = r.get_text("title");
        f.text = r.get_text("text");
        f.author = UserId(r.get_int("author_id"));
        f.created_ms = r.get_int("created_ms");
        f.resolved = r.get_int("resolved") != 0;
        f.resolution = r.get_text("resolution");
        if (auto u = r.get_optional_int("resolver_id")) f.resolver = UserId(*u);
        return f;
    });
}

Result<void> resolve_kb_feedback(Database& db, std::int64_t id, UserId resolver, std::string_view note,
                                 std::int64_t now_ms) {
    const auto n = utf8_length(note);
    if (n == 0 || n > kMaxKbFeedbackChars)
        return fail(Errc::invalid_argument,
                    fmt::format("say what was done about the feedback, in 1 to {} characters", kMaxKbFeedbackChars));
    auto s = db.prepare(
        "UPDATE kb_feedback SET resolved = 1, resolution = :note, resolver_id = :by, resolved_ms = :now "
        "WHERE feedback_id = :id AND resolved = 0");
    if (!s) return std::unexpected(s.error());
    s->bind(":note", note).bind(":by", resolver.value()).bind(":now", now_ms).bind(":id", id);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    if (db.changes() == 1) return {};
    auto found = exists(db, "SELECT 1 FROM kb_feedback WHERE feedback_id = :id", id);
    if (!found) return std::unexpected(found.error());
    if (!*found) return fail(Errc::not_found, fmt::format("there is no feedback {}", id));
    return fail(Errc::invalid_argument, fmt::format("feedback {} is already resolved", id));
}

// ---- deliveries ----

Result<std::int64_t> queue_kb_delivery(Database& db, const KbDelivery& d) {
    auto s = db.prepare(
        "INSERT INTO kb_deliveries (article_id, version, order_id, channel, destination, sender_id, created_ms) "
        "VALUES (:article, :version, :order, :channel, :to, :sender, :now)");
    if (!s) return std::unexpected(s.error());
    s->bind(":article", d.article)
        .bind(":version", d.version)
        .bind(":order", d.order.value())
        .bind(":channel", to_string(d.channel))
        .bind(":to", d.destination);
    bind_optional_id(*s, ":sender", d.sender ? std::optional(d.sender->value()) : std::nullopt);
    s->bind(":now", d.created_ms);
    if (auto r = s->run(); !r) return std::unexpected(r.error());
    return db.last_insert_rowid();
}

}  // namespace cti::tickets
