#include "models/caller_model.h"

#include <QRegularExpression>

namespace cti::agent {

QString lookupNumber(const cti::qt::Call& call) {
    if (call.direction == QLatin1String("internal")) return {};
    return call.direction == QLatin1String("outbound") ? call.callee : call.caller;
}

QStringList recommendedProducts(const cti::qt::CallerInfo& caller) {
    static const QStringList keys{QStringLiteral("recommended"), QStringLiteral("recommended_products"),
                                  QStringLiteral("products"), QStringLiteral("推荐产品")};
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList out;
    for (const auto& system : caller.external) {
        if (!system.ok) continue;
        for (const auto& key : keys) {
            const auto it = system.fields.constFind(key);
            if (it == system.fields.cend()) continue;
            for (const auto& part : it->split(separators, Qt::SkipEmptyParts)) {
                const QString product = part.trimmed();
                if (!product.isEmpty() && !out.contains(product)) out.append(product);
            }
        }
    }
    return out;
}

CallerModel::CallerModel(QObject* parent) : QObject(parent) { qRegisterMetaType<cti::qt::CallerInfo>(); }

void CallerModel::setCall(const std::optional<cti::qt::Call>& call) {
    const bool sameCall = call && call_ && call->callId == call_->callId;
    call_ = call;
    if (sameCall) {
        emit changed();  // state or keyed data changed; the caller is the same
        return;
    }
    caller_.reset();
    error_.clear();
    number_ = call ? lookupNumber(*call) : QString();
    looking_ = !number_.isEmpty();
    emit changed();
    if (looking_) emit lookupRequested(number_, call->data.value(QStringLiteral("account")));
}

void CallerModel::applyCaller(const cti::qt::CallerInfo& caller) {
    if (!looking_ || caller.phone != number_) return;  // an answer for a call no longer shown
    caller_ = caller;
    looking_ = false;
    emit changed();
}

void CallerModel::applyError(const QString& message) {
    if (!looking_) return;
    looking_ = false;
    error_ = message;
    emit changed();
}

}  // namespace cti::agent
