#pragma once
// The knowledge base on the wire (server/tickets/include/cti/tickets/knowledge.h): categories,
// articles and their versions, search, agents' corrections and sending an article to a customer.
//
// Threads: reads (lists, articles, search) run on the slow-work pool with their own read-only
// connection; every change is one Writer job. SendKbArticle records the `send_article` action on
// the order through the workflow rules and queues the delivery in the same job (both or
// neither). Queued means queued: no SMS, e-mail or fax sender takes the rows yet.
//
// Permissions are checked by the request table (requests.cpp) before these run: kb.view for the
// reads, kb.edit for categories, articles and resolving feedback, kb.feedback for sending a
// correction, kb.send for SendKbArticle (whose order rules are checked in the job).
#include <memory>

#include "cti.pb.h"

namespace cti::gateway {

class Connection;
class Hub;

void on_list_kb_categories(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_kb_category(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_save_kb_article(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_get_kb_article(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_search_kb(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_kb_feedback(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_list_kb_feedback(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_resolve_kb_feedback(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);
void on_send_kb_article(Hub& hub, const std::shared_ptr<Connection>& c, const wire::Envelope& request);

}  // namespace cti::gateway
