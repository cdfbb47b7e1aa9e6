// The administration window's parts offline, over plain data: which sections a session gets, the
// translated headers and cells of AdminTableModel (codes by their labels), the tables' notes,
// what AdminFormModel lets change and sends, the editors AdminForm builds from the columns (codes
// by their labels, saved as codes), the skills editor, the users' and departments' tables. The
// window against the TLS test double: admin_window_test.cpp; against the real server:
// admin_server_test.cpp.
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
    CHECK(strategy->currentText() == QStringLiteral("Longest idle first"));  // the label...
    CHECK(strategy->currentData().toString() == QStringLiteral("longest_idle"));  // ...of the code
    REQUIRE(skills->completer() != nullptr);
    CHECK(form.missingRequired() == QStringList{QStringLiteral("Name")});

    name->setText(QStringLiteral("夜间队列"));
    ring->setValue(45);
    strategy->setCurrentIndex(strategy->findText(QStringLiteral("Best skill match")));
    skills->setText(QStringLiteral("电费:5, 投诉,"));
    weekly->setPlainText(QStringLiteral("mon 08:30-12:00\ntue 13:30-17:30"));
    black->setChecked(true);
    start->setText(QStringLiteral("08:30"));
    CHECK(form.missingRequired().isEmpty());
    const auto v = form.values();
    CHECK(v.value(QStringLiteral("name")) == QStringLiteral("夜间队列"));
    CHECK(v.value(QStringLiteral("ring_timeout_s")) == QStringLiteral("45"));
    CHECK(v.value(QStringLiteral("strategy")) == QStringLiteral("skills"));  // the code, not the label
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
    CHECK(form.values().value(QStringLiteral("strategy")) == QStringLiteral("gone_strategy"));
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

TEST_CASE("admin labels: codes shown by their labels, notes in the desktop's words", "[supervisor][admin]") {
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("strategy"), QStringLiteral("ring_all")) ==
          QStringLiteral("Ring all at once"));
    CHECK(AdminLabels::valueText(QStringLiteral("trunks"), QStringLiteral("transport"), QStringLiteral("tls")) ==
          QStringLiteral("TLS"));
    CHECK(AdminLabels::valueText(QStringLiteral("deadlines"), QStringLiteral("escalate_role"),
                                 QStringLiteral("team_leader")) == QStringLiteral("Team leader"));
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("overflow_action"), QString()) ==
          QStringLiteral("None"));
    // A code this desktop does not know, a column without codes: as they are.
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("strategy"), QStringLiteral("zz_newer")) ==
          QStringLiteral("zz_newer"));
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("name"), QStringLiteral("ring_all")) ==
          QStringLiteral("ring_all"));
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("overflow_queue"), QString()).isEmpty());
    CHECK(AdminLabels::listText(QStringLiteral("shift_members"), QStringLiteral("weekdays"),
                                QStringLiteral("mon,sat,zz")) == QStringLiteral("Mon, Sat, zz"));
    CHECK(AdminLabels::listText(QStringLiteral("queues"), QStringLiteral("required_skills"),
                                QStringLiteral("电费:5,投诉")) == QStringLiteral("电费:5,投诉"));
    const QStringList days{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    CHECK(AdminLabels::valueCode(QStringLiteral("shift_members"), QStringLiteral("weekdays"), days,
                                 QStringLiteral("sat")) == QStringLiteral("sat"));
    CHECK(AdminLabels::valueCode(QStringLiteral("shift_members"), QStringLiteral("weekdays"), days,
                                 QStringLiteral("Sat")) == QStringLiteral("sat"));
    CHECK(AdminLabels::valueCode(QStringLiteral("shift_members"), QStringLiteral("weekdays"), days,
                                 QStringLiteral("someday")) == QStringLiteral("someday"));

    // The note: the desktop's own for a table it knows, the server's for a newer table.
    const QString server = QStringLiteral("server's words");
    CHECK(AdminLabels::tableNote(QStringLiteral("queues"), server) ==
          QStringLiteral("Changes reach the ACD at once; callers already waiting stay in the queue."));
    CHECK(AdminLabels::tableNote(QStringLiteral("zz_newer"), server) == server);
    for (const char* t : {"queues", "calendars", "shifts", "on_duty", "deadlines", "workflows", "number_segments", "vip",
                          "dictionaries", "announcements", "parameters", "trunks", "routes", "extensions",
                          "agent_settings", "roles"}) {
        INFO(t);
        CHECK(AdminLabels::tableNote(QString::fromLatin1(t), server) != server);
    }
    CHECK(AdminLabels::parameterDescription(QStringLiteral("fax.retry_s"), server) ==
          QStringLiteral("Seconds between fax attempts."));
    CHECK(AdminLabels::parameterDescription(QStringLiteral("zz.newer"), server) == server);
}

TEST_CASE("admin table model: codes shown by their labels, kept as codes", "[supervisor][admin]") {
    AdminTableModel model;
    cti::qt::AdminTable t;
    t.info = {QStringLiteral("queues"), true, true, false};
    auto action = column("overflow_action", "choice");
    action.choices = {QString(), QStringLiteral("voicemail"), QStringLiteral("callback")};
    t.columns = everyType() << action;
    t.records = {record({{"queue_id", "1"}, {"strategy", "round_robin"}, {"overflow_action", "callback"},
                         {"required_skills", "电费:5,投诉"}}),
                 record({{"queue_id", "2"}, {"strategy", "zz_newer"}, {"overflow_action", ""}})};
    model.setTable(t);
    const int strategy = *model.columnOf(QStringLiteral("strategy"));
    const int overflow = *model.columnOf(QStringLiteral("overflow_action"));
    const int skills = *model.columnOf(QStringLiteral("required_skills"));
    CHECK(model.index(0, strategy).data().toString() == QStringLiteral("Round robin"));
    CHECK(model.index(0, strategy).data(AdminTableModel::ValueRole).toString() == QStringLiteral("round_robin"));
    CHECK(model.index(0, strategy).data(AdminTableModel::SortRole).toString() == QStringLiteral("Round robin"));
    CHECK(model.index(1, strategy).data().toString() == QStringLiteral("zz_newer"));
    CHECK(model.index(0, overflow).data().toString() == QStringLiteral("Callback"));
    CHECK(model.index(1, overflow).data().toString() == QStringLiteral("None"));
    CHECK(model.index(1, overflow).data(AdminTableModel::ValueRole).toString().isEmpty());
    CHECK(model.index(0, skills).data().toString() == QStringLiteral("电费:5,投诉"));
    CHECK(model.recordAt(0).value(QStringLiteral("strategy")) == QStringLiteral("round_robin"));

    // A list of codes item by item; a parameter's description by its key; roles by their titles.
    auto days = column("weekdays", "list");
    days.choices = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    t.info.table = QStringLiteral("shift_members");
    t.columns = {days};
    t.records = {record({{"weekdays", "mon,tue,fri"}})};
    model.setTable(t);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Mon, Tue, Fri"));
    CHECK(model.index(0, 0).data(AdminTableModel::ValueRole).toString() == QStringLiteral("mon,tue,fri"));

    auto key = column("key", "text");
    key.key = key.readOnly = true;
    auto description = column("description", "text");
    description.readOnly = true;
    auto applies = column("applies", "text");
    applies.readOnly = true;
    t.info.table = QStringLiteral("parameters");
    t.columns = {key, description, applies};
    t.records = {record({{"key", "fax.retry_s"}, {"description", "server text"}, {"applies", "restart"}}),
                 record({{"key", "zz.newer"}, {"description", "A newer parameter."}, {"applies", "zz"}})};
    model.setTable(t);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Seconds between fax attempts."));
    CHECK(model.index(0, 1).data(AdminTableModel::ValueRole).toString() == QStringLiteral("server text"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("When the server restarts"));
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("A newer parameter."));
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("zz"));

    // A role's kind by the built-in role's title, its permissions by what they let one do.
    t.info.table = QStringLiteral("roles");
    t.columns = {column("kind", "choice"), column("permissions", "list")};
    t.records = {record({{"kind", "administrator"}, {"permissions", "report.view,admin.users"}})};
    model.setTable(t);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Administrator"));
    CHECK(model.index(0, 0).data(AdminTableModel::ValueRole).toString() == QStringLiteral("administrator"));
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("Run reports, Users, roles, departments, skills"));
    CHECK(model.index(0, 1).data(AdminTableModel::ValueRole).toString() == QStringLiteral("report.view,admin.users"));
}

TEST_CASE("admin form: choices by their labels, saved as codes", "[supervisor][admin]") {
    AdminForm form;
    auto login = column("login", "choice");
    login.key = login.required = true;
    login.choices = {QStringLiteral("1001")};
    auto days = column("weekdays", "list");
    days.required = true;
    days.choices = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    auto action = column("overflow_action", "choice");
    action.choices = {QString(), QStringLiteral("voicemail"), QStringLiteral("callback")};
    form.setColumns(QStringLiteral("shift_members"), {login, days});
    auto* weekdays = editorOf<QLineEdit>(form, "weekdays");
    CHECK(weekdays->toolTip().contains(QStringLiteral("Mon, Tue")));
    REQUIRE(weekdays->completer() != nullptr);
    form.edit(record({{"login", "1001"}, {"weekdays", "mon,wed"}}));
    CHECK(weekdays->text() == QStringLiteral("Mon, Wed"));
    CHECK(form.values().value(QStringLiteral("weekdays")) == QStringLiteral("mon,wed"));
    // Labels, codes, a Chinese comma: all saved as codes; an unknown item goes as typed (the server says).
    weekdays->setText(QStringLiteral("Mon，sat、Sun, someday"));
    CHECK(form.recordToSave().value(QStringLiteral("weekdays")) == QStringLiteral("mon,sat,sun,someday"));
    CHECK(editorOf<QComboBox>(form, "login")->currentText() == QStringLiteral("1001"));  // no label: as it is

    form.setColumns(QStringLiteral("queues"), {action});
    auto* overflow = editorOf<QComboBox>(form, "overflow_action");
    REQUIRE(overflow->count() == 3);  // "" listed by the server once, as none
    CHECK(overflow->itemText(0) == QStringLiteral("None"));
    CHECK(overflow->itemText(1) == QStringLiteral("Voicemail"));
    CHECK(overflow->itemData(2).toString() == QStringLiteral("callback"));
    CHECK(form.values().value(QStringLiteral("overflow_action")).isEmpty());
    overflow->setCurrentIndex(overflow->findText(QStringLiteral("Callback")));
    CHECK(form.recordToSave().value(QStringLiteral("overflow_action")) == QStringLiteral("callback"));
    form.edit(record({{"overflow_action", "voicemail"}}));
    CHECK(overflow->currentText() == QStringLiteral("Voicemail"));

    // Columns never saved show in the desktop's words, and are not sent.
    auto key = column("key", "text");
    key.key = key.readOnly = true;
    auto value = column("value", "text");
    auto description = column("description", "text");
    description.readOnly = true;
    auto applies = column("applies", "text");
    applies.readOnly = true;
    form.setColumns(QStringLiteral("parameters"), {key, value, description, applies});
    form.edit(record({{"key", "fax.retry_s"}, {"value", ""}, {"description", "server text"}, {"applies", "restart"}}));
    CHECK(editorOf<QLineEdit>(form, "key")->text() == QStringLiteral("fax.retry_s"));
    CHECK(editorOf<QLineEdit>(form, "description")->text() == QStringLiteral("Seconds between fax attempts."));
    CHECK(editorOf<QLineEdit>(form, "applies")->text() == QStringLiteral("When the server restarts"));
    editorOf<QLineEdit>(form, "value")->setText(QStringLiteral("60"));
    CHECK(form.recordToSave() == record({{"key", "fax.retry_s"}, {"value", "60"}}));
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
    CHECK(AdminLabels::valueText(QStringLiteral("queues"), QStringLiteral("strategy"), QStringLiteral("longest_idle")) ==
          QStringLiteral("空闲最久优先"));
    CHECK(AdminLabels::valueText(QStringLiteral("deadlines"), QStringLiteral("urgency"), QStringLiteral("very_urgent")) ==
          QStringLiteral("特急"));
    CHECK(AdminLabels::listText(QStringLiteral("shift_members"), QStringLiteral("weekdays"), QStringLiteral("mon,sun")) ==
          QStringLiteral("周一, 周日"));
    CHECK(AdminLabels::tableNote(QStringLiteral("shifts"), QStringLiteral("x")) ==
          QStringLiteral("结束时间早于开始时间表示到次日结束（夜班）。"));
    CHECK(AdminLabels::parameterDescription(QStringLiteral("fax.retry_s"), QStringLiteral("x")) ==
          QStringLiteral("两次发送传真之间间隔的秒数。"));
    CHECK(AdminLabels::valueCode(QStringLiteral("shift_members"), QStringLiteral("weekdays"), {"mon", "sat"},
                                 QStringLiteral("周六")) == QStringLiteral("sat"));
    AdminForm form;
    form.setColumns(QStringLiteral("queues"), everyType());
    CHECK(form.missingRequired() == QStringList{QStringLiteral("名称")});
    auto* strategy = editorOf<QComboBox>(form, "strategy");
    CHECK(strategy->currentText() == QStringLiteral("空闲最久优先"));
    CHECK(form.values().value(QStringLiteral("strategy")) == QStringLiteral("longest_idle"));
    CHECK_FALSE(cti::test::saveScreenshot(form, QStringLiteral("admin_form-zh_CN")).isEmpty());
}
