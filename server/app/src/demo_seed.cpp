#include "demo_seed.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <fstream>

#include "cti/sip/stack.h"
#include "cti/storage/acd.h"
#include "cti/storage/campaign.h"
#include "cti/storage/directory.h"
#include "cti/storage/ivr.h"
#include "cti/storage/telephony.h"

namespace cti::app {
extern const char* const kDemoFlowJson;  // server/ivr/flows/demo_utility_hotline.json, embedded
namespace {

struct DemoUser {
    const char* login;
    const char* name;
    const char* role;
    int department;  // index into kDepartments, -1 none
    const char* extension;
};

constexpr const char* kDepartments[] = {"客服中心", "投诉处理中心", "抢修调度中心"};

constexpr DemoUser kUsers[] = {
    {"1001", "张伟", "agent", 0, "1001"},
    {"1002", "王芳", "agent", 0, "1002"},
    {"1003", "李娜", "agent", 1, "1003"},
    {"1004", "刘洋", "agent", 2, "1004"},
    {"leader", "陈静", "team_leader", 0, "1010"},
    {"supervisor", "赵强", "supervisor", 0, ""},
    {"admin", "系统管理员", "administrator", -1, ""},
    {"kb", "知识库维护员", "maintainer", 0, ""},
};

struct DemoQueue {
    const char* name;
    const char* strategy;
    std::vector<const char*> members;
};

Result<void> write_password_file(const std::filesystem::path& file, const std::string& password) {
    const mode_t old = umask(077);
    std::ofstream out(file, std::ios::trunc);
    umask(old);
    out << password << '\n';
    if (!out) return fail(Errc::io_error, fmt::format("cannot write {}", file.string()));
    return {};
}

}  // namespace

Result<std::vector<DemoLogin>> seed_demo(storage::Database& db, const std::filesystem::path& data_dir,
                                         PasswordStrength strength, std::int64_t now_ms,
                                         std::string_view sip_realm) {
    const auto dir = data_dir / "demo";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fail(Errc::io_error, fmt::format("cannot create {}: {}", dir.string(), ec.message()));

    if (auto r = db.exec_script("BEGIN IMMEDIATE"); !r) return std::unexpected(r.error());
    auto rollback = [&](Error e) {
        (void)db.exec_script("ROLLBACK");
        return std::unexpected(std::move(e));
    };

    std::vector<DepartmentId> departments;
    for (const char* name : kDepartments) {
        auto id = storage::insert_department(db, name);
        if (!id) return rollback(id.error());
        departments.push_back(*id);
    }
    std::vector<DemoLogin> logins;
    std::vector<std::pair<std::string, UserId>> ids;
    for (const auto& u : kUsers) {
        const std::string password = random_password(12);
        auto hash = hash_password(password, strength);
        if (!hash) return rollback(hash.error());
        storage::NewUser nu{u.login, u.name, *hash, u.role,
                            u.department >= 0 ? std::optional(departments[u.department]) : std::nullopt,
                            u.extension, now_ms};
        auto id = storage::insert_user(db, nu);
        if (!id) return rollback(id.error());
        ids.emplace_back(u.login, *id);
        const auto file = dir / (std::string(u.login) + ".password");
        if (auto w = write_password_file(file, password); !w) return rollback(w.error());
        logins.push_back({u.login, u.role, u.name, u.extension, file});
        if (*u.extension) {
            const std::string sip_password = random_password(12);
            storage::SipExtensionRecord ext{u.extension, sip::digest_ha1(u.extension, sip_realm, sip_password), *id,
                                            "national", "off", true};
            if (auto r = storage::insert_sip_extension(db, ext); !r) return rollback(r.error());
            const auto sip_file = dir / ("sip-" + std::string(u.extension) + ".password");
            if (auto w = write_password_file(sip_file, sip_password); !w) return rollback(w.error());
        }
    }
    if (auto t = storage::insert_trunk(db, {.name = "演示中继", .host = "127.0.0.1", .port = 5090,
                                            .allow_from = "127.0.0.2", .dial_prefix = ""});
        !t)
        return rollback(t.error());
    for (const auto& route : {storage::RouteRecord{"95598", "extension", "1001"},
                              storage::RouteRecord{"12345", "queue", "热线总队列"},
                              storage::RouteRecord{"10086", "queue", "故障报修"},
                              storage::RouteRecord{"95566", "ivr", "demo_utility_hotline"}})
        if (auto r = storage::insert_route(db, route); !r) return rollback(r.error());
    if (auto r = storage::save_ivr_flow(db, "demo_utility_hotline", kDemoFlowJson, std::nullopt, now_ms); !r)
        return rollback(r.error());
    // The satisfaction survey (满意度调查) callers of the repair line enter when the agent hangs up.
    constexpr const char* kSurveyFlow = R"({"name": "satisfaction_survey", "version": 1, "start": "ask",
 "nodes": [
  {"id": "ask", "type": "survey", "prompts": ["survey_question"], "valid_digits": "123", "timeout_s": 6,
   "retries": 1, "invalid_prompts": ["survey_invalid"], "next": "thanks"},
  {"id": "thanks", "type": "hangup", "prompts": ["survey_thanks"], "reason": "survey done"}
 ],
 "prompts": {
  "survey_question": {"zh_CN": "请您对本次服务进行评价：满意请按1，基本满意请按2，不满意请按3。",
                      "en": "Please rate our service: press 1 if you are satisfied, 2 if fairly satisfied, 3 if not."},
  "survey_invalid": {"zh_CN": "输入有误。", "en": "Sorry, that is not one of the choices."},
  "survey_thanks": {"zh_CN": "感谢您的评价，再见。", "en": "Thank you for your feedback. Goodbye."}
 }})";
    if (auto r = storage::save_ivr_flow(db, "satisfaction_survey", kSurveyFlow, std::nullopt, now_ms); !r)
        return rollback(r.error());
    // A 7x24 hotline: agents every day, holidays included (the IVR's after-hours branch is there
    // for lines with office hours; an administrator sets the calendar).
    constexpr const char* kDefaultCalendar =
        R"({"name":"default","utc_offset":"+08:00","weekly":{"mon":["00:00-24:00"],"tue":["00:00-24:00"],)"
        R"("wed":["00:00-24:00"],"thu":["00:00-24:00"],"fri":["00:00-24:00"],"sat":["00:00-24:00"],)"
        R"("sun":["00:00-24:00"]},"holidays":[],"makeup_days":[]})";
    if (auto r = storage::save_calendar(db, "default", kDefaultCalendar, now_ms); !r) return rollback(r.error());
    auto id_of = [&](std::string_view login) {
        for (auto& [l, id] : ids)
            if (l == login) return id;
        return UserId{};
    };
    const DemoQueue queues[] = {
        {"热线总队列", "longest_idle", {"1001", "1002", "1003", "1004", "leader"}},
        {"投诉专席", "skills", {"1003", "leader"}},
        {"故障报修", "round_robin", {"1004", "1001"}},
    };
    for (const auto& q : queues) {
        auto qid = storage::insert_queue(db, q.name, q.strategy);
        if (!qid) return rollback(qid.error());
        int level = 1;
        for (const char* m : q.members)
            if (auto r = storage::add_queue_member(db, *qid, id_of(m), level++ > 4 ? 2 : 1); !r)
                return rollback(r.error());
        if (std::string_view(q.name) == "故障报修")
            if (auto r = storage::set_queue_survey_flow(db, *qid, "satisfaction_survey"); !r) return rollback(r.error());
    }
    // Callback visits (回访) of answered work orders: a preview campaign the agents of the hotline
    // queue call from (server/center's CampaignService adds each answered order to it).
    storage::CampaignRow visits;
    visits.name = "工单回访";
    visits.mode = "preview";
    visits.state = "running";
    visits.queue = "热线总队列";
    visits.caller_id = "95598";
    visits.created_by = id_of("admin");
    visits.created_ms = visits.updated_ms = now_ms;
    if (auto r = storage::insert_campaign(db, visits); !r) return rollback(r.error());
    auto ann = storage::insert_announcement(
        db, "欢迎使用 CTI 呼叫中心演示系统",
        "这是演示数据：坐席 1001–1004，班长 leader，质检主管 supervisor，管理员 admin。"
        "密码见数据目录下的 demo/ 文件夹。",
        id_of("admin"), now_ms);
    if (!ann) return rollback(ann.error());
    if (auto r = db.exec_script("COMMIT"); !r) return rollback(r.error());
    return logins;
}

std::vector<DemoLogin> list_demo_logins(const std::filesystem::path& data_dir) {
    std::vector<DemoLogin> out;
    for (const auto& u : kUsers) {
        const auto file = data_dir / "demo" / (std::string(u.login) + ".password");
        if (std::filesystem::exists(file)) out.push_back({u.login, u.role, u.name, u.extension, file});
    }
    return out;
}

}  // namespace cti::app
