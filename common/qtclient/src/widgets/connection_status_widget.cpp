#include "cti/qtwidgets/connection_status_widget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace cti::qt {

ConnectionStatusWidget::ConnectionStatusWidget(const SessionStatus& status, QWidget* parent)
    : QWidget(parent), status_(status), state_(new QLabel(this)), user_(new QLabel(this)),
      telephony_(new QLabel(tr("Telephony off"), this)) {
    state_->setObjectName(QStringLiteral("connectionStateLabel"));
    user_->setObjectName(QStringLiteral("userLabel"));
    telephony_->setObjectName(QStringLiteral("telephonyLabel"));
    telephony_->setToolTip(tr("You logged in without connecting to the CTI server: tickets and the "
                              "knowledge base work, calls do not reach this desktop."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);  // keep the state clear of the size grip
    layout->addWidget(user_);
    layout->addWidget(telephony_);
    layout->addWidget(state_);
    connect(&status_, &SessionStatus::changed, this, &ConnectionStatusWidget::refresh);
    refresh();
}

QString ConnectionStatusWidget::stateText(ConnectionState state) {
    switch (state) {
        case ConnectionState::Disconnected: return tr("Disconnected");
        case ConnectionState::Connecting: return tr("Connecting");
        case ConnectionState::Handshaking: return tr("Logging in");
        case ConnectionState::LoggedIn: return tr("Connected");
        case ConnectionState::Reconnecting: return tr("Reconnecting");
    }
    return {};
}

QString ConnectionStatusWidget::roleText(Role role) {
    switch (role) {
        case Role::Agent: return tr("Agent");
        case Role::TeamLeader: return tr("Team leader");
        case Role::Supervisor: return tr("Supervisor");
        case Role::Administrator: return tr("Administrator");
        case Role::Maintainer: return tr("Knowledge maintainer");
        case Role::Unspecified: break;
    }
    return {};
}

void ConnectionStatusWidget::refresh() {
    const ConnectionState state = status_.state();
    state_->setText(stateText(state));
    const char* color = state == ConnectionState::LoggedIn       ? "#1b7f3b"
                        : state == ConnectionState::Disconnected ? "#b00020"
                                                                 : "#a15c00";
    state_->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(color)));
    state_->setToolTip(status_.lastError());

    if (const auto& user = status_.user()) {
        QString text = tr("%1 (%2)").arg(user->displayName.isEmpty() ? user->login : user->displayName,
                                          user->login);
        if (const QString role = roleText(user->role); !role.isEmpty()) text += QStringLiteral(" · ") + role;
        if (!user->extension.isEmpty()) text += QStringLiteral(" · ") + tr("Ext. %1").arg(user->extension);
        user_->setText(text);
    } else {
        user_->setText(tr("Not logged in"));
    }
    telephony_->setVisible(!status_.telephonyEnabled());
}

}  // namespace cti::qt
