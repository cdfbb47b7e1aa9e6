// The administration window inside SupervisorApp, against the TLS test double of the server: the
// wall's menu action (only when the server offers something), the sections, a table listed, a
// record added through the generated form (the request on the wire, the table listed again with
// the record selected), a required field refused before sending, the server's refusal shown word
// for word with nothing changed, a user's skills changed through the skills editor, departments
// added and a duplicate name refused; an agent's session and an older server.
#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

#include <algorithm>
#include <map>
#include <string>

#include "app/supervisor_app.h"
#include "cti/qtclient/connection_host.h"
#include "cti/qtclient/session_status.h"
#include "models/admin_table_model.h"
#include "models/department_model.h"
#include "models/skill_levels_model.h"
#include "models/user_table_model.h"
#include "support/fake_server.h"
#include "support/screenshot.h"
#include "support/test_certificate.h"
#include "support/wait.h"
#include "widgets/admin_form.h"
#include "widgets/admin_table_page.h"
#include "widgets/admin_window.h"
#include "widgets/departments_page.h"
#include "widgets/users_page.h"

using cti::test::waitFor;
using Fields = std::map<std::string, std::string>;

namespace {

const QString kRingRefusal = QStringLiteral("ring_timeout_s: 响铃超时须为 5 到 600 秒 (ring timeout must be 5 to 600 s)");

cti::wire::AdminColumn wireColumn(const char* name, const char* type, bool key = false, bool readOnly = false) {
    cti::wire::AdminColumn c;
    c.set_name(name);
    c.set_type(type);
    c.set_key(key);
    c.set_read_only(readOnly);
    return c;
}

// Answers the administration requests as cti-server would, over tables it keeps in memory.
struct AdminServer : QObject {
    cti::test::FakeServer& server;
    bool administrator = true;  // false: an agent, who may only read the dictionaries
    bool oldServer = false;     // true: ListAdminTables is unknown (a server before 1.7)
    QList<Fields> skills{{{"name", "电费"}, {"description", "电费咨询"}, {"agents", "0"}}};
    QList<Fields> queues{{{"queue_id", "1"}, {"name", "热线总队列"}, {"ring_timeout_s", "20"}}};
    QList<cti::wire::UserRecordInfo> users;
    QList<cti::wire::DepartmentInfo> departments;

    explicit AdminServer(cti::test::FakeServer& s) : server(s) {
        connect(&server, &cti::test::FakeServer::envelopeReceived, this, &AdminServer::answer);
        const char* names[] = {"客服中心", "投诉处理中心", "抢修调度中心"};
        for (int i = 0; i < 3; ++i) {
            cti::wire::DepartmentInfo d;
            d.set_department_id(i + 1);
            d.set_name(names[i]);
            departments << d;
        }
        cti::wire::UserRecordInfo u;
        u.set_user_id(1);
        u.set_login("1001");
        u.set_display_name("张伟");
        u.set_role("agent");
        u.set_department("客服中心");
        u.set_extension("1001");
        u.set_enabled(true);
        users << u;
        u.set_user_id(2);
        u.set_login("admin");
        u.set_display_name("系统管理员");
        u.set_role("administrator");
        u.clear_department();
        u.clear_extension();
        users << u;
    }

    static void refuse(cti::wire::Envelope& out, cti::wire::ErrorCode code, const QString& message) {
        out.mutable_error()->set_code(code);
        out.mutable_error()->set_message(message.toStdString());
    }

    void list(const std::string& table, cti::wire::Envelope& out) {
        auto* ok = out.mutable_admin_list_ok();
        ok->mutable_table()->set_table(table);
        ok->mutable_table()->set_may_edit(true);
        ok->mutable_table()->set_may_add(true);
        ok->mutable_table()->set_may_remove(table == "skills");
        const QList<Fields>* rows = &skills;
        if (table == "skills") {
            auto name = wireColumn("name", "text", true);
            name.set_required(true);
            *ok->add_columns() = name;
            *ok->add_columns() = wireColumn("description", "text");
            *ok->add_columns() = wireColumn("agents", "int", false, true);
            ok->set_note("技能由用户管理分配");  // no note of the desktop's own: the server's is shown
        } else if (table == "queues") {
            rows = &queues;
            *ok->add_columns() = wireColumn("queue_id", "int", true, true);
            *ok->add_columns() = wireColumn("name", "text");
            auto ring = wireColumn("ring_timeout_s", "int");
            ring.set_max(600);  // min 0: the form lets 0 through, the server refuses it
            *ok->add_columns() = ring;
            ok->set_note("队列的改动立即生效");
        } else {
            return refuse(out, cti::wire::NOT_FOUND, QStringLiteral("there is no table '%1'").arg(QString::fromStdString(table)));
        }
        for (const auto& r : *rows) {
            auto* rec = ok->add_records();
            for (const auto& [k, v] : r) (*rec->mutable_fields())[k] = v;
        }
    }

    void save(const cti::wire::AdminSave& m, cti::wire::Envelope& out) {
        Fields f;
        for (const auto& [k, v] : m.record().fields()) f[k] = v;
        if (m.remove()) {
            skills.removeIf([&](const Fields& r) { return r.at("name") == f["name"]; });
            out.mutable_admin_save_ok();
            return;
        }
        if (m.table() == "skills") {
            f["agents"] = "0";
            auto it = std::find_if(skills.begin(), skills.end(), [&](const Fields& r) { return r.at("name") == f["name"]; });
            if (it != skills.end()) *it = f;
            else skills << f;
        } else if (m.table() == "queues") {
            if (f["ring_timeout_s"] == "0") return refuse(out, cti::wire::INVALID_ARGUMENT, kRingRefusal);
            for (auto& q : queues)
                if (q.at("queue_id") == f["queue_id"]) q = f;
        }
        for (const auto& [k, v] : f) (*out.mutable_admin_save_ok()->mutable_record()->mutable_fields())[k] = v;
    }

    void answer(const cti::wire::Envelope& in) {
        cti::wire::Envelope out;
        out.set_request_id(in.request_id());
        switch (in.body_case()) {
            case cti::wire::Envelope::kListAdminTables: {
                if (oldServer) {
                    refuse(out, cti::wire::UNKNOWN_MESSAGE, QStringLiteral("unknown message"));
                    break;
                }
                auto* ok = out.mutable_list_admin_tables_ok();
                auto* dict = ok->add_tables();
                dict->set_table("dictionaries");
                if (!administrator) break;  // the dictionaries stay read-only: no admin.system here
                for (const char* t : {"queues", "skills"}) {
                    auto* info = ok->add_tables();
                    info->set_table(t);
                    info->set_may_edit(true);
                    info->set_may_add(true);
                }
                break;
            }
            case cti::wire::Envelope::kAdminList: list(in.admin_list().table(), out); break;
            case cti::wire::Envelope::kAdminSave: save(in.admin_save(), out); break;
            case cti::wire::Envelope::kListUsers:
                for (const auto& u : users) *out.mutable_list_users_ok()->add_users() = u;
                for (const auto& d : departments) *out.mutable_list_users_ok()->add_departments() = d;
                break;
            case cti::wire::Envelope::kSaveUser:
                for (auto& u : users)
                    if (u.user_id() == in.save_user().user().user_id()) u = in.save_user().user();
                *out.mutable_save_user_ok()->mutable_user() = in.save_user().user();
                break;
            case cti::wire::Envelope::kSaveDepartment: {
                auto d = in.save_department().department();
                for (const auto& other : departments)
                    if (other.name() == d.name() && other.department_id() != d.department_id()) {
                        refuse(out, cti::wire::INVALID_ARGUMENT,
                               QStringLiteral("department '%1' already exists; choose another name")
                                   .arg(QString::fromStdString(d.name())));
                        server.push(out);
                        return;
                    }
                if (d.department_id() == 0) {
                    d.set_department_id(departments.size() + 1);
                    departments << d;
                } else {
                    for (auto& other : departments)
                        if (other.department_id() == d.department_id()) other = d;
                }
                *out.mutable_save_department_ok()->mutable_department() = d;
                break;
            }
            default: return;
        }
        server.push(out);
    }
};

template <class T>
T* child(QWidget& w, const char* name) {
    auto* c = w.findChild<T*>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(c != nullptr);
    return c;
}

struct Desktop {
    explicit Desktop(cti::test::FakeServer& server)
        : host(cti::qt::ConnectionOptions{}), app(host.connection(), status),
          sections(&app.adminWindow(), &cti::supervisor::AdminWindow::sectionsChanged) {
        cti::qt::bindSessionStatus(host.connection(), status);
        host.connection().connectToServer(cti::qt::ServerTarget{QStringLiteral("127.0.0.1"), server.port(),
                                                                QStringLiteral("admin"), QStringLiteral("secret"),
                                                                cti::test::testCertificate().fingerprint});
    }
    cti::qt::ConnectionHost host;
    cti::qt::SessionStatus status;
    cti::supervisor::SupervisorApp app;
    QSignalSpy sections;
};

}  // namespace

TEST_CASE("administration window: tables, form, users' skills, departments", "[supervisor][admin]") {
    cti::test::FakeServer server;
    server.snapshot.mutable_me()->add_permissions("admin.users");
    AdminServer admin(server);
    Desktop d(server);
    auto& app = d.app;
    auto& window = app.adminWindow();
    CHECK_FALSE(app.adminAction().isVisible());
    REQUIRE(waitFor([&] { return app.adminAction().isVisible(); }));
    // Dictionaries are listed for every desktop to read: no administration section.
    CHECK(window.sections() == QStringList{"users", "departments", "skills", "queues"});
    app.adminAction().trigger();
    CHECK(window.isVisible());
    CHECK(window.currentSection() == QStringLiteral("users"));

    SECTION("a skill added through the form") {
        auto& page = window.tablePage();
        window.openSection(QStringLiteral("skills"));
        REQUIRE(waitFor([&] { return page.model().rowCount() == 1; }));
        CHECK(page.model().headerData(0, Qt::Horizontal).toString() == QStringLiteral("Name"));
        CHECK(child<QLabel>(page, "adminNote")->text() == QStringLiteral("技能由用户管理分配"));
        // Required fields are checked before anything is sent.
        child<QPushButton>(page, "adminNewButton")->click();
        child<QPushButton>(page, "adminSaveButton")->click();
        CHECK(page.messageText() == QStringLiteral("Please fill in: Name"));
        CHECK(page.messageIsError());
        CHECK(server.receivedOf(cti::wire::Envelope::kAdminSave).isEmpty());

        child<QLineEdit>(page.form(), "field_name")->setText(QStringLiteral("投诉"));
        child<QLineEdit>(page.form(), "field_description")->setText(QStringLiteral("投诉处理"));
        CHECK_FALSE(child<QLineEdit>(page.form(), "field_agents")->isEnabled());
        child<QPushButton>(page, "adminSaveButton")->click();
        REQUIRE(waitFor([&] { return page.model().rowCount() == 2 && page.selectedRow() >= 0; }));
        CHECK(page.messageText() == QStringLiteral("Saved"));
        CHECK_FALSE(page.messageIsError());
        CHECK(page.model().recordAt(page.selectedRow()).value(QStringLiteral("name")) == QStringLiteral("投诉"));
        const auto saves = server.receivedOf(cti::wire::Envelope::kAdminSave);
        REQUIRE(saves.size() == 1);
        CHECK(saves[0].admin_save().table() == "skills");
        CHECK_FALSE(saves[0].admin_save().remove());
        const auto& fields = saves[0].admin_save().record().fields();
        CHECK(fields.at("name") == "投诉");
        CHECK(fields.at("description") == "投诉处理");
        CHECK(fields.count("agents") == 0);  // read-only: never sent
        // Saved: the key is fixed now; the rebuilt form is on screen.
        auto* name = child<QLineEdit>(page.form(), "field_name");
        CHECK_FALSE(name->isEnabled());
        CHECK(name->text() == QStringLiteral("投诉"));
        REQUIRE(waitFor([&] { return name->isVisible(); }));
        cti::test::saveScreenshot(window, QStringLiteral("admin_skills"));

        // Removed by its key (the button asks first; removeSelected is what it does then).
        CHECK(child<QPushButton>(page, "adminRemoveButton")->isEnabled());
        page.removeSelected();
        REQUIRE(waitFor([&] { return page.model().rowCount() == 1 && page.messageText() == QStringLiteral("Removed"); }));
        const auto removal = server.receivedOf(cti::wire::Envelope::kAdminSave).last().admin_save();
        CHECK(removal.remove());
        CHECK(removal.record().fields_size() == 1);
        CHECK(removal.record().fields().at("name") == "投诉");
        CHECK(page.selectedRow() < 0);
        CHECK_FALSE(child<QPushButton>(page, "adminRemoveButton")->isEnabled());
    }

    SECTION("the server's refusal shown as it is, nothing changed") {
        auto& page = window.tablePage();
        window.openSection(QStringLiteral("queues"));
        REQUIRE(waitFor([&] { return page.model().rowCount() == 1; }));
        // A table the desktop knows: its own note in its language, not the server's.
        CHECK(child<QLabel>(page, "adminNote")->text() ==
              QStringLiteral("Changes reach the ACD at once; callers already waiting stay in the queue."));
        page.selectRow(0);
        auto* ring = child<QSpinBox>(page.form(), "field_ring_timeout_s");
        CHECK(ring->value() == 20);
        ring->setValue(0);
        const auto lists = server.receivedOf(cti::wire::Envelope::kAdminList).size();
        child<QPushButton>(page, "adminSaveButton")->click();
        REQUIRE(waitFor([&] { return page.messageIsError(); }));
        CHECK(page.messageText() == kRingRefusal);
        CHECK(server.receivedOf(cti::wire::Envelope::kAdminSave)[0].admin_save().record().fields().at("queue_id") == "1");
        CHECK(page.model().recordAt(0).value(QStringLiteral("ring_timeout_s")) == QStringLiteral("20"));
        CHECK(server.receivedOf(cti::wire::Envelope::kAdminList).size() == lists);  // not listed again
        CHECK(admin.queues[0].at("ring_timeout_s") == "20");
    }

    SECTION("agent 1001 given a skill through the skills editor") {
        auto& page = window.usersPage();
        REQUIRE(waitFor([&] { return page.model().rowCount() == 2; }));
        // The skill names come from the skills table.
        REQUIRE(waitFor([&] { return page.skillNames().contains(QStringLiteral("电费")); }));
        page.selectRow(*page.model().rowOfLogin(QStringLiteral("1001")));
        CHECK(child<QLineEdit>(page, "userName")->text() == QStringLiteral("张伟"));
        CHECK_FALSE(child<QLineEdit>(page, "userLogin")->isEnabled());
        child<QComboBox>(page, "skillName")->setCurrentText(QStringLiteral("电费"));
        child<QSpinBox>(page, "skillLevel")->setValue(7);
        child<QPushButton>(page, "addSkillButton")->click();
        CHECK(page.skills().skills() == QList<cti::qt::SkillLevel>{{QStringLiteral("电费"), 7}});
        child<QPushButton>(page, "userSaveButton")->click();
        REQUIRE(waitFor([&] { return page.messageText() == QStringLiteral("Saved"); }));
        const auto saves = server.receivedOf(cti::wire::Envelope::kSaveUser);
        REQUIRE(saves.size() == 1);
        const auto& u = saves[0].save_user().user();
        CHECK(u.user_id() == 1);
        CHECK(u.login() == "1001");
        CHECK(u.role() == "agent");
        CHECK(u.department() == "客服中心");
        REQUIRE(u.skills_size() == 1);
        CHECK(u.skills(0).skill() == "电费");
        CHECK(u.skills(0).proficiency() == 7);
        CHECK(saves[0].save_user().password().empty());  // empty: the password is kept
        // Listed again: the table shows it and the user stays selected.
        REQUIRE(waitFor([&] {
            const auto row = page.model().rowOfLogin(QStringLiteral("1001"));
            return row && page.model().index(*row, int(cti::supervisor::UserTableModel::Column::Skills)).data() ==
                              QStringLiteral("电费:7");
        }));
        CHECK(page.selectedRow() == *page.model().rowOfLogin(QStringLiteral("1001")));
        cti::test::saveScreenshot(window, QStringLiteral("admin_users"));
    }

    SECTION("departments: a duplicate name refused, a new one added under a parent") {
        auto& page = window.departmentsPage();
        window.openSection(QStringLiteral("departments"));
        REQUIRE(waitFor([&] { return page.model().rowCount() == 3; }));
        page.selectRow(1);
        child<QLineEdit>(page, "departmentName")->setText(QStringLiteral("客服中心"));
        child<QPushButton>(page, "departmentSaveButton")->click();
        REQUIRE(waitFor([&] { return page.messageIsError(); }));
        CHECK(page.messageText() == QStringLiteral("department '客服中心' already exists; choose another name"));
        CHECK(page.model().departmentAt(1).name == QStringLiteral("投诉处理中心"));

        child<QPushButton>(page, "departmentNewButton")->click();
        child<QLineEdit>(page, "departmentName")->setText(QStringLiteral("质检中心"));
        auto* parent = child<QComboBox>(page, "departmentParent");
        parent->setCurrentIndex(parent->findText(QStringLiteral("客服中心")));
        child<QPushButton>(page, "departmentSaveButton")->click();
        REQUIRE(waitFor([&] { return page.model().rowCount() == 4 && page.selectedRow() == 3; }));
        CHECK(page.messageText() == QStringLiteral("Saved"));
        CHECK(page.model().departmentAt(3).parentId == 1);
    }

    d.host.logoutAndWait(std::chrono::seconds(10));
}

TEST_CASE("administration window: nothing for an agent, the organisation only on an older server",
          "[supervisor][admin]") {
    cti::test::FakeServer server;
    AdminServer admin(server);

    SECTION("an agent") {
        admin.administrator = false;
        Desktop d(server);
        REQUIRE(waitFor([&] { return d.sections.count() > 0; }));
        CHECK(d.app.adminWindow().sections().isEmpty());
        CHECK_FALSE(d.app.adminAction().isVisible());
        d.host.logoutAndWait(std::chrono::seconds(10));
    }
    SECTION("a server before protocol 1.7") {
        admin.oldServer = true;
        server.snapshot.mutable_me()->add_permissions("admin.users");
        Desktop d(server);
        REQUIRE(waitFor([&] { return d.app.adminAction().isVisible(); }));
        CHECK(d.app.adminWindow().sections() == QStringList{"users", "departments"});
        d.host.logoutAndWait(std::chrono::seconds(10));
    }
}
