#pragma once
// The world tickets_bench generates: departments, agents and handlers, the hotline vocabulary
// (Chinese, about 20 % English) and the seeded Generator that makes a NewOrder from it — data
// for the benchmark, kept apart from its measurements (tickets_bench.cpp).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <string_view>

#include "cti/storage/directory.h"
#include "cti/tickets/store.h"

namespace cti::bench_tickets {

using namespace cti::tickets;

inline constexpr std::int64_t kDayMs = 86'400'000;

template <class T>
inline T must(Result<T> r, const char* what) {
    if (!r) {
        std::fprintf(stderr, "tickets_bench: %s: %s\n", what, r.error().message.c_str());
        std::exit(1);
    }
    return std::move(*r);
}
inline void must(Result<void> r, const char* what) {
    if (!r) {
        std::fprintf(stderr, "tickets_bench: %s: %s\n", what, r.error().message.c_str());
        std::exit(1);
    }
}

// ---- the generated world ----

// The orders span one year, oldest first (order ids grow with time, as in production).
inline constexpr std::int64_t kEndMs = 1'790'000'000'000;  // 2026-09-21
inline constexpr std::int64_t kSpanMs = 365 * kDayMs;
inline const auto kUtc8 = std::chrono::hours(8);

struct World {
    DepartmentId center;                       // 客服中心: registers and dispatches
    std::vector<DepartmentId> departments;     // handling departments
    std::vector<int> department_weight;        // share of dispatches
    std::vector<Actor> agents;                 // call-center staff
    std::vector<std::vector<Actor>> handlers;  // per handling department
};

inline const char* const kDepartmentNames[] = {"抢修调度中心", "营销服务部", "投诉处理中心", "计量中心",
                                        "城东供电所", "城西供电所", "燃气营业所", "自来水营业所"};
inline const int kDepartmentWeights[] = {30, 15, 14, 9, 10, 8, 7, 7};

inline World make_world(storage::Database& db) {
    World w;
    w.center = must(storage::insert_department(db, "客服中心"), "department");
    int login = 1000;
    auto user = [&](DepartmentId d, const char* role) {
        const auto name = std::to_string(++login);
        return must(storage::insert_user(db, storage::NewUser{.login = name, .display_name = name,
                                                              .password_hash = "$x", .role = role,
                                                              .department_id = d, .created_ms = 1}),
                    "user");
    };
    for (int i = 0; i < 40; ++i) w.agents.push_back(Actor{user(w.center, "agent"), w.center, kCreate | kDispatch});
    for (std::size_t d = 0; d < std::size(kDepartmentNames); ++d) {
        w.departments.push_back(must(storage::insert_department(db, kDepartmentNames[d]), "department"));
        w.department_weight.push_back(kDepartmentWeights[d]);
        w.handlers.emplace_back();
        for (int i = 0; i < 6; ++i)
            w.handlers.back().push_back(Actor{user(w.departments.back(), "agent"), w.departments.back(), 0});
    }
    return w;
}

// Looks the world up again in a database built by an earlier run (--keep).
inline World load_world(storage::Database& db) {
    World w;
    auto s = must(db.prepare("SELECT department_id, name FROM departments ORDER BY department_id"), "departments");
    std::map<std::string, DepartmentId> by_name;
    while (must(s.step(), "departments")) by_name[s.get_text("name")] = DepartmentId(s.get_int("department_id"));
    w.center = by_name.at("客服中心");
    for (std::size_t d = 0; d < std::size(kDepartmentNames); ++d) {
        w.departments.push_back(by_name.at(kDepartmentNames[d]));
        w.department_weight.push_back(kDepartmentWeights[d]);
        w.handlers.emplace_back();
    }
    auto u = must(db.prepare("SELECT user_id, department_id FROM users ORDER BY user_id"), "users");
    while (must(u.step(), "users")) {
        const DepartmentId d(u.get_int("department_id"));
        const UserId id(u.get_int("user_id"));
        if (d == w.center) {
            w.agents.push_back(Actor{id, d, kCreate | kDispatch});
            continue;
        }
        for (std::size_t i = 0; i < w.departments.size(); ++i)
            if (w.departments[i] == d) w.handlers[i].push_back(Actor{id, d, 0});
    }
    return w;
}


// Hotline vocabulary.
inline const char* const kEstates[] = {"幸福小区", "阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "和平里", "东方明珠苑",
                                "龙湖天街", "碧水蓝天", "万科城", "丽景湾", "绿地新都会", "书香门第", "紫荆花园",
                                "滨江一号", "怡景苑", "康乐新村", "华府天地", "观澜国际", "春江花月", "盛世华庭",
                                "桃园新村", "梧桐苑", "枫林晚", "世纪花城", "西湖人家", "青年公寓", "南苑小区",
                                "北辰家园", "工人新村"};
inline const char* const kStreets[] = {"人民路", "解放路", "中山路", "建设街", "文化路", "长江路", "黄河路", "新华街道",
                                "和平街道", "东风路", "朝阳路", "红旗路", "胜利街", "迎宾大道", "学府路", "光明街",
                                "府前街", "滨河路", "工业园路", "火车站广场", "体育场路", "北京路", "上海路",
                                "广州路", "湖滨路"};
inline const char* const kDistricts[] = {"城东区", "城西区", "高新区", "经开区", "江北区", "老城区", "新区"};
inline const char* const kHalls[] = {"人民路营业厅", "高新区营业厅", "江北营业厅", "城东营业厅", "火车站营业厅", "新区营业厅"};
inline const char* const kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
inline const char* const kGiven[] = {"先生", "女士", "建国", "秀英", "丽", "强", "敏", "伟", "芳", "磊", "静", "军"};
inline const char* const kEnglishNames[] = {"John Smith", "Mary Chen", "David Wang", "Linda Li", "Peter Zhang", "Anna Liu"};
inline const char* const kEnglishPlaces[] = {"Riverside Garden", "Sunshine Estate", "Lakeview Court", "Harbour Tower",
                                      "Maple Residence", "Central Plaza", "Green Valley", "Jade Park"};

struct Topic {
    OrderType type;
    const char* titles[3];    // {place} is filled in
    const char* clauses[6];   // {place} {amount} {date} {account} {n} are filled in
};

inline const Topic kTopics[] = {
    {OrderType::repair,
     {"{place}停电", "{place}电压不稳", "{place}燃气泄漏报修"},
     {"{place}从{date}晚上开始停电，已经{n}个小时", "家中电压不稳，灯光忽明忽暗，电器无法使用",
      "楼道里闻到燃气泄漏的味道，请尽快派人处理", "户号{account}，报修电表箱冒烟",
      "整栋楼停电，电梯困人，情况紧急", "申请抢修，客户要求上门时间{date}下午"}},
    {OrderType::repair,
     {"{place}停水", "{place}水管爆裂", "{place}路灯不亮"},
     {"{place}自来水管爆裂，路面积水严重", "小区停水{n}天，没有收到任何通知",
      "水压太低，{n}楼以上无法用水", "户号{account}，水表漏水需要更换",
      "路灯连续{n}天不亮，夜间出行不便", "报修后无人处理，客户再次来电"}},
    {OrderType::complaint,
     {"投诉{hall}服务态度", "投诉抄表员", "投诉抢修不及时"},
     {"客户投诉{hall}工作人员态度恶劣，推诿办理", "抄表员估抄，本月电费{amount}元明显偏高",
      "报修{n}小时后仍无人到场，客户非常不满", "户号{account}，多次投诉未得到答复",
      "要求对相关人员进行处理并给予书面答复", "客户称如不解决将向12345市长热线反映"}},
    {OrderType::consultation,
     {"咨询水费", "咨询电费", "咨询阶梯电价"},
     {"客户咨询{date}账单水费{amount}元的计算方式", "户号{account}，咨询本月电费{amount}元为何上涨",
      "咨询阶梯电价第{n}档的标准", "咨询{hall}的营业时间和地址", "咨询如何办理电子发票",
      "已向客户解释抄表周期，客户表示理解"}},
    {OrderType::business,
     {"办理过户", "申请增容", "办理燃气开户"},
     {"户号{account}，客户申请办理过户手续", "{place}商铺申请增容至{n}0千瓦",
      "客户申请燃气开户，预约{date}上门安装", "办理银行代扣水费业务", "申请更换智能电表",
      "客户已在{hall}提交材料，等待审核"}},
    {OrderType::suggestion,
     {"建议增加营业厅窗口", "建议优化缴费方式", "建议公布停电计划"},
     {"建议{hall}增加周末窗口，减少排队时间", "建议在微信公众号公布计划停电信息",
      "建议{place}增设充电桩{n}个", "建议电费账单增加用电明细", "建议抄表时间提前通知",
      "客户希望燃气缴费支持支付宝"}},
    {OrderType::praise,
     {"表扬抢修师傅", "表扬{hall}", "表扬热线服务"},
     {"客户表扬抢修人员{n}分钟到场，处理迅速", "{hall}工作人员热情耐心，客户表示满意",
      "感谢{place}燃气维修人员冒雨抢修", "客户来电表扬话务员服务周到", "户号{account}，表扬上门服务",
      "客户送来锦旗表示感谢"}},
    {OrderType::marketing,
     {"电能替代预受理", "光伏并网咨询", "充电桩安装预受理"},
     {"客户有意向安装家庭光伏，容量约{n}千瓦", "{place}物业咨询充电桩安装，约{n}个车位",
      "客户咨询电采暖改造补贴，预计费用{amount}元", "预约{date}上门勘察", "户号{account}，意向办理峰谷电价",
      "已登记客户需求，转营销部跟进"}},
};

inline const char* const kEnglishTitles[] = {"Power outage at {place}", "Voltage fluctuation at {place}",
                                      "Gas leak reported at {place}", "Water bill enquiry",
                                      "Complaint about meter reading", "Request to transfer account",
                                      "Street light broken near {place}", "Praise for repair crew"};
inline const char* const kEnglishClauses[] = {
    "Customer reports no power since {date}, about {n} hours so far.",
    "The voltage is unstable and appliances keep resetting.",
    "Strong smell of gas in the stairwell, please send a technician urgently.",
    "Account {account}: the bill of {amount} yuan looks too high.",
    "Customer asks why the meter reading was estimated this month.",
    "Caller requests a callback after 6pm.",
    "Water pipe burst outside building {n}, the road is flooded.",
    "Customer wants to switch to paperless billing.",
    "The repair crew arrived within {n} minutes, customer is very satisfied.",
    "Customer was transferred between departments {n} times without a solution.",
};

class Generator {
public:
    explicit Generator(std::uint64_t seed) : rng_(seed) {}

    int uniform(int n) { return static_cast<int>(rng_() % static_cast<std::uint64_t>(n)); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    template <class T, std::size_t N>
    const T& pick(const T (&a)[N]) { return a[uniform(static_cast<int>(N))]; }

    // A pool of callers with repeat callers: a few numbers call very often.
    std::string caller() {
        const int r = uniform(1000);
        const int id = r < 20 ? uniform(50) : r < 300 ? uniform(20'000) : uniform(400'000);
        return caller_number(id);
    }
    static std::string caller_number(int id) {
        static const char* const prefixes[] = {"138", "139", "135", "186", "150", "177", "189", "158"};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%08d", prefixes[id % 8], (id * 7919) % 100'000'000);
        return buf;
    }

    NewOrder order(std::int64_t created_ms) {
        NewOrder n;
        const bool english = chance(0.2);
        n.caller_number = caller();
        n.urgency = chance(0.85) ? Urgency::normal : chance(0.7) ? Urgency::urgent : Urgency::very_urgent;
        n.channel = chance(0.9) ? Channel::phone : chance(0.5) ? Channel::web : Channel::sms;
        const Topic& topic = pick(kTopics);
        n.type = topic.type;
        if (english) {
            n.contact_name = pick(kEnglishNames);
            n.title = fill(pick(kEnglishTitles), created_ms, true);
            const int clauses = 2 + uniform(3);
            for (int i = 0; i < clauses; ++i) n.content += (i ? " " : "") + fill(pick(kEnglishClauses), created_ms, true);
        } else {
            n.contact_name = std::string(pick(kSurnames)) + pick(kGiven);
            n.title = fill(topic.titles[uniform(3)], created_ms, false);
            const int clauses = 2 + uniform(4);
            n.content = "来电人反映：";
            for (int i = 0; i < clauses; ++i) n.content += fill(topic.clauses[uniform(6)], created_ms, false) + (i + 1 < clauses ? "；" : "。");
            if (chance(0.5)) n.content += "地址：" + address();
        }
        n.restricted = n.type == OrderType::complaint && chance(0.05);
        return n;
    }

private:
    std::string address() {
        return std::string(pick(kDistricts)) + pick(kStreets) + std::to_string(1 + uniform(300)) + "号" + pick(kEstates) +
               std::to_string(1 + uniform(40)) + "号楼" + std::to_string(1 + uniform(6)) + "单元" +
               std::to_string(101 + uniform(30) * 100 + uniform(4)) + "室";
    }
    std::string place(bool english) {
        if (english) return std::string(pick(kEnglishPlaces)) + " Block " + std::to_string(1 + uniform(40));
        switch (uniform(3)) {
            case 0: return std::string(pick(kEstates)) + std::to_string(1 + uniform(40)) + "号楼";
            case 1: return std::string(pick(kStreets)) + std::to_string(1 + uniform(300)) + "号";
            default: return std::string(pick(kDistricts)) + pick(kEstates);
        }
    }
    std::string fill(std::string_view pattern, std::int64_t created_ms, bool english) {
        std::string out;
        for (std::size_t i = 0; i < pattern.size();) {
            if (pattern[i] != '{') {
                out += pattern[i++];
                continue;
            }
            const auto close = pattern.find('}', i);
            const auto key = pattern.substr(i + 1, close - i - 1);
            i = close + 1;
            char buf[64];
            if (key == "place") out += place(english);
            else if (key == "hall") out += pick(kHalls);
            else if (key == "n") out += std::to_string(1 + uniform(12));
            else if (key == "amount") {
                std::snprintf(buf, sizeof buf, "%d.%02d", 20 + uniform(2000), uniform(100));
                out += buf;
            } else if (key == "account") {
                std::snprintf(buf, sizeof buf, "%010d", uniform(2'000'000'000));
                out += buf;
            } else if (key == "date") {
                using namespace std::chrono;
                const year_month_day d{floor<days>(sys_time<milliseconds>(milliseconds(created_ms - uniform(10) * kDayMs)))};
                if (english)
                    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
                else
                    std::snprintf(buf, sizeof buf, "%d年%u月%u日", static_cast<int>(d.year()),
                                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
                out += buf;
            }
        }
        return out;
    }

    std::mt19937_64 rng_;
};

}  // namespace cti::bench_tickets
