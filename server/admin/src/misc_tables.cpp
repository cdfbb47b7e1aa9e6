// dictionaries (the lists desktops offer, e.g. not-ready reasons) and announcements (电子公告).
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include <regex>

#include "cti/admin/dictionaries.h"
#include "cti/storage/directory.h"
#include "cti/tickets/model.h"
#include "tables_private.h"

namespace cti::admin {
namespace {

// The dictionaries some desktop reads; an unknown name would be a list nobody shows.
const std::vector<std::string> kDictionaries{"not_ready_reasons", std::string(kCampaignDispositions),
                                             std::string(kOrderTypes), std::string(kOrderUrgencies),
                                             std::string(kOrderChannels)};

// The dictionaries whose codes the server's model fixes (workflows, deadlines and reports are
// keyed by them): their items are relabelled, reordered or switched off, never added or removed.
std::optional<std::vector<std::string>> fixed_codes(std::string_view dictionary) {
    std::vector<std::string> out;
    if (dictionary == kOrderTypes) {
        for (auto t : {tickets::OrderType::business, tickets::OrderType::consultation, tickets::OrderType::repair,
                       tickets::OrderType::complaint, tickets::OrderType::suggestion, tickets::OrderType::praise,
                       tickets::OrderType::marketing})
            out.emplace_back(tickets::to_string(t));
        return out;
    }
    if (dictionary == kOrderChannels) {
        for (auto c : {tickets::Channel::phone, tickets::Channel::fax, tickets::Channel::sms, tickets::Channel::email,
                       tickets::Channel::web})
            out.emplace_back(tickets::to_string(c));
        return out;
    }
    if (dictionary == kOrderUrgencies) {
        for (auto u : {tickets::Urgency::normal, tickets::Urgency::urgent, tickets::Urgency::very_urgent})
            out.emplace_back(tickets::to_string(u));
        return out;
    }
    return std::nullopt;
}

// ---- dictionaries ----

std::vector<Column> dictionary_columns() {
    auto dictionary = choice_column("dictionary", kDictionaries);
    dictionary.key = true;
    auto code = text_column("code", 32, true);
    code.key = true;
    return {dictionary, code, text_column("label_zh", 50, true), text_column("label_en", 50, true),
            int_column("position", 0, 10000, 100), Column{.name = "enabled", .type = ColumnType::boolean, .default_value = "1"}};
}

Result<TableData> list_dictionaries(storage::Database& db, const Context&) {
    auto rows = query_records(db,
                              "SELECT dictionary, code, label_zh, label_en, position, enabled FROM dictionary_items "
                              "ORDER BY dictionary, position, code",
                              {}, {"dictionary", "code", "label_zh", "label_en", "position", "enabled"},
                              "listing dictionaries");
    if (!rows) return std::unexpected(rows.error());
    return TableData{dictionary_columns(), std::move(*rows), "Desktops read the lists when they log in."};
}

Result<Record> save_dictionary(storage::Database& db, const Record& in, const Context&) {
    auto r = check_record(dictionary_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    static const std::regex kCode("[a-z0-9_]+");
    if (!std::regex_match(field(*r, "code"), kCode))
        return fail(Errc::invalid_argument, "code: lower-case letters, digits and '_' only (it is what gets stored)");
    if (auto fixed = fixed_codes(field(*r, "dictionary")); fixed && std::ranges::find(*fixed, field(*r, "code")) == fixed->end())
        return fail(Errc::invalid_argument,
                    fmt::format("code: the codes of {} are fixed ({}); relabel, reorder or switch one off instead",
                                field(*r, "dictionary"), fmt::join(*fixed, ", ")));
    auto e = execute(db,
                     "INSERT INTO dictionary_items (dictionary, code, label_zh, label_en, position, enabled) "
                     "VALUES (:d, :c, :zh, :en, :p, :on) ON CONFLICT (dictionary, code) DO UPDATE SET "
                     "label_zh = excluded.label_zh, label_en = excluded.label_en, position = excluded.position, "
                     "enabled = excluded.enabled",
                     {{":d", field(*r, "dictionary")}, {":c", field(*r, "code")}, {":zh", field(*r, "label_zh")},
                      {":en", field(*r, "label_en")}, {":p", field(*r, "position")}, {":on", field(*r, "enabled")}},
                     "saving the dictionary item");
    if (!e) return std::unexpected(e.error());
    auto n = count_of(db, "SELECT COUNT(*) AS n FROM dictionary_items WHERE dictionary = :d", {{":d", field(*r, "dictionary")}});
    if (n && *n > 200) return fail(Errc::invalid_argument, "a dictionary holds at most 200 items");
    return r;
}

Result<void> remove_dictionary(storage::Database& db, const Record& key, const Context&) {
    if (fixed_codes(field(key, "dictionary")))
        return fail(Errc::invalid_argument, fmt::format("the items of {} are not removed; switch one off (enabled) instead",
                                                        field(key, "dictionary")));
    auto e = execute(db, "DELETE FROM dictionary_items WHERE dictionary = :d AND code = :c",
                     {{":d", field(key, "dictionary")}, {":c", field(key, "code")}}, "removing the dictionary item");
    if (!e) return e;
    if (db.changes() == 0)
        return fail(Errc::not_found, fmt::format("dictionary {} has no item '{}'", field(key, "dictionary"), field(key, "code")));
    return {};
}

// ---- announcements ----

std::vector<Column> announcement_columns() {
    return {read_only_column("announcement_id", ColumnType::integer, true), text_column("title", 100, true),
            Column{.name = "body", .type = ColumnType::multiline, .max = 4000}, read_only_column("author"),
            read_only_column("created")};
}

Result<std::vector<Record>> announcement_rows(storage::Database& db, const Context& ctx, std::string_view where,
                                              const std::vector<std::pair<std::string, std::string>>& binds) {
    auto rows = query_records(db,
                              fmt::format("SELECT a.announcement_id, a.title, a.body, u.display_name AS author, "
                                          "a.created_ms FROM announcements a JOIN users u ON u.user_id = a.author_id {} "
                                          "ORDER BY a.created_ms DESC LIMIT 500",
                                          where),
                              binds, {"announcement_id", "title", "body", "author", "created_ms"}, "listing announcements");
    if (!rows) return std::unexpected(rows.error());
    for (auto& r : *rows) {
        r["created"] = local_time(int_field(r, "created_ms"), ctx.utc_offset_min);
        r.erase("created_ms");
    }
    return rows;
}

Result<TableData> list_announcements(storage::Database& db, const Context& ctx) {
    auto rows = announcement_rows(db, ctx, "", {});
    if (!rows) return std::unexpected(rows.error());
    return TableData{announcement_columns(), std::move(*rows),
                     "A new announcement reaches every desktop at once; published ones are removed, not edited."};
}

Result<Record> save_announcement(storage::Database& db, const Record& in, const Context& ctx) {
    if (!field(in, "announcement_id").empty())
        return fail(Errc::invalid_argument, "a published announcement is not edited; remove it and publish a new one");
    auto r = check_record(announcement_columns(), in, true);
    if (!r) return std::unexpected(r.error());
    auto id = storage::insert_announcement(db, field(*r, "title"), field(*r, "body"), ctx.user, ctx.now_ms);
    if (!id) return std::unexpected(id.error());
    auto rows = announcement_rows(db, ctx, "WHERE a.announcement_id = :id", {{":id", std::to_string(id->value())}});
    if (!rows) return std::unexpected(rows.error());
    if (rows->empty()) return fail(Errc::internal, "the announcement just stored could not be read back");
    (*rows)[0]["created_ms"] = std::to_string(ctx.now_ms);  // for the event the gateway publishes
    return (*rows)[0];
}

Result<void> remove_announcement(storage::Database& db, const Record& key, const Context&) {
    auto e = execute(db, "DELETE FROM announcements WHERE announcement_id = :id",
                     {{":id", field(key, "announcement_id")}}, "removing the announcement");
    if (!e) return e;
    if (db.changes() == 0)
        return fail(Errc::not_found, fmt::format("there is no announcement {}", field(key, "announcement_id")));
    return {};
}

}  // namespace

Result<bool> dictionary_allows(storage::Database& db, std::string_view dictionary, std::string_view code) {
    auto n = count_of(db,
                      "SELECT COUNT(*) AS n FROM dictionary_items WHERE dictionary = :d AND code = :c AND enabled = 1",
                      {{":d", std::string(dictionary)}, {":c", std::string(code)}});
    if (!n) return std::unexpected(n.error());
    return *n > 0;
}

std::vector<Table> misc_tables() {
    auto out = std::vector<Table>{
        Table{.name = "dictionaries", .read_permission = "", .write_permission = "admin.system",
              .list = list_dictionaries, .save = save_dictionary, .remove = remove_dictionary},
        Table{.name = "announcements", .read_permission = "announcement.post", .write_permission = "announcement.post",
              .reload = Reload::announcement, .list = list_announcements, .save = save_announcement,
              .remove = remove_announcement},
    };
    for (auto& t : parameter_tables()) out.push_back(std::move(t));
    return out;
}

}  // namespace cti::admin
