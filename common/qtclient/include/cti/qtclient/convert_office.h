#pragma once
// Office messages (work orders, customers, knowledge, voicemail...) between protobuf and the
// plain structs of office_types.h. Pure functions, the counterpart of convert.h.
#include "cti.pb.h"
#include "cti/qtclient/office_types.h"

namespace cti::qt {

OrderTarget fromWire(const cti::wire::OrderTarget& target);
OrderTask fromWire(const cti::wire::OrderTask& task);
WorkOrder fromWire(const cti::wire::WorkOrder& order);
OrderHistoryLine fromWire(const cti::wire::OrderHistoryLine& line);
OrderNotice fromWire(const cti::wire::OrderEvent& event);
Phrase fromWire(const cti::wire::Phrase& phrase);
CustomerInfo fromWire(const cti::wire::CustomerInfo& customer);
CallSummary fromWire(const cti::wire::CallSummary& call);
ExternalLookup fromWire(const cti::wire::ExternalLookup& lookup);
CallerInfo fromWire(const QString& phone, const cti::wire::LookupCallerOk& ok);
KbCategory fromWire(const cti::wire::KbCategory& category);
KbArticle fromWire(const cti::wire::KbArticle& article);
Voicemail fromWire(const cti::wire::VoicemailInfo& voicemail);
InternalMessage fromWire(const cti::wire::InternalMessage& message);
CampaignInfo fromWire(const cti::wire::CampaignInfo& campaign);
CampaignRecord fromWire(const cti::wire::CampaignRecordInfo& record);

cti::wire::OrderTarget toWire(const OrderTarget& target);
// Request envelopes (request_id is set by Connection::request).
cti::wire::Envelope createOrderRequest(const NewOrder& order);
cti::wire::Envelope orderActionRequest(const OrderStep& step);
cti::wire::Envelope searchOrdersRequest(const OrderQuery& query);
// callbackAtMs 0: no callback time (the server wants one only for "callback").
cti::wire::Envelope setDispositionRequest(qint64 recordId, const QString& disposition, const QString& note,
                                          qint64 callbackAtMs);

}  // namespace cti::qt
