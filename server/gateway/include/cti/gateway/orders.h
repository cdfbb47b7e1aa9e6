#pragma once
// Work orders on the wire: the requests (CreateOrder, OrderAction, GetOrder, SearchOrders,
// Workbench), the events, and the deadline watcher that escalates overdue orders.
//
// Threads: every change runs as one Writer job (load, apply the rules, store the outcome and its
// history line: all or nothing); reads that may be long (search, workbench) run on the slow-work
// pool with their own read-only connection so that the core thread never waits on them.
#include <boost/asio/steady_timer.hpp>

#include <map>
#include <memory>
#include <unordered_map>

#include "cti.pb.h"
#include "cti/gateway/session.h"
#include "cti/tickets/store.h"

namespace cti::gateway {

class Connection;
class Hub;

// What the session's role lets it do in the workflow rules.
tickets::Actor actor_of(const SessionUser& user);

wire::WorkOrder to_wire(const tickets::Order& order, const tickets::NameBook& names, const tickets::Actor& viewer);
wire::OrderHistoryLine to_wire(const tickets::ActionRecord& line, const tickets::NameBook& names);

void on_create_order(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_order_action(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_get_order(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_search_orders(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_workbench(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// Customers: SaveCustomer (open an account or update it), CloseAccount, LookupCaller (the screen
// pop's profile of a number), SetNumberSegment.
void on_save_customer(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_close_account(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_lookup_caller(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_set_number_segment(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// Sends an OrderEvent to whom it concerns: the users and departments in `notify`, the holders of
// the order's open tasks, its creator, and for an escalation the users of the role the deadline
// policy names (escalate_to) and administrators. A restricted complaint's complainant is left
// out for those who may not see it.
void publish_order(Hub& hub, const tickets::Order& order, const tickets::ActionRecord& line,
                   const std::vector<tickets::Assignee>& notify, std::string_view reason,
                   const tickets::NameBook& names, std::optional<wire::Role> escalate_to = std::nullopt);

// Work-order administration and the office: SaveWorkflow, SaveDeadlinePolicy,
// ListDeadlinePolicies, OrderSummary, SavePhrase, ListPhrases, AttachFile, ListAttachments,
// GetAttachment, SendMessage, ListMessages, MyCalls.
void on_save_workflow(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_deadline_policy(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_deadline_policies(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_order_summary(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_phrase(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_phrases(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_attach_file(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_attachments(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_get_attachment(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_send_message(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_messages(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_my_calls(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
// The organisation: SaveDepartment, SaveUser, ListUsers (administrators).
void on_save_department(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_user(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_users(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
// The administration tables (admin_table_requests.cpp): each table's permission is checked inside.
void on_list_admin_tables(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_admin_list(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_admin_save(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

// Escalates orders when a deadline passes. Deadlines are wall-clock instants (business time on
// the calendar); the timer waits on the steady clock for at most a minute at a time and then
// looks at the wall clock again, so a clock step (NTP, a manual change) is noticed within a
// minute and never fires a deadline twice (each overdue kind is recorded once in the order).
class OrderDeadlines {
public:
    explicit OrderDeadlines(Hub& hub);
    // Loads the orders whose deadlines run and arms the timer.
    Result<void> start();
    // After any change of an order: follow its next deadline (or stop following it).
    void track(const tickets::Order& order);
    void stop();
    std::size_t tracked() const { return by_order_.size(); }

private:
    void arm();
    void fire();

    Hub& hub_;
    boost::asio::steady_timer timer_;
    std::multimap<std::int64_t, TicketId> due_;
    std::unordered_map<TicketId, std::int64_t> by_order_;
    bool stopped_ = false;
    bool firing_ = false;
};

}  // namespace cti::gateway
