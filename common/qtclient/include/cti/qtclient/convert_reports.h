#pragma once
// Report messages between protobuf and the plain structs of reports.h. Pure functions, the
// counterpart of convert.h and convert_office.h.
#include "cti.pb.h"
#include "cti/qtclient/reports.h"

namespace cti::qt {

ReportQuery fromWire(const cti::wire::ReportQuery& query);
ReportRow fromWire(const cti::wire::ReportRow& row);
ReportResult fromWire(const cti::wire::RunReportOk& ok);
SavedReport fromWire(const cti::wire::SavedReport& report);

cti::wire::ReportQuery toWire(const ReportQuery& query);
cti::wire::SavedReport toWire(const SavedReport& report);
// Request envelopes (request_id is set by Connection::request).
cti::wire::Envelope runReportRequest(const ReportQuery& query);
cti::wire::Envelope saveReportRequest(const SavedReport& report);
cti::wire::Envelope removeReportRequest(qint64 reportId);

}  // namespace cti::qt
