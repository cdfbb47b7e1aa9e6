#include "cti/qtclient/reports.h"

#include <QCoreApplication>

#include "cti/qtclient/connection.h"
#include "cti/qtclient/convert.h"
#include "cti/qtclient/convert_reports.h"
#include "cti/wire/frame.h"

namespace cti::qt {

Reports::Reports(Connection& connection, QObject* parent) : QObject(parent), connection_(connection) {
    qRegisterMetaType<cti::qt::ReportQuery>();
    qRegisterMetaType<cti::qt::ReportResult>();
    qRegisterMetaType<cti::qt::SavedReport>();
    connect(&connection_, &Connection::replyReceived, this, &Reports::onReply);
}

quint64 Reports::send(cti::wire::Envelope request, Handler handler) {
    // Registered before the request is posted: the reply arrives queued, after this returns.
    const quint64 id = connection_.request(std::move(request));
    pending_.insert(id, std::move(handler));
    return id;
}

void Reports::onReply(quint64 requestId, const cti::wire::Envelope& reply) {
    const auto it = pending_.find(requestId);
    if (it == pending_.end()) return;  // someone else's request
    const Handler handler = std::move(*it);
    pending_.erase(it);
    if (reply.has_error()) {
        emit requestFailed(requestId, fromWire(reply.error().code()), QString::fromStdString(reply.error().message()));
        return;
    }
    handler(requestId, reply);
}

void Reports::unexpected(quint64 requestId, const cti::wire::Envelope& reply) {
    // Office's message, so the library's catalog needs no second copy of it.
    const auto name = cti::wire::body_name(reply);
    emit requestFailed(requestId, ErrorCode::Internal,
                       QCoreApplication::translate("cti::qt::Office", "The server answered with an unexpected %1 message.")
                           .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()))));
}

quint64 Reports::run(const ReportQuery& query) {
    return send(runReportRequest(query), [this](quint64 id, const cti::wire::Envelope& r) {
        if (!r.has_run_report_ok()) return unexpected(id, r);
        emit reportReady(id, fromWire(r.run_report_ok()));
    });
}

quint64 Reports::save(const SavedReport& report) {
    return send(saveReportRequest(report), [this](quint64 id, const cti::wire::Envelope& r) {
        if (!r.has_save_report_ok()) return unexpected(id, r);
        emit reportSaved(id, fromWire(r.save_report_ok().report()));
    });
}

quint64 Reports::remove(qint64 reportId) {
    return send(removeReportRequest(reportId), [this, reportId](quint64 id, const cti::wire::Envelope& r) {
        if (!r.has_save_report_ok()) return unexpected(id, r);
        emit reportRemoved(id, reportId);
    });
}

quint64 Reports::list() {
    cti::wire::Envelope env;
    env.mutable_list_reports();
    return send(std::move(env), [this](quint64 id, const cti::wire::Envelope& r) {
        if (!r.has_list_reports_ok()) return unexpected(id, r);
        QList<SavedReport> out;
        for (const auto& s : r.list_reports_ok().reports()) out.append(fromWire(s));
        emit reportsListed(id, out);
    });
}

}  // namespace cti::qt
