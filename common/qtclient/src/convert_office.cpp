#include "cti/qtclient/convert_office.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

template <class Out, class Repeated>
QList<Out> listOf(const Repeated& items) {
    QList<Out> out;
    out.reserve(items.size());
    for (const auto& item : items) out.append(fromWire(item));
    return out;
}

QStringList strings(const google::protobuf::RepeatedPtrField<std::string>& items) {
    QStringList out;
    for (const auto& s : items) out.append(qs(s));
    return out;
}
}  // namespace

QString OrderTarget::label() const {
    if (!department.isEmpty() && !user.isEmpty()) return department + QStringLiteral(" / ") + user;
    return !department.isEmpty() ? department : user;
}

OrderTarget fromWire(const cti::wire::OrderTarget& t) {
    return OrderTarget{t.department_id(), qs(t.department()), t.user_id(), qs(t.user())};
}

OrderTask fromWire(const cti::wire::OrderTask& t) {
    return OrderTask{t.task_id(), t.step(), fromWire(t.assignee()), qs(t.state()), qs(t.handler()), qs(t.opinion())};
}

WorkOrder fromWire(const cti::wire::WorkOrder& o) {
    WorkOrder out;
    out.orderId = o.order_id();
    out.number = qs(o.number());
    out.type = qs(o.type());
    out.urgency = qs(o.urgency());
    out.channel = qs(o.channel());
    out.state = qs(o.state());
    out.title = qs(o.title());
    out.content = qs(o.content());
    out.callerNumber = qs(o.caller_number());
    out.contactName = qs(o.contact_name());
    out.customerId = o.customer_id();
    out.callId = o.call_id();
    out.restricted = o.restricted();
    out.complainantHidden = o.complainant_hidden();
    out.creator = qs(o.creator());
    out.creatorDepartment = qs(o.creator_department());
    out.workflow = qs(o.workflow());
    out.step = o.step();
    out.stepMode = qs(o.step_mode());
    out.tasks = listOf<OrderTask>(o.tasks());
    out.createdMs = o.created_ms();
    out.updatedMs = o.updated_ms();
    out.acceptDueMs = o.accept_due_ms();
    out.processDueMs = o.process_due_ms();
    out.paused = o.paused();
    out.acceptOverdue = o.accept_overdue();
    out.processOverdue = o.process_overdue();
    out.urgeCount = o.urge_count();
    out.satisfaction = qs(o.satisfaction());
    out.closedMs = o.closed_ms();
    out.allowedActions = strings(o.allowed_actions());
    return out;
}

OrderHistoryLine fromWire(const cti::wire::OrderHistoryLine& l) {
    return OrderHistoryLine{qs(l.action()),     qs(l.actor()),   qs(l.from_state()), qs(l.to_state()),
                            listOf<OrderTarget>(l.to()), qs(l.opinion()), l.at_ms()};
}

OrderNotice fromWire(const cti::wire::OrderEvent& e) {
    return OrderNotice{fromWire(e.order()), fromWire(e.line()), qs(e.reason())};
}

Phrase fromWire(const cti::wire::Phrase& p) {
    return Phrase{p.phrase_id(), qs(p.kind()), qs(p.order_type()), qs(p.title()), qs(p.text()), p.shared()};
}

CustomerInfo fromWire(const cti::wire::CustomerInfo& c) {
    CustomerInfo out;
    out.customerId = c.customer_id();
    out.number = qs(c.number());
    out.name = qs(c.name());
    out.address = qs(c.address());
    out.vipLevel = c.vip_level();
    out.blacklisted = c.blacklisted();
    out.labels = strings(c.labels());
    out.phones = strings(c.phones());
    out.closed = c.closed();
    for (const auto& a : c.accounts()) out.accounts.append({qs(a.account_no()), qs(a.kind()), qs(a.address())});
    for (const auto& k : c.contacts()) out.contacts.append({qs(k.name()), qs(k.phone()), qs(k.relation())});
    return out;
}

CallSummary fromWire(const cti::wire::CallSummary& c) {
    return CallSummary{c.call_id(),    qs(c.direction()), qs(c.caller()), qs(c.callee()),
                       c.started_ms(), c.answered_ms(),   c.ended_ms(),   qs(c.agent())};
}

ExternalLookup fromWire(const cti::wire::ExternalLookup& l) {
    ExternalLookup out{qs(l.name()), l.ok(), qs(l.error()), {}};
    for (const auto& [key, value] : l.fields()) out.fields.insert(qs(key), qs(value));
    return out;
}

CallerInfo fromWire(const QString& phone, const cti::wire::LookupCallerOk& ok) {
    CallerInfo out;
    out.phone = phone;
    out.known = ok.has_customer();
    if (out.known) out.customer = fromWire(ok.customer());
    out.responsibleDepartment = qs(ok.responsible_department());
    out.recentCalls = listOf<CallSummary>(ok.recent_calls());
    out.recentOrders = listOf<WorkOrder>(ok.recent_orders());
    out.external = listOf<ExternalLookup>(ok.external());
    return out;
}

KbCategory fromWire(const cti::wire::KbCategory& c) {
    return KbCategory{c.category_id(), c.parent_id(), qs(c.name()), c.position()};
}

KbArticle fromWire(const cti::wire::KbArticle& a) {
    return KbArticle{a.article_id(),   a.category_id(), qs(a.title()),         qs(a.body()),   a.version(),
                     qs(a.author()), a.updated_ms(),  strings(a.keywords()), qs(a.snippet())};
}

Voicemail fromWire(const cti::wire::VoicemailInfo& v) {
    return Voicemail{v.voicemail_id(), v.call_id(),  qs(v.mailbox()), qs(v.caller()), v.created_ms(),
                     v.duration_ms(),  v.heard_by(), v.heard_ms(),    qs(v.error())};
}

InternalMessage fromWire(const cti::wire::InternalMessage& m) {
    return InternalMessage{m.message_id(), qs(m.from()), qs(m.to_user()), qs(m.to_department()), qs(m.text()),
                           m.created_ms()};
}

CampaignInfo fromWire(const cti::wire::CampaignInfo& c) {
    CampaignInfo out;
    out.campaignId = c.campaign_id();
    out.name = qs(c.name());
    out.mode = qs(c.mode());
    out.state = qs(c.state());
    out.queue = qs(c.queue());
    out.callerId = qs(c.caller_id());
    const auto& f = c.figures();
    out.records = f.records();
    out.pending = f.pending();
    out.dialled = f.dialled();
    out.answered = f.answered();
    out.abandoned = f.abandoned();
    out.abandonRate = f.abandon_rate();
    out.conversions = f.conversions();
    out.callsInProgress = f.calls_in_progress();
    out.waitingReason = qs(c.waiting_reason());
    return out;
}

CampaignRecord fromWire(const cti::wire::CampaignRecordInfo& r) {
    CampaignRecord out;
    out.recordId = r.record_id();
    out.campaignId = r.campaign_id();
    out.phone = qs(r.phone());
    for (const auto& [key, value] : r.data()) out.data.insert(qs(key), qs(value));
    out.state = qs(r.state());
    out.attempts = r.attempts();
    out.lastOutcome = qs(r.last_outcome());
    out.disposition = qs(r.disposition());
    out.note = qs(r.note());
    return out;
}

cti::wire::OrderTarget toWire(const OrderTarget& t) {
    cti::wire::OrderTarget out;
    out.set_department_id(t.departmentId);
    out.set_department(ss(t.department));
    out.set_user_id(t.userId);
    out.set_user(ss(t.user));
    return out;
}

cti::wire::Envelope createOrderRequest(const NewOrder& o) {
    cti::wire::Envelope env;
    auto* c = env.mutable_create_order();
    c->set_type(ss(o.type));
    c->set_urgency(ss(o.urgency));
    c->set_channel(ss(o.channel));
    c->set_title(ss(o.title));
    c->set_content(ss(o.content));
    c->set_caller_number(ss(o.callerNumber));
    c->set_contact_name(ss(o.contactName));
    c->set_customer_id(o.customerId);
    c->set_call_id(o.callId);
    c->set_restricted(o.restricted);
    return env;
}

cti::wire::Envelope orderActionRequest(const OrderStep& s) {
    cti::wire::Envelope env;
    auto* a = env.mutable_order_action();
    a->set_order_id(s.orderId);
    a->set_action(ss(s.action));
    a->set_opinion(ss(s.opinion));
    for (const auto& t : s.targets) *a->add_targets() = toWire(t);
    a->set_satisfaction(ss(s.satisfaction));
    return env;
}

cti::wire::Envelope searchOrdersRequest(const OrderQuery& q) {
    cti::wire::Envelope env;
    auto* s = env.mutable_search_orders();
    s->set_text(ss(q.text));
    s->set_type(ss(q.type));
    s->set_state(ss(q.state));
    s->set_department(ss(q.department));
    s->set_caller_number(ss(q.callerNumber));
    s->set_from_ms(q.fromMs);
    s->set_to_ms(q.toMs);
    s->set_limit(q.limit);
    return env;
}

cti::wire::Envelope setDispositionRequest(qint64 recordId, const QString& disposition, const QString& note,
                                          qint64 callbackAtMs) {
    cti::wire::Envelope env;
    auto* d = env.mutable_set_disposition();
    d->set_record_id(recordId);
    d->set_disposition(ss(disposition));
    d->set_note(ss(note));
    d->set_callback_at_ms(callbackAtMs);
    return env;
}

}  // namespace cti::qt
