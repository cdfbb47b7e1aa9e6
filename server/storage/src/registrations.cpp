// Typed queries over sip_registrations (0017).
#include "cti/storage/registrations.h"

#include "query.h"

namespace cti::storage {
using detail::each_row;
using detail::prepare;

Result<void> save_registration(Database& db, const RegistrationRow& r) {
    auto s = prepare(db,
                     "INSERT OR REPLACE INTO sip_registrations (extension, contact, source_address, source_port, "
                     "user_agent, expires_ms) VALUES (:ext, :contact, :address, :port, :ua, :expires)",
                     "storing a phone's registration");
    if (!s) return std::unexpected(s.error());
    s->bind(":ext", r.extension).bind(":contact", r.contact).bind(":address", r.source_address);
    s->bind(":port", r.source_port).bind(":ua", r.user_agent).bind(":expires", r.expires_ms);
    return s->run();
}

Result<void> delete_registration(Database& db, const std::string& extension) {
    auto s = prepare(db, "DELETE FROM sip_registrations WHERE extension = :ext", "removing a phone's registration");
    if (!s) return std::unexpected(s.error());
    s->bind(":ext", extension);
    return s->run();
}

Result<void> delete_expired_registrations(Database& db, std::int64_t now_ms) {
    auto s = prepare(db, "DELETE FROM sip_registrations WHERE expires_ms <= :now", "dropping expired registrations");
    if (!s) return std::unexpected(s.error());
    s->bind(":now", now_ms);
    return s->run();
}

Result<std::vector<RegistrationRow>> live_registrations(Database& db, std::int64_t now_ms) {
    auto s = prepare(db,
                     "SELECT extension, contact, source_address, source_port, user_agent, expires_ms "
                     "FROM sip_registrations WHERE expires_ms > :now ORDER BY extension",
                     "reading the phones' registrations");
    if (!s) return std::unexpected(s.error());
    s->bind(":now", now_ms);
    std::vector<RegistrationRow> out;
    auto r = each_row(*s, [&](const Statement& row) {
        out.push_back({row.get_text("extension"), row.get_text("contact"), row.get_text("source_address"),
                       static_cast<int>(row.get_int("source_port")), row.get_text("user_agent"),
                       row.get_int("expires_ms")});
    });
    if (!r) return std::unexpected(r.error());
    return out;
}

}  // namespace cti::storage
