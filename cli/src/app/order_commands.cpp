// Work-order and customer commands: order-create, order (an action), order-show, order-search,
// workbench, customer-save, customer-close, lookup, number-segment.
#include <charconv>

#include "commands.h"
#include "cti/client/json.h"

namespace cti::cli::commands {

namespace {

using client::Result;

// "123" is an order id, anything else a number such as GD20261126000001.
void name_order(const std::string& text, std::int64_t& id, std::string& number) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc() && end == text.data() + text.size() && value > 0) id = value;
    else number = text;
}

}  // namespace

Result<void> order_create(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_create_order();
    m->set_type(a.order_type);
    m->set_title(a.title);
    m->set_content(a.content);
    m->set_urgency(a.urgency);
    m->set_channel(a.channel);
    m->set_caller_number(a.caller_number);
    m->set_contact_name(a.contact_name);
    m->set_call_id(a.order_call_id);
    m->set_restricted(a.restricted);
    return print_reply(context, std::move(request), &wire::Envelope::has_create_order_ok, "CreateOrderOk");
}

Result<void> order_action(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_order_action();
    std::int64_t id = 0;
    std::string number;
    name_order(a.order, id, number);
    m->set_order_id(id);
    m->set_number(number);
    m->set_action(a.action);
    m->set_opinion(a.opinion);
    for (const auto& d : a.to_departments) m->add_targets()->set_department(d);
    for (const auto& u : a.to_users) m->add_targets()->set_user(u);
    m->set_satisfaction(a.satisfaction);
    return print_reply(context, std::move(request), &wire::Envelope::has_order_action_ok, "OrderActionOk");
}

Result<void> order_show(CommandContext& context) {
    wire::Envelope request;
    std::int64_t id = 0;
    std::string number;
    name_order(context.invocation.args.order, id, number);
    request.mutable_get_order()->set_order_id(id);
    request.mutable_get_order()->set_number(number);
    return print_reply(context, std::move(request), &wire::Envelope::has_get_order_ok, "GetOrderOk");
}

Result<void> order_search(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_search_orders();
    m->set_text(a.text);
    m->set_type(a.order_type);
    m->set_state(a.state);
    m->set_department(a.department);
    m->set_caller_number(a.caller_number);
    m->set_limit(a.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_search_orders_ok, "SearchOrdersOk");
}

Result<void> workbench(CommandContext& context) {
    wire::Envelope request;
    request.mutable_workbench()->set_limit(context.invocation.args.limit);
    return print_reply(context, std::move(request), &wire::Envelope::has_workbench_ok, "WorkbenchOk");
}

Result<void> customer_save(CommandContext& context) {
    const auto& a = context.invocation.args;
    wire::Envelope request;
    auto* m = request.mutable_save_customer();
    m->set_customer_id(a.customer_id);
    m->set_name(a.name);
    m->set_address(a.address);
    for (const auto& p : a.phones) m->add_phones(p);
    for (const auto& l : a.labels) m->add_labels(l);
    m->set_vip_level(a.vip_level);
    m->set_blacklisted(a.blacklisted);
    add_accounts_and_contacts(a, *m);
    return print_reply(context, std::move(request), &wire::Envelope::has_save_customer_ok, "SaveCustomerOk");
}

Result<void> customer_close(CommandContext& context) {
    wire::Envelope request;
    request.mutable_close_account()->set_customer_id(context.invocation.args.customer_id);
    return print_reply(context, std::move(request), &wire::Envelope::has_close_account_ok, "CloseAccountOk");
}

Result<void> lookup(CommandContext& context) {
    wire::Envelope request;
    request.mutable_lookup_caller()->set_phone(context.invocation.args.number);
    request.mutable_lookup_caller()->set_account_no(context.invocation.args.account_no);
    return print_reply(context, std::move(request), &wire::Envelope::has_lookup_caller_ok, "LookupCallerOk");
}

Result<void> number_segment(CommandContext& context) {
    wire::Envelope request;
    request.mutable_set_number_segment()->set_prefix(context.invocation.args.prefix);
    request.mutable_set_number_segment()->set_department(context.invocation.args.department);
    return print_reply(context, std::move(request), &wire::Envelope::has_set_number_segment_ok, "SetNumberSegmentOk");
}

}  // namespace cti::cli::commands
