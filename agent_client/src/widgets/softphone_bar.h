#pragma once
// The softphone controls of MISSION.md (签入/签出, 置闲/置忙, 应答, 挂机, 保持/接回, 咨询, 转移,
// 会议, 外拨). They are shown so agents and trainers see the final layout, and are disabled: call
// control is not part of this version, which each tooltip says plainly.
#include <QWidget>

#include "cti/qtclient/session_status.h"

class QLabel;
class QPushButton;

namespace cti::agent {

class SoftphoneBar : public QWidget {
    Q_OBJECT
public:
    explicit SoftphoneBar(const cti::qt::SessionStatus& status, QWidget* parent = nullptr);

    // In display order; object names are "<action>Button" (signInButton, readyButton, ...).
    QList<QPushButton*> buttons() const { return buttons_; }

private:
    void refresh();

    const cti::qt::SessionStatus& status_;
    QList<QPushButton*> buttons_;
    QList<const char*> purposes_;
    QLabel* note_;
};

}  // namespace cti::agent
