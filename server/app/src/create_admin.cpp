// cti-server --create-admin LOGIN --password-file FILE: the first administrator of a new
// installation (the packages start the service with an empty database), or a new password and
// the administrator role for an existing login (a locked-out administrator).
#include "create_admin.h"

#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "cti/core/password.h"
#include "cti/storage/directory.h"
#include "cti/storage/migrate.h"

namespace cti::app {

Result<std::string> create_admin(const Config& config, const std::string& login, const std::filesystem::path& password_file,
                                 std::int64_t now_ms) {
    if (login.empty() || login.size() > 64) return fail(Errc::invalid_argument, "a login needs 1 to 64 characters");
    std::ifstream in(password_file, std::ios::binary);
    if (!in) return fail(Errc::io_error, fmt::format("cannot read the password file {}", password_file.string()));
    std::string password((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!password.empty() && (password.back() == '\n' || password.back() == '\r')) password.pop_back();
    if (password.size() < 8 || password.size() > 256)
        return fail(Errc::invalid_argument, "the password needs 8 to 256 characters");
    auto strength = password_strength_from_string(config.auth.argon2_strength);
    if (!strength) return std::unexpected(strength.error());
    auto hash = hash_password(password, *strength);
    if (!hash) return std::unexpected(hash.error());
    std::error_code ec;
    std::filesystem::create_directories(config.data_dir, ec);
    auto opened = storage::open_and_migrate(config.database_path(), config.storage.busy_timeout_ms);
    if (!opened) return std::unexpected(opened.error());
    auto& db = opened->first;
    auto existing = storage::find_user_by_login(db, login);
    if (!existing) return std::unexpected(existing.error());
    if (*existing) {
        const auto& u = **existing;
        if (auto r = storage::update_user(db, u.id, {u.display_name, "administrator", u.department_id, u.extension, true}); !r)
            return std::unexpected(r.error());
        if (auto r = storage::update_password_hash(db, u.id, *hash); !r) return std::unexpected(r.error());
        return fmt::format("user {} is now an enabled administrator with the new password", login);
    }
    auto id = storage::insert_user(db, storage::NewUser{login, "系统管理员", *hash, "administrator", std::nullopt, "", now_ms});
    if (!id) return std::unexpected(id.error());
    return fmt::format("administrator {} created", login);
}

}  // namespace cti::app
