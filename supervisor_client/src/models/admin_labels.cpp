#include "models/admin_labels.h"

#include <QHash>

#include <algorithm>

namespace cti::supervisor {

namespace {

// Tables whose every flag is false because nobody changes them, not because this session may
// only read them.
bool viewOnlyByNature(const QString& table) {
    return table == QLatin1String("on_duty");
}

}  // namespace

const QStringList& AdminLabels::sectionOrder() {
    static const QStringList order{
        admin_section::kUsers,          admin_section::kDepartments, admin_section::kSkills,
        QStringLiteral("roles"),        QStringLiteral("queues"),    QStringLiteral("calendars"),
        QStringLiteral("shifts"),       QStringLiteral("shift_members"), QStringLiteral("on_duty"),
        QStringLiteral("deadlines"),    QStringLiteral("workflows"), QStringLiteral("number_segments"),
        QStringLiteral("vip"),          QStringLiteral("announcements"), QStringLiteral("dictionaries"),
        QStringLiteral("trunks"),       QStringLiteral("routes"),    QStringLiteral("extensions"),
        QStringLiteral("agent_settings"), QStringLiteral("parameters"), admin_section::kPrompts,
    };
    return order;
}

QString AdminLabels::sectionTitle(const QString& section) {
    static const QHash<QString, const char*> titles{
        {admin_section::kUsers, QT_TR_NOOP("Users")},
        {admin_section::kDepartments, QT_TR_NOOP("Departments")},
        {admin_section::kSkills, QT_TR_NOOP("Skills")},
        {QStringLiteral("roles"), QT_TR_NOOP("Roles")},
        {QStringLiteral("queues"), QT_TR_NOOP("Queues")},
        {QStringLiteral("calendars"), QT_TR_NOOP("Business calendars")},
        {QStringLiteral("shifts"), QT_TR_NOOP("Shifts")},
        {QStringLiteral("shift_members"), QT_TR_NOOP("Shift members")},
        {QStringLiteral("on_duty"), QT_TR_NOOP("On duty")},
        {QStringLiteral("deadlines"), QT_TR_NOOP("Deadlines")},
        {QStringLiteral("workflows"), QT_TR_NOOP("Workflows")},
        {QStringLiteral("number_segments"), QT_TR_NOOP("Number segments")},
        {QStringLiteral("vip"), QT_TR_NOOP("VIP and blacklist")},
        {QStringLiteral("announcements"), QT_TR_NOOP("Announcements")},
        {QStringLiteral("dictionaries"), QT_TR_NOOP("Data dictionaries")},
        {QStringLiteral("parameters"), QT_TR_NOOP("System parameters")},
        {QStringLiteral("trunks"), QT_TR_NOOP("Trunks")},
        {QStringLiteral("routes"), QT_TR_NOOP("Number routes")},
        {QStringLiteral("extensions"), QT_TR_NOOP("Phone extensions")},
        {QStringLiteral("agent_settings"), QT_TR_NOOP("Agent settings")},
        {admin_section::kPrompts, QT_TR_NOOP("Prompts")},
    };
    const auto it = titles.constFind(section);
    return it == titles.cend() ? section : tr(*it);
}

QString AdminLabels::columnTitle(const QString& table, const QString& column) {
    // Names that mean something else in one table, as "table.column".
    static const QHash<QString, const char*> special{
        {QStringLiteral("on_duty.name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("vip.name"), QT_TR_NOOP("Customer")},
        {QStringLiteral("vip.number"), QT_TR_NOOP("Account number")},
        {QStringLiteral("deadlines.type"), QT_TR_NOOP("Order type")},
        {QStringLiteral("roles.users"), QT_TR_NOOP("Users")},
        {QStringLiteral("roles.name"), QT_TR_NOOP("Role code")},
        {QStringLiteral("roles.title"), QT_TR_NOOP("Role name")},
        {QStringLiteral("roles.kind"), QT_TR_NOOP("Works as")},
        {QStringLiteral("roles.built_in"), QT_TR_NOOP("Built in")},
        {QStringLiteral("skills.agents"), QT_TR_NOOP("Agents")},
        {QStringLiteral("skills.queues"), QT_TR_NOOP("Queues")},
        {QStringLiteral("parameters.key"), QT_TR_NOOP("Parameter")},
        {QStringLiteral("prompts.id"), QT_TR_NOOP("Prompt")},
        {QStringLiteral("routes.number"), QT_TR_NOOP("Number dialled")},
        {QStringLiteral("extensions.name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("agent_settings.name"), QT_TR_NOOP("Full name")},
    };
    // Every column of schema/PROTOCOL.md's table list.
    static const QHash<QString, const char*> titles{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("agents"), QT_TR_NOOP("Agents")},
        {QStringLiteral("queues"), QT_TR_NOOP("Queues")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("permissions"), QT_TR_NOOP("Permissions")},
        {QStringLiteral("users"), QT_TR_NOOP("Users")},
        {QStringLiteral("queue_id"), QT_TR_NOOP("Queue ID")},
        {QStringLiteral("strategy"), QT_TR_NOOP("Strategy")},
        {QStringLiteral("ring_timeout_s"), QT_TR_NOOP("Ring timeout (s)")},
        {QStringLiteral("service_level_s"), QT_TR_NOOP("Service level (s)")},
        {QStringLiteral("max_waiting"), QT_TR_NOOP("Most callers waiting")},
        {QStringLiteral("max_wait_s"), QT_TR_NOOP("Longest wait (s)")},
        {QStringLiteral("overflow_queue"), QT_TR_NOOP("Overflow queue")},
        {QStringLiteral("overflow_action"), QT_TR_NOOP("Overflow action")},
        {QStringLiteral("announce_interval_s"), QT_TR_NOOP("Announcement interval (s)")},
        {QStringLiteral("survey_flow"), QT_TR_NOOP("Survey flow")},
        {QStringLiteral("required_skills"), QT_TR_NOOP("Required skills")},
        {QStringLiteral("relax_after_s"), QT_TR_NOOP("Relax skills after (s)")},
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("utc_offset"), QT_TR_NOOP("UTC offset")},
        {QStringLiteral("weekly"), QT_TR_NOOP("Weekly hours")},
        {QStringLiteral("holidays"), QT_TR_NOOP("Holidays")},
        {QStringLiteral("makeup_days"), QT_TR_NOOP("Make-up working days")},
        {QStringLiteral("updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("shift"), QT_TR_NOOP("Shift")},
        {QStringLiteral("weekdays"), QT_TR_NOOP("Weekdays")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("until"), QT_TR_NOOP("Until")},
        {QStringLiteral("signed_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("accept_s"), QT_TR_NOOP("Time to accept (s)")},
        {QStringLiteral("process_s"), QT_TR_NOOP("Time to process (s)")},
        {QStringLiteral("calendar"), QT_TR_NOOP("Calendar")},
        {QStringLiteral("escalate_role"), QT_TR_NOOP("Escalate to")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("default_for"), QT_TR_NOOP("Default for")},
        {QStringLiteral("definition"), QT_TR_NOOP("Definition")},
        {QStringLiteral("prefix"), QT_TR_NOOP("Number prefix")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("customer_id"), QT_TR_NOOP("Customer ID")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("vip_level"), QT_TR_NOOP("VIP level")},
        {QStringLiteral("blacklisted"), QT_TR_NOOP("Blacklisted")},
        {QStringLiteral("announcement_id"), QT_TR_NOOP("Announcement ID")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("author"), QT_TR_NOOP("Author")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("dictionary"), QT_TR_NOOP("Dictionary")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("label_zh"), QT_TR_NOOP("Chinese label")},
        {QStringLiteral("label_en"), QT_TR_NOOP("English label")},
        {QStringLiteral("position"), QT_TR_NOOP("Position")},
        {QStringLiteral("enabled"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("key"), QT_TR_NOOP("Parameter")},
        {QStringLiteral("value"), QT_TR_NOOP("Value")},
        {QStringLiteral("default"), QT_TR_NOOP("Default")},
        {QStringLiteral("applies"), QT_TR_NOOP("Takes effect")},
        {QStringLiteral("id"), QT_TR_NOOP("ID")},
        {QStringLiteral("lang"), QT_TR_NOOP("Language")},
        {QStringLiteral("seconds"), QT_TR_NOOP("Length (s)")},
        {QStringLiteral("trunk_id"), QT_TR_NOOP("Trunk ID")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("port"), QT_TR_NOOP("Port")},
        {QStringLiteral("transport"), QT_TR_NOOP("Transport")},
        {QStringLiteral("allow_from"), QT_TR_NOOP("Accept calls from")},
        {QStringLiteral("dial_prefix"), QT_TR_NOOP("Outbound prefix")},
        {QStringLiteral("max_calls"), QT_TR_NOOP("Most calls")},
        {QStringLiteral("target_kind"), QT_TR_NOOP("Goes to")},
        {QStringLiteral("target"), QT_TR_NOOP("Target")},
        {QStringLiteral("extension"), QT_TR_NOOP("Extension")},
        {QStringLiteral("outbound"), QT_TR_NOOP("May dial")},
        {QStringLiteral("srtp"), QT_TR_NOOP("Encrypted media (SRTP)")},
        {QStringLiteral("user_id"), QT_TR_NOOP("User ID")},
        {QStringLiteral("mode"), QT_TR_NOOP("Mode")},
        {QStringLiteral("auto_answer"), QT_TR_NOOP("Auto answer")},
        {QStringLiteral("wrap_up_s"), QT_TR_NOOP("After-call work (s)")},
        {QStringLiteral("wrap_up_manual"), QT_TR_NOOP("After-call work ended by hand")},
        {QStringLiteral("max_no_answer"), QT_TR_NOOP("Unanswered offers before not ready")},
    };
    if (const auto it = special.constFind(table + QLatin1Char('.') + column); it != special.cend()) return tr(*it);
    const auto it = titles.constFind(column);
    return it == titles.cend() ? column : tr(*it);
}

const QStringList& AdminLabels::roles() {
    static const QStringList all{QStringLiteral("agent"), QStringLiteral("team_leader"), QStringLiteral("supervisor"),
                                 QStringLiteral("administrator"), QStringLiteral("maintainer")};
    return all;
}

QString AdminLabels::roleTitle(const QString& role) {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("agent"), QT_TR_NOOP("Agent")},
        {QStringLiteral("team_leader"), QT_TR_NOOP("Team leader")},
        {QStringLiteral("supervisor"), QT_TR_NOOP("Supervisor")},
        {QStringLiteral("administrator"), QT_TR_NOOP("Administrator")},
        {QStringLiteral("maintainer"), QT_TR_NOOP("Knowledge maintainer")},
    };
    const auto it = titles.constFind(role);
    return it == titles.cend() ? role : tr(*it);
}

QString AdminLabels::tableNote(const QString& table, const QString& serverNote) {
    static const QHash<QString, const char*> notes{
        {QStringLiteral("queues"), QT_TR_NOOP("Changes reach the ACD at once; callers already waiting stay in the queue.")},
        {QStringLiteral("calendars"),
         QT_TR_NOOP("IVR business-hours conditions and work-order deadlines use a saved calendar at once.")},
        {QStringLiteral("shifts"), QT_TR_NOOP("An end earlier than the start ends on the next day (night shift).")},
        {QStringLiteral("on_duty"),
         QT_TR_NOOP("Who works a shift now (the server's local time) and whether they are signed in.")},
        {QStringLiteral("deadlines"),
         QT_TR_NOOP("Times are business seconds on the calendar; orders created from now on use them.")},
        {QStringLiteral("workflows"), QT_TR_NOOP("A save is a new version (the name comes from the definition); orders "
                                                 "keep the version they started with.")},
        {QStringLiteral("number_segments"), QT_TR_NOOP("The longest matching prefix of a caller's number decides.")},
        {QStringLiteral("vip"), QT_TR_NOOP("VIP level 1 is the green channel (ahead of everyone in queues); blacklisted "
                                           "callers get the queue's blacklist treatment. The next call uses the change.")},
        {QStringLiteral("dictionaries"), QT_TR_NOOP("Desktops read the lists when they log in.")},
        {QStringLiteral("announcements"),
         QT_TR_NOOP("A new announcement reaches every desktop at once; published ones are removed, not edited.")},
        {QStringLiteral("parameters"), QT_TR_NOOP("A value left empty is the configuration file's. Changes take effect "
                                                  "when the server is restarted.")},
        {QStringLiteral("trunks"), QT_TR_NOOP("Calls from the allowed addresses are accepted without a password; outbound "
                                              "numbers get the dial prefix. New calls use a change at once.")},
        {QStringLiteral("routes"), QT_TR_NOOP("A number ending in '*' matches every number it begins (the longest wins). "
                                              "New calls use a change at once.")},
        {QStringLiteral("extensions"), QT_TR_NOOP("What each phone may dial out to and whether its media is encrypted; "
                                                  "the phone's password is set when the user is created.")},
        {QStringLiteral("agent_settings"),
         QT_TR_NOOP("Continuous: back to ready after each call; intermittent: not ready after each call. After "
                    "max_no_answer unanswered offers in a row the agent is set not ready. The ACD takes a change at once.")},
        {QStringLiteral("roles"),
         QT_TR_NOOP("“Works as” decides which desktop window the role's users get; the permissions decide what they "
                    "may do. A change applies at once, to the desktops already logged in too. Built-in roles "
                    "stay, a role still given to users is not removed.")},
    };
    const auto it = notes.constFind(table);
    return it == notes.cend() ? serverNote : tr(*it);
}

namespace {

using Labels = QHash<QString, const char*>;

// The labels of the codes a column holds, by "table.column" (roles: AdminLabels::roleTitle).
const QHash<QString, Labels>& valueLabels() {
    static const Labels orderTypes{
        {QStringLiteral("business"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Business")},
        {QStringLiteral("consultation"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Consultation")},
        {QStringLiteral("repair"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Repair")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Complaint")},
        {QStringLiteral("suggestion"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Suggestion")},
        {QStringLiteral("praise"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Praise")},
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Marketing")},
    };
    static const QHash<QString, Labels> all{
        {QStringLiteral("queues.strategy"),
         {
             {QStringLiteral("longest_idle"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Longest idle first")},
             {QStringLiteral("ring_all"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Ring all at once")},
             {QStringLiteral("round_robin"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Round robin")},
             {QStringLiteral("linear"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "In fixed order")},
             {QStringLiteral("fewest_calls"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Fewest calls today")},
             {QStringLiteral("least_talk_time"),
              QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Least talk time today")},
             {QStringLiteral("random"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Random")},
             {QStringLiteral("skills"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Best skill match")},
         }},
        {QStringLiteral("queues.overflow_action"),
         {
             {QString(), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "None")},
             {QStringLiteral("voicemail"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Voicemail")},
             {QStringLiteral("callback"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Callback")},
         }},
        {QStringLiteral("trunks.transport"),
         {
             {QStringLiteral("udp"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "UDP")},
             {QStringLiteral("tcp"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "TCP")},
             {QStringLiteral("tls"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "TLS")},
         }},
        {QStringLiteral("routes.target_kind"),
         {
             {QStringLiteral("queue"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Queue")},
             {QStringLiteral("ivr"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "IVR flow")},
             {QStringLiteral("extension"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Phone extension")},
             {QStringLiteral("trunk"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Trunk")},
         }},
        {QStringLiteral("extensions.outbound"),
         {
             {QStringLiteral("none"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Internal calls only")},
             {QStringLiteral("local"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Local numbers")},
             {QStringLiteral("national"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "National numbers")},
             {QStringLiteral("any"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Any number, international too")},
         }},
        {QStringLiteral("extensions.srtp"),
         {
             {QStringLiteral("off"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Off")},
             {QStringLiteral("optional"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "When the phone offers it")},
             {QStringLiteral("required"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Always")},
         }},
        {QStringLiteral("agent_settings.mode"),
         {
             {QStringLiteral("continuous"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Continuous")},
             {QStringLiteral("intermittent"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Intermittent")},
         }},
        {QStringLiteral("deadlines.type"), orderTypes},
        {QStringLiteral("workflows.default_for"), orderTypes},
        {QStringLiteral("deadlines.urgency"),
         {
             {QStringLiteral("normal"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Normal")},
             {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Urgent")},
             {QStringLiteral("very_urgent"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Very urgent")},
         }},
        {QStringLiteral("shift_members.weekdays"),
         {
             {QStringLiteral("mon"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Mon")},
             {QStringLiteral("tue"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Tue")},
             {QStringLiteral("wed"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Wed")},
             {QStringLiteral("thu"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Thu")},
             {QStringLiteral("fri"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Fri")},
             {QStringLiteral("sat"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Sat")},
             {QStringLiteral("sun"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Sun")},
         }},
        {QStringLiteral("dictionaries.dictionary"),
         {
             {QStringLiteral("not_ready_reasons"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Not-ready reasons")},
             {QStringLiteral("campaign_dispositions"),
              QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Campaign call results")},
             {QStringLiteral("order_types"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Work-order types")},
             {QStringLiteral("order_urgencies"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Work-order urgencies")},
             {QStringLiteral("order_channels"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Work-order channels")},
         }},
        {QStringLiteral("parameters.applies"),
         {
             {QStringLiteral("restart"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "When the server restarts")},
         }},
        {QStringLiteral("roles.permissions"),
         {
             {QStringLiteral("announcement.post"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Post announcements")},
             {QStringLiteral("password.change"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Change own password")},
             {QStringLiteral("call.control"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Handle own calls")},
             {QStringLiteral("agent.status"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Sign in, ready, not ready")},
             {QStringLiteral("agent.force"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Force agents' status")},
             {QStringLiteral("ivr.edit"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Edit IVR flows")},
             {QStringLiteral("call.supervise"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Monitor, whisper, barge, take over")},
             {QStringLiteral("order.view"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "See work orders")},
             {QStringLiteral("order.create"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Register work orders")},
             {QStringLiteral("order.act"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Work on assigned orders")},
             {QStringLiteral("order.dispatch"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Dispatch, reply, visit, close orders")},
             {QStringLiteral("order.supervise"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Urge and supervise orders")},
             {QStringLiteral("order.restricted"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "See restricted complainants")},
             {QStringLiteral("customer.view"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Look up customers")},
             {QStringLiteral("customer.edit"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Edit customers")},
             {QStringLiteral("customer.manage"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "VIP, blacklist, number segments")},
             {QStringLiteral("kb.view"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Read the knowledge base")},
             {QStringLiteral("kb.edit"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Edit the knowledge base")},
             {QStringLiteral("kb.feedback"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Send knowledge corrections")},
             {QStringLiteral("kb.send"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Send articles to customers")},
             {QStringLiteral("workflow.edit"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Workflows, deadlines, templates")},
             {QStringLiteral("admin.users"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Users, roles, departments, skills")},
             {QStringLiteral("message.send"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Internal messages")},
             {QStringLiteral("campaign.work"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Work campaign calls")},
             {QStringLiteral("campaign.manage"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Manage campaigns")},
             {QStringLiteral("fax.send"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Send and receive faxes")},
             {QStringLiteral("prompt.edit"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Upload and record prompts")},
             {QStringLiteral("report.view"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Run reports")},
             {QStringLiteral("admin.system"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Queues, calendars, shifts, dictionaries, parameters")},
         }},
        {QStringLiteral("prompts.lang"),
         {
             {QStringLiteral("zh_CN"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "Chinese")},
             {QStringLiteral("en"), QT_TRANSLATE_NOOP("cti::supervisor::AdminLabels", "English")},
         }},
    };
    return all;
}

bool holdsRoles(const QString& table, const QString& column) {
    return (table == QLatin1String("deadlines") && column == QLatin1String("escalate_role")) ||
           (table == QLatin1String("roles") && column == QLatin1String("kind"));
}

}  // namespace

bool AdminLabels::hasValueLabels(const QString& table, const QString& column) {
    return holdsRoles(table, column) || valueLabels().contains(table + QLatin1Char('.') + column);
}

QString AdminLabels::valueText(const QString& table, const QString& column, const QString& value) {
    if (holdsRoles(table, column)) return roleTitle(value);
    const auto labels = valueLabels().constFind(table + QLatin1Char('.') + column);
    if (labels == valueLabels().cend()) return value;
    const auto it = labels->constFind(value);
    return it == labels->cend() ? value : tr(*it);
}

QString AdminLabels::listText(const QString& table, const QString& column, const QString& value) {
    if (!hasValueLabels(table, column)) return value;
    QStringList shown;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty()) shown << valueText(table, column, item.trimmed());
    return shown.join(QStringLiteral(", "));
}

QString AdminLabels::valueCode(const QString& table, const QString& column, const QStringList& choices,
                               const QString& shown) {
    for (const QString& choice : choices)
        if (shown.compare(choice, Qt::CaseInsensitive) == 0) return choice;
    for (const QString& choice : choices)
        if (shown.compare(valueText(table, column, choice), Qt::CaseInsensitive) == 0) return choice;
    return shown;
}

QString AdminLabels::parameterDescription(const QString& key, const QString& serverText) {
    // The keys and descriptions of server/admin/src/parameters.cpp.
    static const QHash<QString, const char*> descriptions{
        {QStringLiteral("sip.ring_timeout_s"), QT_TR_NOOP("An unanswered phone stops ringing after this many seconds.")},
        {QStringLiteral("sip.max_call_duration_s"), QT_TR_NOOP("A call is ended after this many seconds (0: no limit).")},
        {QStringLiteral("recording.retention_days"),
         QT_TR_NOOP("Recordings older than this many days are deleted (0: kept forever).")},
        {QStringLiteral("contact.voicemail_max_s"), QT_TR_NOOP("A voicemail message is cut off after this many seconds.")},
        {QStringLiteral("contact.callback_max_attempts"), QT_TR_NOOP("Calls to a callback number before the request fails.")},
        {QStringLiteral("contact.callback_retry_s"),
         QT_TR_NOOP("Seconds between callback attempts after busy or no answer.")},
        {QStringLiteral("campaign.ring_timeout_s"),
         QT_TR_NOOP("An outbound campaign call not answered by then counts as no answer.")},
        {QStringLiteral("campaign.max_lines"), QT_TR_NOOP("Trunk channels one campaign may hold at once.")},
        {QStringLiteral("fax.max_attempts"), QT_TR_NOOP("Times a fax is dialled before it fails.")},
        {QStringLiteral("fax.retry_s"), QT_TR_NOOP("Seconds between fax attempts.")},
        {QStringLiteral("fax.ident"),
         QT_TR_NOOP("Our fax station id (TSI/CSI), by custom the fax number in international form.")},
        {QStringLiteral("fax.header"), QT_TR_NOOP("The line printed above each fax page sent (empty: none).")},
        {QStringLiteral("auth.failures_before_lockout"),
         QT_TR_NOOP("Failed logins within the window before an account is locked.")},
        {QStringLiteral("auth.lockout_s"), QT_TR_NOOP("Seconds an account stays locked after too many failed logins.")},
    };
    const auto it = descriptions.constFind(key);
    return it == descriptions.cend() ? serverText : tr(*it);
}

QStringList adminSections(const QList<cti::qt::AdminTableInfo>& tables, bool mayAdministerUsers) {
    QStringList offered;
    if (mayAdministerUsers) offered << admin_section::kUsers << admin_section::kDepartments;
    QStringList unknown;
    for (const auto& t : tables) {
        if (!(t.mayEdit || t.mayAdd || t.mayRemove || viewOnlyByNature(t.table))) continue;
        if (AdminLabels::sectionOrder().contains(t.table)) offered << t.table;
        else unknown << t.table;
    }
    const auto& order = AdminLabels::sectionOrder();
    std::stable_sort(offered.begin(), offered.end(),
                     [&](const QString& a, const QString& b) { return order.indexOf(a) < order.indexOf(b); });
    offered.removeDuplicates();
    std::sort(unknown.begin(), unknown.end());
    return offered + unknown;
}

}  // namespace cti::supervisor
