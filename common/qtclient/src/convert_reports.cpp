#include "cti/qtclient/convert_reports.h"

namespace cti::qt {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
std::string ss(const QString& s) { return s.toStdString(); }

QStringList strings(const google::protobuf::RepeatedPtrField<std::string>& items) {
    QStringList out;
    out.reserve(items.size());
    for (const auto& s : items) out.append(qs(s));
    return out;
}

void setStrings(google::protobuf::RepeatedPtrField<std::string>* out, const QStringList& items) {
    out->Clear();
    for (const auto& s : items) out->Add(ss(s));
}
}  // namespace

ReportQuery fromWire(const cti::wire::ReportQuery& q) {
    ReportQuery out;
    out.subject = qs(q.subject());
    out.period = qs(q.period());
    out.range = qs(q.range());
    out.fromMs = q.from_ms();
    out.toMs = q.to_ms();
    out.utcOffsetMin = q.utc_offset_min();
    out.columns = strings(q.columns());
    out.keys = strings(q.keys());
    return out;
}

ReportRow fromWire(const cti::wire::ReportRow& r) {
    ReportRow out;
    out.period = qs(r.period());
    out.key = qs(r.key());
    out.values.reserve(r.values_size());
    for (const double v : r.values()) out.values.append(v);
    return out;
}

ReportResult fromWire(const cti::wire::RunReportOk& ok) {
    ReportResult out;
    out.columns = strings(ok.columns());
    out.rows.reserve(ok.rows_size());
    for (const auto& r : ok.rows()) out.rows.append(fromWire(r));
    out.total = fromWire(ok.total());
    out.fromMs = ok.from_ms();
    out.toMs = ok.to_ms();
    return out;
}

SavedReport fromWire(const cti::wire::SavedReport& r) {
    return SavedReport{r.report_id(), qs(r.name()), fromWire(r.query()), qs(r.owner()), r.shared(), r.updated_ms()};
}

cti::wire::ReportQuery toWire(const ReportQuery& q) {
    cti::wire::ReportQuery out;
    out.set_subject(ss(q.subject));
    out.set_period(ss(q.period));
    out.set_range(ss(q.range));
    out.set_from_ms(q.fromMs);
    out.set_to_ms(q.toMs);
    out.set_utc_offset_min(q.utcOffsetMin);
    setStrings(out.mutable_columns(), q.columns);
    setStrings(out.mutable_keys(), q.keys);
    return out;
}

cti::wire::SavedReport toWire(const SavedReport& r) {
    cti::wire::SavedReport out;
    out.set_report_id(r.reportId);
    out.set_name(ss(r.name));
    *out.mutable_query() = toWire(r.query);
    out.set_owner(ss(r.owner));
    out.set_shared(r.shared);
    out.set_updated_ms(r.updatedMs);
    return out;
}

cti::wire::Envelope runReportRequest(const ReportQuery& query) {
    cti::wire::Envelope env;
    *env.mutable_run_report()->mutable_query() = toWire(query);
    return env;
}

cti::wire::Envelope saveReportRequest(const SavedReport& report) {
    cti::wire::Envelope env;
    *env.mutable_save_report()->mutable_report() = toWire(report);
    return env;
}

cti::wire::Envelope removeReportRequest(qint64 reportId) {
    cti::wire::Envelope env;
    env.mutable_save_report()->mutable_report()->set_report_id(reportId);
    env.mutable_save_report()->set_remove(true);
    return env;
}

}  // namespace cti::qt
