#include "cti/qtclient/office.h"

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/qtclient/convert_office.h"
#include "cti/wire/frame.h"

namespace cti::qt {

namespace {
std::string ss(const QString& s) { return s.toStdString(); }

template <class Out, class Repeated>
QList<Out> listOf(const Repeated& items) {
    QList<Out> out;
    out.reserve(items.size());
    for (const auto& item : items) out.append(fromWire(item));
    return out;
}
}  // namespace

Office::Office(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    qRegisterMetaType<cti::qt::WorkOrder>();
    qRegisterMetaType<cti::qt::OrderHistoryLine>();
    qRegisterMetaType<cti::qt::OrderNotice>();
    qRegisterMetaType<cti::qt::CallerInfo>();
    qRegisterMetaType<cti::qt::KbArticle>();
    qRegisterMetaType<cti::qt::Voicemail>();
    qRegisterMetaType<cti::qt::InternalMessage>();
    qRegisterMetaType<cti::qt::CampaignInfo>();
    qRegisterMetaType<cti::qt::CampaignRecord>();
    connect(&connection_, &Connection::replyReceived, this, &Office::onReply);
    connect(&connection_, &Connection::eventReceived, this, &Office::dispatch);
}

quint64 Office::send(cti::wire::Envelope request, Handler handler, quint64 answerId) {
    // Registered before the request is posted: the reply arrives queued, after this returns.
    const quint64 id = connection_.request(std::move(request));
    pending_.insert(id, Pending{answerId != 0 ? answerId : id, std::move(handler)});
    return id;
}

void Office::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.find(requestId);
    if (it == pending_.end()) return;  // someone else's request
    const Pending pending = std::move(*it);
    pending_.erase(it);
    if (reply.has_error()) {
        emit requestFailed(pending.answerId, fromWire(reply.error().code()),
                           QString::fromStdString(reply.error().message()));
        return;
    }
    pending.handler(reply);
}

void Office::unexpected(quint64 answerId, const cti::wire::Envelope& reply) {
    emit requestFailed(answerId, ErrorCode::Internal,
                       tr("The server answered with an unexpected %1 message.")
                           .arg(QString::fromUtf8(cti::wire::body_name(reply).data())));
}

// Each request below: the envelope, then what its *Ok becomes. The answer id lives in a shared
// cell set right after send() returns, which is before any reply can arrive (they come queued).
quint64 Office::createOrder(const NewOrder& order) {
    auto id = std::make_shared<quint64>();
    *id = send(createOrderRequest(order), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_create_order_ok()) return unexpected(*id, r);
        emit orderCreated(*id, fromWire(r.create_order_ok().order()));
    });
    return *id;
}

quint64 Office::orderAction(const OrderStep& step) {
    auto id = std::make_shared<quint64>();
    *id = send(orderActionRequest(step), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_order_action_ok()) return unexpected(*id, r);
        emit orderActionDone(*id, fromWire(r.order_action_ok().order()), fromWire(r.order_action_ok().line()));
    });
    return *id;
}

quint64 Office::getOrder(qint64 orderId) {
    cti::wire::Envelope env;
    env.mutable_get_order()->set_order_id(orderId);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_get_order_ok()) return unexpected(*id, r);
        emit orderLoaded(*id, fromWire(r.get_order_ok().order()),
                         listOf<OrderHistoryLine>(r.get_order_ok().history()));
    });
    return *id;
}

quint64 Office::searchOrders(const OrderQuery& query) {
    auto id = std::make_shared<quint64>();
    *id = send(searchOrdersRequest(query), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_search_orders_ok()) return unexpected(*id, r);
        emit ordersFound(*id, listOf<WorkOrder>(r.search_orders_ok().orders()));
    });
    return *id;
}

quint64 Office::workbench(int limit) {
    cti::wire::Envelope env;
    env.mutable_workbench()->set_limit(limit);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_workbench_ok()) return unexpected(*id, r);
        emit workbenchLoaded(*id, listOf<WorkOrder>(r.workbench_ok().orders()));
    });
    return *id;
}

quint64 Office::listPhrases(const QString& kind) {
    cti::wire::Envelope env;
    env.mutable_list_phrases()->set_kind(ss(kind));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_phrases_ok()) return unexpected(*id, r);
        emit phrasesLoaded(*id, listOf<Phrase>(r.list_phrases_ok().phrases()));
    });
    return *id;
}

quint64 Office::lookupCaller(const QString& phone, const QString& accountNo) {
    cti::wire::Envelope env;
    env.mutable_lookup_caller()->set_phone(ss(phone));
    env.mutable_lookup_caller()->set_account_no(ss(accountNo));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id, phone](const cti::wire::Envelope& r) {
        if (!r.has_lookup_caller_ok()) return unexpected(*id, r);
        emit callerFound(*id, fromWire(phone, r.lookup_caller_ok()));
    });
    return *id;
}

quint64 Office::listKbCategories() {
    cti::wire::Envelope env;
    env.mutable_list_kb_categories();
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_kb_categories_ok()) return unexpected(*id, r);
        emit kbCategoriesLoaded(*id, listOf<KbCategory>(r.list_kb_categories_ok().categories()));
    });
    return *id;
}

quint64 Office::searchKb(const QString& text, qint64 categoryId, int limit) {
    cti::wire::Envelope env;
    auto* s = env.mutable_search_kb();
    s->set_text(ss(text));
    s->set_category_id(categoryId);
    s->set_limit(limit);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_search_kb_ok()) return unexpected(*id, r);
        emit kbArticlesFound(*id, listOf<KbArticle>(r.search_kb_ok().articles()));
    });
    return *id;
}

quint64 Office::getKbArticle(qint64 articleId) {
    cti::wire::Envelope env;
    env.mutable_get_kb_article()->set_article_id(articleId);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_get_kb_article_ok()) return unexpected(*id, r);
        emit kbArticleLoaded(*id, fromWire(r.get_kb_article_ok().article()));
    });
    return *id;
}

quint64 Office::sendKbArticle(qint64 articleId, qint64 orderId, const QString& channel, const QString& to) {
    cti::wire::Envelope env;
    auto* s = env.mutable_send_kb_article();
    s->set_article_id(articleId);
    s->set_order_id(orderId);
    s->set_channel(ss(channel));
    s->set_to(ss(to));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_send_kb_article_ok()) return unexpected(*id, r);
        emit kbArticleSent(*id, fromWire(r.send_kb_article_ok().line()));
    });
    return *id;
}

quint64 Office::myCalls(int limit) {
    cti::wire::Envelope env;
    env.mutable_my_calls()->set_limit(limit);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_my_calls_ok()) return unexpected(*id, r);
        emit myCallsLoaded(*id, listOf<CallSummary>(r.my_calls_ok().calls()));
    });
    return *id;
}

quint64 Office::listVoicemails(bool unheardOnly, int limit) {
    cti::wire::Envelope env;
    env.mutable_list_voicemails()->set_unheard_only(unheardOnly);
    env.mutable_list_voicemails()->set_limit(limit);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_voicemails_ok()) return unexpected(*id, r);
        emit voicemailsLoaded(*id, listOf<Voicemail>(r.list_voicemails_ok().voicemails()));
    });
    return *id;
}

quint64 Office::markVoicemailHeard(qint64 voicemailId) {
    cti::wire::Envelope env;
    env.mutable_mark_voicemail_heard()->set_voicemail_id(voicemailId);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_mark_voicemail_heard_ok()) return unexpected(*id, r);
        emit voicemailHeard(*id, fromWire(r.mark_voicemail_heard_ok().voicemail()));
    });
    return *id;
}

quint64 Office::fetchVoicemailAudio(qint64 voicemailId) {
    auto id = std::make_shared<quint64>();
    cti::wire::Envelope env;
    auto* f = env.mutable_fetch_audio();
    f->set_kind("voicemail");
    f->set_id(voicemailId);
    f->set_offset(0);
    *id = send(std::move(env), [this, id, voicemailId](const cti::wire::Envelope& r) {
        if (!r.has_fetch_audio_ok()) return unexpected(*id, r);
        const auto& ok = r.fetch_audio_ok();
        QByteArray data(ok.data().data(), static_cast<qsizetype>(ok.data().size()));
        fetchChunk(*id, voicemailId, ok.total_bytes(), std::move(data));
    });
    return *id;
}

// Asks for the rest until `total` bytes are in; the answer carries the first request's id.
void Office::fetchChunk(quint64 answerId, qint64 voicemailId, qint64 total, QByteArray sofar) {
    if (total < 0 || total > kMaxAudioBytes) {
        emit requestFailed(answerId, ErrorCode::InvalidArgument,
                           tr("The recording is %1 bytes, more than this desktop plays (%2).")
                               .arg(total)
                               .arg(kMaxAudioBytes));
        return;
    }
    if (sofar.size() >= total) {
        sofar.truncate(total);
        emit audioFetched(answerId, sofar);
        return;
    }
    cti::wire::Envelope env;
    auto* f = env.mutable_fetch_audio();
    f->set_kind("voicemail");
    f->set_id(voicemailId);
    f->set_offset(sofar.size());
    send(std::move(env),
         [this, answerId, voicemailId, total, sofar = std::move(sofar)](const cti::wire::Envelope& r) mutable {
             if (!r.has_fetch_audio_ok()) return unexpected(answerId, r);
             const auto& ok = r.fetch_audio_ok();
             if (ok.data().empty() || ok.total_bytes() != total) {
                 // A file that changed or stopped growing under us: never loop on it.
                 emit requestFailed(answerId, ErrorCode::Internal,
                                    tr("The recording changed while it was being fetched; try again."));
                 return;
             }
             sofar.append(ok.data().data(), static_cast<qsizetype>(ok.data().size()));
             fetchChunk(answerId, voicemailId, total, std::move(sofar));
         },
         answerId);
}

quint64 Office::changePassword(const QString& oldPassword, const QString& newPassword) {
    cti::wire::Envelope env;
    env.mutable_change_password()->set_old_password(ss(oldPassword));
    env.mutable_change_password()->set_new_password(ss(newPassword));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_change_password_ok()) return unexpected(*id, r);
        emit passwordChanged(*id);
    });
    return *id;
}

quint64 Office::sendMessage(const QString& toUser, const QString& toDepartment, const QString& text) {
    cti::wire::Envelope env;
    auto* m = env.mutable_send_message();
    m->set_to_user(ss(toUser));
    m->set_to_department(ss(toDepartment));
    m->set_text(ss(text));
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_send_message_ok()) return unexpected(*id, r);
        emit messageSent(*id, fromWire(r.send_message_ok().message()));
    });
    return *id;
}

quint64 Office::listCampaigns() {
    cti::wire::Envelope env;
    env.mutable_list_campaigns();
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_list_campaigns_ok()) return unexpected(*id, r);
        emit campaignsLoaded(*id, listOf<CampaignInfo>(r.list_campaigns_ok().campaigns()));
    });
    return *id;
}

quint64 Office::previewNext(qint64 campaignId) {
    cti::wire::Envelope env;
    env.mutable_preview_next()->set_campaign_id(campaignId);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_preview_next_ok()) return unexpected(*id, r);
        emit previewRecord(*id, fromWire(r.preview_next_ok().record()));
    });
    return *id;
}

quint64 Office::previewDecision(qint64 recordId, bool dial) {
    cti::wire::Envelope env;
    env.mutable_preview_decision()->set_record_id(recordId);
    env.mutable_preview_decision()->set_dial(dial);
    auto id = std::make_shared<quint64>();
    *id = send(std::move(env), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_preview_decision_ok()) return unexpected(*id, r);
        emit previewDialled(*id, r.preview_decision_ok().call_id());
    });
    return *id;
}

quint64 Office::setDisposition(qint64 recordId, const QString& disposition, const QString& note, qint64 callbackAtMs) {
    auto id = std::make_shared<quint64>();
    *id = send(setDispositionRequest(recordId, disposition, note, callbackAtMs), [this, id](const cti::wire::Envelope& r) {
        if (!r.has_set_disposition_ok()) return unexpected(*id, r);
        emit dispositionSaved(*id, fromWire(r.set_disposition_ok().record()));
    });
    return *id;
}

void Office::dispatch(const ServerEvent& event) {
    if (const auto* order = std::get_if<OrderNotice>(&event.kind)) emit orderNotice(*order);
    else if (const auto* message = std::get_if<InternalMessage>(&event.kind)) emit messageReceived(*message);
    else if (const auto* voicemail = std::get_if<Voicemail>(&event.kind)) emit voicemailArrived(*voicemail);
    else if (const auto* campaign = std::get_if<CampaignInfo>(&event.kind)) emit campaignChanged(*campaign);
}

}  // namespace cti::qt
