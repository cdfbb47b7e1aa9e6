// The administration window's parts offline, over plain data: which sections a session gets, the
// translated headers and cells of AdminTableModel, what AdminFormModel lets change and sends, the
// editors AdminForm builds from the columns, the skills editor, the users' and departments'
// tables. The window against the TLS test double: admin_window_test.cpp; against the real
// server: admin_server_test.cpp.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QApplication>
#include <QSpinBox>

#include "cti/qtclient/translations.h"
#include "models/admin_form_model.h"
#include "models/admin_labels.h"
#include "models/admin_table_model.h"
#include "models/department_model.h"
#include "models/skill_levels_model.h"
#include "models/user_table_model.h"
#include "support/screenshot.h"
#include "widgets/admin_form.h"

using cti::qt::AdminColumn;
using cti::qt::AdminRecord;
using cti::qt::AdminTableInfo;
using namespace cti::supervisor;

namespace {

AdminColumn column(const char* name, const char* type) {
    AdminColumn c;
    c.name = QString::fromUtf8(name);
    c.type = QString::fromUtf8(type);
    return c;
}

// A table with one column of each type: a read-only id key, like queues and announcements.
QList<AdminColumn> everyType() {
    auto id = column("queue_id", "int");
    id.key = id.readOnly = true;
    auto name = column("name", "text");
    name.required = true;
    name.max = 50;
    auto ring = column("ring_timeout_s", "int");
    ring.min = 5;
    ring.max = 600;
    ring.defaultValue = QStringLiteral("20");
    auto strategy = column("strategy", "choice");
    strategy.required = true;
    strategy.choices = {QStringLiteral("longest_idle"), QStringLiteral("round_robin"), QStringLiteral("skills")};
    strategy.defaultValue = QStringLiteral("longest_idle");
    auto skills = column("required_skills", "list");
    skills.choices = {QStringLiteral("电费"), QStringLiteral("投诉")};
    auto members = column("members", "int");
    members.readOnly = true;
    return {id, name, ring, strategy, skills, column("weekly", "multiline"), column("definition", "json"),
            column("blacklisted", "bool"), column("start", "time"), column("from", "date"), members};
}

AdminRecord record(std::initializer_list<std::pair<const char*, const char*>> fields) {
    AdminRecord r;
    for (const auto& [k, v] : fields) r.insert(QString::fromUtf8(k), QString::fromUtf8(v));
    return r;
}

template <class W>
W* editorOf(const AdminForm& form, const char* column) {
    auto* w = qobject_cast<W*>(form.editor(QString::fromLatin1(column)));
    INFO("editor of " << column);
    REQUIRE(w != nullptr);
    CHECK(w->objectName() == QStringLiteral("field_") + QString::fromLatin1(column));
    return w;
}

}  // namespace

TEST_CASE("admin sections: the organisation, then the tables the session may change", "[supervisor][admin]") {
    const QList<AdminTableInfo> tables{
        {QStringLiteral("queues"), true, true, false},
        {QStringLiteral("dictionaries"), false, false, false},  // read by every desktop: not offered
        {QStringLiteral("skills"), true, true, true},
        {QStringLiteral("on_duty"), false, false, false},      // read-only by nature: offered
        {QStringLiteral("zz_newer"), true, false, false},      // unknown to this desktop: last
        {QStringLiteral("prompts"), false, false, true},
    };
    CHECK(adminSections(tables, true) == QStringList{QStringLiteral("users"), QStringLiteral("departments"),
                                                     QStringLiteral("skills"), QStringLiteral("queues"),
                                                     QStringLiteral("on_duty"), QStringLiteral("prompts"),
                                                     QStringLiteral("zz_newer")});
    CHECK(adminSections(tables, false).first() == QStringLiteral("skills"));
    CHECK(adminSections({{QStringLiteral("dictionaries"), false, false, false}}, false).isEmpty());
    CHECK(adminSections({}, true) == QStringList{QStringLiteral("users"), QStringLiteral("departments")});
}

TEST_CASE("admin labels: every known section and column translated, unknown names raw", "[supervisor][admin]") {
    for (const QString& s : AdminLabels::sectionOrder()) {
        INFO(s.toStdString());
        CHECK(AdminLabels::sectionTitle(s) != s);
    }
    CHECK(AdminLabels::sectionTitle(QStringLiteral("zz_newer")) == QStringLiteral("zz_newer"));
    CHECK(AdminLabels::columnTitle(QStringLiteral("queues"), QStringLiteral("ring_timeout_s")) ==
          QStringLiteral("Ring timeout (s)"));
    // The same name in another table means something else.
    CHECK(AdminLabels::columnTitle(QStringLiteral("on_duty"), QStringLiteral("name")) !=
          AdminLabels::columnTitle(QStringLiteral("skills"), QStringLiteral("name")));
    CHECK(AdminLabels::columnTitle(QStringLiteral("x"), QStringLiteral("zz_field")) == QStringLiteral("zz_field"));
    CHECK(AdminLabels::roleTitle(QStringLiteral("team_leader")) == QStringLiteral("Team leader"));
}

TEST_CASE("admin table model: headers, cells, sorting values, rows by key", "[supervisor][admin]") {
    AdminTableModel model;
    cti::qt::AdminTable t;
    t.info = {QStringLiteral("queues"), true, true, false};
    t.columns = everyType();
    t.records = {record({{"queue_id", "2"}, {"name", "投诉专席"}, {"ring_timeout_s", "30"}, {"blacklisted", "1"},
                         {"weekly", "mon 08:30-12:00\ntue 08:30-12:00"}}),
                 record({{"queue_id", "10"}, {"name", "热线总队列"}, {"ring_timeout_s", "5"}, {"blacklisted", "0"}})};
    t.note = QStringLiteral("changes apply at once");
    model.setTable(t);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == t.columns.size());
    const int ring = *model.columnOf(QStringLiteral("ring_timeout_s"));
    const int black = *model.columnOf(QStringLiteral("blacklisted"));
    const int weekly = *model.columnOf(QStringLiteral("weekly"));
    CHECK(model.headerData(ring, Qt::Horizontal).toString() == QStringLiteral("Ring timeout (s)"));
    CHECK(model.headerData(ring, Qt::Horizontal, Qt::ToolTipRole).toString() == QStringLiteral("ring_timeout_s"));
    CHECK(model.index(0, black).data().toString() == QStringLiteral("✓"));
    CHECK(model.index(1, black).data().toString().isEmpty());
    CHECK(model.index(0, weekly).data().toString() == QStringLiteral("mon 08:30-12:00 …"));
    CHECK(model.index(0, weekly).data(AdminTableModel::ValueRole).toString().contains(QLatin1Char('\n')));
    // Numbers sort as numbers: 10 after 2.
    CHECK(model.index(1, 0).data(AdminTableModel::SortRole).toLongLong() == 10);
    CHECK(model.index(0, 0).data(AdminTableModel::SortRole).toLongLong() <
          model.index(1, 0).data(AdminTableModel::SortRole).toLongLong());
    CHECK(model.rowOfKey(record({{"queue_id", "10"}, {"name", "whatever"}})) == 1);
    CHECK_FALSE(model.rowOfKey(record({{"queue_id", "3"}})).has_value());
    CHECK(adminKeyFields(t.columns, t.records[0]) == record({{"queue_id", "2"}}));
}

TEST_CASE("admin form model: defaults, what may change, required fields, what a save sends", "[supervisor][admin]") {
    AdminFormModel form;
    form.setColumns(QStringLiteral("queues"), everyType());
    REQUIRE(form.isNew());
    CHECK(form.record().value(QStringLiteral("ring_timeout_s")) == QStringLiteral("20"));
    CHECK(form.record().value(QStringLiteral("strategy")) == QStringLiteral("longest_idle"));
    const auto& cols = form.columns();
    CHECK_FALSE(form.isEditable(cols[0]));  // a read-only key: the server assigns it
    CHECK(form.isEditable(cols[1]));
    CHECK_FALSE(form.isEditable(cols.last()));  // members: read-only

    auto values = form.record();
    CHECK(form.missingRequired(values) == QStringList{QStringLiteral("name")});
    values[QStringLiteral("name")] = QStringLiteral("  ");
    CHECK(form.missingRequired(values) == QStringList{QStringLiteral("name")});
    values[QStringLiteral("name")] = QStringLiteral("夜间队列");
    values[QStringLiteral("members")] = QStringLiteral("99");
    CHECK(form.missingRequired(values).isEmpty());
    const auto sent = form.recordToSave(values);
    CHECK(sent.value(QStringLiteral("queue_id")).isEmpty());  // new
    CHECK(sent.contains(QStringLiteral("queue_id")));
    CHECK_FALSE(sent.contains(QStringLiteral("members")));  // never taken by the server
    CHECK(sent.value(QStringLiteral("name")) == QStringLiteral("夜间队列"));

    // An existing record keeps its key, even if the values say otherwise.
    form.edit(record({{"queue_id", "2"}, {"name", "投诉专席"}, {"strategy", "skills"}}));
    CHECK_FALSE(form.isNew());
    values = form.record();
    values[QStringLiteral("queue_id")] = QStringLiteral("5");
    CHECK(form.recordToSave(values).value(QStringLiteral("queue_id")) == QStringLiteral("2"));
    CHECK(form.keyFields() == record({{"queue_id", "2"}}));

    // A typed key (skills: name) may be chosen only while the record is new.
    auto name = column("name", "text");
    name.key = name.required = true;
    form.setColumns(QStringLiteral("skills"), {name, column("description", "text")});
    CHECK(form.isEditable(form.columns()[0]));
    form.edit(record({{"name", "电费"}}));
    CHECK_FALSE(form.isEditable(form.columns()[0]));
    CHECK(form.missingRequired({}).isEmpty());  // the key is not the form's to fill any more
    CHECK(splitAdminList(QStringLiteral(" a, b,, c ,")) == QStringList{"a", "b", "c"});
}

TEST_CASE("admin form: one editor per column type, values collected as text", "[supervisor][admin]") {
    AdminForm form;
    form.setColumns(QStringLiteral("queues"), everyType());
    auto* id = editorOf<QLineEdit>(form, "queue_id");
    auto* name = editorOf<QLineEdit>(form, "name");
    auto* ring = editorOf<QSpinBox>(form, "ring_timeout_s");
    auto* strategy = editorOf<QComboBox>(form, "strategy");
    auto* skills = editorOf<QLineEdit>(form, "required_skills");
    auto* weekly = editorOf<QPlainTextEdit>(form, "weekly");
    editorOf<QPlainTextEdit>(form, "definition");
    auto* black = editorOf<QCheckBox>(form, "blacklisted");
    auto* start = editorOf<QLineEdit>(form, "start");
    editorOf<QLineEdit>(form, "from");
    auto* members = editorOf<QLineEdit>(form, "members");

    // A new record: defaults; the server's id (not assigned yet) and the counts cannot be typed.
    CHECK_FALSE(id->isEnabled());
    CHECK(id->text().isEmpty());
    CHECK_FALSE(members->isEnabled());
    CHECK(name->isEnabled());
    CHECK(name->maxLength() == 50);
    CHECK(ring->minimum() == 5);
    CHECK(ring->maximum() == 600);
    CHECK(ring->value() == 20);
    CHECK(strategy->count() == 3);  // required: no empty choice
    CHECK(strategy->currentText() == QStringLiteral("longest_idle"));
    REQUIRE(skills->completer() != nullptr);
    CHECK(form.missingRequired() == QStringList{QStringLiteral("Name")});

    name->setText(QStringLiteral("夜间队列"));
    ring->setValue(45);
    strategy->setCurrentIndex(strategy->findText(QStringLiteral("skills")));
    skills->setText(QStringLiteral("电费:5, 投诉,"));
    weekly->setPlainText(QStringLiteral("mon 08:30-12:00\ntue 13:30-17:30"));
    black->setChecked(true);
    start->setText(QStringLiteral("08:30"));
    CHECK(form.missingRequired().isEmpty());
    const auto v = form.values();
    CHECK(v.value(QStringLiteral("name")) == QStringLiteral("夜间队列"));
    CHECK(v.value(QStringLiteral("ring_timeout_s")) == QStringLiteral("45"));
    CHECK(v.value(QStringLiteral("strategy")) == QStringLiteral("skills"));
    CHECK(v.value(QStringLiteral("required_skills")) == QStringLiteral("电费:5,投诉"));
    CHECK(v.value(QStringLiteral("weekly")) == QStringLiteral("mon 08:30-12:00\ntue 13:30-17:30"));
    CHECK(v.value(QStringLiteral("blacklisted")) == QStringLiteral("1"));
    CHECK(v.value(QStringLiteral("start")) == QStringLiteral("08:30"));
    CHECK_FALSE(form.recordToSave().contains(QStringLiteral("members")));
    CHECK(form.recordToSave().value(QStringLiteral("queue_id")).isEmpty());

    // An existing record: its values shown, its key fixed.
    form.edit(record({{"queue_id", "2"}, {"name", "投诉专席"}, {"ring_timeout_s", "30"}, {"strategy", "gone_strategy"},
                      {"blacklisted", "0"}, {"members", "2"}}));
    CHECK(id->text() == QStringLiteral("2"));
    CHECK(name->text() == QStringLiteral("投诉专席"));
    CHECK(ring->value() == 30);
    CHECK(strategy->currentText() == QStringLiteral("gone_strategy"));  // kept, not silently changed
    CHECK_FALSE(black->isChecked());
    CHECK(members->text() == QStringLiteral("2"));
    CHECK(form.recordToSave().value(QStringLiteral("queue_id")) == QStringLiteral("2"));

    // A typed key: enabled for a new record, disabled once it exists.
    auto key = column("name", "text");
    key.key = key.required = true;
    auto optional = column("overflow_queue", "choice");
    optional.choices = {QString(), QStringLiteral("投诉专席")};  // the server may list none itself
    form.setColumns(QStringLiteral("skills"), {key, optional});
    auto* skillName = editorOf<QLineEdit>(form, "name");
    CHECK(skillName->isEnabled());
    CHECK(editorOf<QComboBox>(form, "overflow_queue")->count() == 2);  // not required: may be none
    CHECK(editorOf<QComboBox>(form, "overflow_queue")->currentText().isEmpty());
    form.edit(record({{"name", "电费"}}));
    CHECK_FALSE(skillName->isEnabled());
    CHECK(form.editor(QStringLiteral("queue_id")) == nullptr);  // the old table's editors are gone
    form.startNew();
    CHECK(skillName->isEnabled());
    CHECK(skillName->text().isEmpty());
}

TEST_CASE("skills editor: add, change, clamp, remove", "[supervisor][admin]") {
    SkillLevelsModel m;
    m.setSkills({{QStringLiteral("电费"), 3}});
    CHECK(m.setLevel(QStringLiteral("投诉"), 7) == 1);
    CHECK(m.setLevel(QStringLiteral(" 电费 "), 12) == 0);  // had it: level changed, kept within 1..10
    CHECK_FALSE(m.setLevel(QStringLiteral("  "), 5).has_value());
    REQUIRE(m.rowCount() == 2);
    CHECK(m.skills() == QList<cti::qt::SkillLevel>{{QStringLiteral("电费"), 10}, {QStringLiteral("投诉"), 7}});
    const auto level = m.index(1, static_cast<int>(SkillLevelsModel::Column::Proficiency));
    CHECK(m.flags(level).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(m.flags(m.index(1, 0)).testFlag(Qt::ItemIsEditable));
    CHECK(m.setData(level, 0));
    CHECK(m.skills()[1].proficiency == 1);
    m.removeSkillAt(0);
    CHECK(m.skills() == QList<cti::qt::SkillLevel>{{QStringLiteral("投诉"), 1}});
}

TEST_CASE("users and departments tables", "[supervisor][admin]") {
    UserTableModel users;
    cti::qt::UserRecord u{1, QStringLiteral("1001"), QStringLiteral("张伟"), QStringLiteral("agent"),
                          QStringLiteral("客服中心"), QStringLiteral("1001"), true, {QStringLiteral("夜班")},
                          {{QStringLiteral("电费"), 7}, {QStringLiteral("投诉"), 3}}};
    users.setUsers({u});
    using C = UserTableModel::Column;
    CHECK(users.index(0, int(C::Skills)).data().toString() == QStringLiteral("电费:7, 投诉:3"));
    CHECK(users.index(0, int(C::Role)).data().toString() == QStringLiteral("Agent"));
    CHECK(users.index(0, int(C::Enabled)).data().toString() == QStringLiteral("✓"));
    CHECK(users.rowOfLogin(QStringLiteral("1001")) == 0);
    CHECK(missingUserFields(u, {}).isEmpty());  // an existing user keeps the password
    cti::qt::UserRecord fresh;
    fresh.role = QStringLiteral("agent");
    CHECK(missingUserFields(fresh, {}) == QStringList{"Login", "Name", "Password"});

    DepartmentModel d;
    d.setDepartments({{1, QStringLiteral("客服中心"), 0}, {2, QStringLiteral("投诉处理中心"), 1},
                      {3, QStringLiteral("投诉一组"), 2}, {4, QStringLiteral("抢修调度中心"), 0}});
    CHECK(d.index(1, int(DepartmentModel::Column::Parent)).data().toString() == QStringLiteral("客服中心"));
    QStringList parents;
    for (const auto& p : d.possibleParents(2)) parents << p.name;
    // Not itself, not the group under it.
    CHECK(parents == QStringList{QStringLiteral("客服中心"), QStringLiteral("抢修调度中心")});
    CHECK(d.possibleParents(0).size() == 4);
}

TEST_CASE("administration in Chinese", "[supervisor][admin][translation]") {
    cti::qt::Translations zh(*qApp, QStringLiteral("zh_CN"),
                             {QStringLiteral("cti_qtclient"), QStringLiteral("cti-supervisor")});
    REQUIRE(zh.missing().isEmpty());
    CHECK(AdminLabels::sectionTitle(QStringLiteral("calendars")) == QStringLiteral("工作日历"));
    CHECK(AdminLabels::sectionTitle(QStringLiteral("shift_members")) == QStringLiteral("排班"));
    CHECK(AdminLabels::sectionTitle(QStringLiteral("vip")) == QStringLiteral("VIP/黑名单"));
    CHECK(AdminLabels::columnTitle(QStringLiteral("queues"), QStringLiteral("ring_timeout_s")) ==
          QStringLiteral("振铃超时（秒）"));
    CHECK(AdminLabels::columnTitle(QStringLiteral("on_duty"), QStringLiteral("name")) == QStringLiteral("姓名"));
    CHECK(AdminLabels::roleTitle(QStringLiteral("team_leader")) == QStringLiteral("班长"));
    AdminForm form;
    form.setColumns(QStringLiteral("queues"), everyType());
    CHECK(form.missingRequired() == QStringList{QStringLiteral("名称")});
    CHECK_FALSE(cti::test::saveScreenshot(form, QStringLiteral("admin_form-zh_CN")).isEmpty());
}
