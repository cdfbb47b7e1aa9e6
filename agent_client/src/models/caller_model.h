#pragma once
// What the screen pop knows about the caller of the shown call: the customer (VIP, blacklist),
// the responsible department, recent calls and orders, what outside systems answered (arrears,
// recommended products). It asks for a lookup once per call (lookupRequested, which the owner
// sends as LookupCaller) and keeps the answer until another call is shown.
#include <QObject>

#include <optional>

#include "cti/qtclient/types.h"

namespace cti::agent {

// The number to look up for a call: the other party (the caller of an inbound call, the callee
// of an outbound one); empty for an internal call. Pure.
QString lookupNumber(const cti::qt::Call& call);

// Products an outside system recommends for this caller: the values of fields named
// "recommended", "recommended_products", "products" or "推荐产品", split at commas and
// ideographic commas (、，). Pure.
QStringList recommendedProducts(const cti::qt::CallerInfo& caller);

class CallerModel : public QObject {
    Q_OBJECT
public:
    explicit CallerModel(QObject* parent = nullptr);

    // The call the screen pop shows (SoftphoneModel::shownCall). A new call id with a number to
    // look up emits lookupRequested; the same call again does nothing.
    void setCall(const std::optional<cti::qt::Call>& call);
    // The lookup's answer; ignored unless it is for the number of the shown call.
    void applyCaller(const cti::qt::CallerInfo& caller);
    void applyError(const QString& message);

    const std::optional<cti::qt::Call>& call() const { return call_; }
    const std::optional<cti::qt::CallerInfo>& caller() const { return caller_; }
    bool looking() const { return looking_; }
    const QString& error() const { return error_; }
    bool vip() const { return caller_ && caller_->known && caller_->customer.vipLevel > 0; }
    bool blacklisted() const { return caller_ && caller_->known && caller_->customer.blacklisted; }

signals:
    void changed();
    void lookupRequested(const QString& phone, const QString& accountNo);

private:
    std::optional<cti::qt::Call> call_;
    std::optional<cti::qt::CallerInfo> caller_;
    QString number_;  // what was looked up for the shown call
    bool looking_ = false;
    QString error_;
};

}  // namespace cti::agent
