#pragma once
// The desktops' office work over a Connection (schema/PROTOCOL.md, minors 2 to 4): work orders,
// phrases, the caller lookup behind the screen pop, knowledge, personal call history, voicemail,
// password change, an agent's outbound campaign work; and the order, message, voicemail and
// campaign events. Like Telephony it lives in the
// GUI thread and every request gets exactly one answer: its own signal, or requestFailed with the
// server's message.
#include <QHash>
#include <QObject>
#include <functional>

#include "cti/qtclient/types.h"

namespace cti::wire {
class Envelope;
}

namespace cti::qt {

class Connection;

class Office : public QObject {
    Q_OBJECT
public:
    explicit Office(Connection& connection, QObject* parent = nullptr);

    // Each returns the request id that its answer carries.
    quint64 createOrder(const cti::qt::NewOrder& order);
    quint64 orderAction(const cti::qt::OrderStep& step);
    quint64 getOrder(qint64 orderId);
    quint64 searchOrders(const cti::qt::OrderQuery& query);
    quint64 workbench(int limit = 100);
    quint64 listPhrases(const QString& kind = {});  // "template", "phrase", or both
    quint64 lookupCaller(const QString& phone, const QString& accountNo = {});
    quint64 listKbCategories();
    quint64 searchKb(const QString& text, qint64 categoryId = 0, int limit = 50);
    quint64 getKbArticle(qint64 articleId);
    // channel: sms, fax or email; to empty: the order's caller number.
    quint64 sendKbArticle(qint64 articleId, qint64 orderId, const QString& channel, const QString& to = {});
    quint64 myCalls(int limit = 50);
    quint64 listVoicemails(bool unheardOnly = false, int limit = 100);
    quint64 markVoicemailHeard(qint64 voicemailId);
    // The whole WAV, fetched in the server's chunks; answered once by audioFetched.
    quint64 fetchVoicemailAudio(qint64 voicemailId);
    quint64 changePassword(const QString& oldPassword, const QString& newPassword);
    // An internal message to a user (login) or to everyone in a department (name).
    quint64 sendMessage(const QString& toUser, const QString& toDepartment, const QString& text);
    // Outbound campaigns (permission campaign.work). previewNext holds the next record of a
    // preview campaign for this agent until previewDecision dials (the agent's phone rings, then
    // the number) or skips it. setDisposition: what came of a campaign call; callbackAtMs only
    // for "callback" (0: none).
    quint64 listCampaigns();
    quint64 previewNext(qint64 campaignId);
    quint64 previewDecision(qint64 recordId, bool dial);
    quint64 setDisposition(qint64 recordId, const QString& disposition, const QString& note, qint64 callbackAtMs = 0);

    // Fans a ServerEvent out to the event signals below (connected to Connection::eventReceived).
    void dispatch(const cti::qt::ServerEvent& event);

    // The largest audio file fetchVoicemailAudio accepts (a stranger's voicemail is bounded by
    // the server, but the client does not trust a total_bytes it did not ask for).
    static constexpr qint64 kMaxAudioBytes = 64LL * 1024 * 1024;

signals:
    void orderCreated(quint64 requestId, const cti::qt::WorkOrder& order);
    void orderActionDone(quint64 requestId, const cti::qt::WorkOrder& order, const cti::qt::OrderHistoryLine& line);
    void orderLoaded(quint64 requestId, const cti::qt::WorkOrder& order,
                     const QList<cti::qt::OrderHistoryLine>& history);
    void ordersFound(quint64 requestId, const QList<cti::qt::WorkOrder>& orders);
    void workbenchLoaded(quint64 requestId, const QList<cti::qt::WorkOrder>& orders);
    void phrasesLoaded(quint64 requestId, const QList<cti::qt::Phrase>& phrases);
    void callerFound(quint64 requestId, const cti::qt::CallerInfo& caller);
    void kbCategoriesLoaded(quint64 requestId, const QList<cti::qt::KbCategory>& categories);
    void kbArticlesFound(quint64 requestId, const QList<cti::qt::KbArticle>& articles);
    void kbArticleLoaded(quint64 requestId, const cti::qt::KbArticle& article);
    void kbArticleSent(quint64 requestId, const cti::qt::OrderHistoryLine& line);
    void myCallsLoaded(quint64 requestId, const QList<cti::qt::CallSummary>& calls);
    void voicemailsLoaded(quint64 requestId, const QList<cti::qt::Voicemail>& voicemails);
    void voicemailHeard(quint64 requestId, const cti::qt::Voicemail& voicemail);
    void audioFetched(quint64 requestId, const QByteArray& wav);
    void passwordChanged(quint64 requestId);
    void messageSent(quint64 requestId, const cti::qt::InternalMessage& message);
    void campaignsLoaded(quint64 requestId, const QList<cti::qt::CampaignInfo>& campaigns);
    // record.empty(): nothing to call now (outside calling hours, the list called through...).
    void previewRecord(quint64 requestId, const cti::qt::CampaignRecord& record);
    // callId 0: the record was skipped.
    void previewDialled(quint64 requestId, qint64 callId);
    void dispositionSaved(quint64 requestId, const cti::qt::CampaignRecord& record);
    // `message` is the server's (or the client's, when the request could not be sent).
    void requestFailed(quint64 requestId, cti::qt::ErrorCode code, const QString& message);

    void orderNotice(const cti::qt::OrderNotice& notice);
    void messageReceived(const cti::qt::InternalMessage& message);
    void voicemailArrived(const cti::qt::Voicemail& voicemail);
    void campaignChanged(const cti::qt::CampaignInfo& campaign);

private:
    using Handler = std::function<void(const cti::wire::Envelope&)>;
    // Sends `request`; `handler` gets the reply unless it is an Error (then requestFailed).
    // `answerId` is the id the caller sees (a chunked fetch answers under its first id).
    quint64 send(cti::wire::Envelope request, Handler handler, quint64 answerId = 0);
    void onReply(quint64 requestId, const cti::wire::Envelope& reply);
    void fetchChunk(quint64 answerId, qint64 voicemailId, qint64 total, QByteArray sofar);
    void unexpected(quint64 answerId, const cti::wire::Envelope& reply);

    Connection& connection_;
    struct Pending {
        quint64 answerId = 0;
        Handler handler;
    };
    QHash<quint64, Pending> pending_;
};

}  // namespace cti::qt
