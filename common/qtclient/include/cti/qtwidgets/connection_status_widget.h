#pragma once
// The status-bar part both desktops share: connection state, logged-in user, and whether this
// session takes calls. Draws what SessionStatus holds; the last problem is in the tooltip.
#include <QWidget>

#include "cti/qtclient/session_status.h"

class QLabel;

namespace cti::qt {

class ConnectionStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(const SessionStatus& status, QWidget* parent = nullptr);

    static QString stateText(ConnectionState state);
    static QString roleText(Role role);

private:
    void refresh();

    const SessionStatus& status_;
    QLabel* state_;
    QLabel* user_;
    QLabel* telephony_;
};

}  // namespace cti::qt
