#pragma once
// The softphone controls of MISSION.md (签入/签出, 置闲/置忙, 离开, 结束话后, 应答, 挂机,
// 保持/接回, 咨询, 转移, 完成转移, 取消咨询, 会议, 外拨, 按键, 求助, 拨号盘) with shortcuts, the number field, the reason
// list (SoftphoneModel::reasons), the other party's number and the call timer. Drawing and
// wiring only: every button is enabled from SoftphoneModel::allows and a click goes to
// SoftphoneModel::request.
#include <QWidget>

#include "cti/qtclient/session_status.h"
#include "models/softphone_model.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cti::agent {

class SoftphoneBar : public QWidget {
    Q_OBJECT
public:
    SoftphoneBar(SoftphoneModel& model, const cti::qt::SessionStatus& status, QWidget* parent = nullptr);

    // In display order; object names are "<action>Button" (signInButton, readyButton, ...).
    QList<QPushButton*> buttons() const { return buttons_; }
    QPushButton* button(SoftAction action) const;

signals:
    void helpRequested();

private:
    void keyPressed(const QString& digit);
    void refresh();
    void refreshTimer();
    void refreshReasons();
    void clicked(SoftAction action);

    SoftphoneModel& model_;
    const cti::qt::SessionStatus& status_;
    QList<QPushButton*> buttons_;
    QList<SoftAction> actions_;
    QList<const char*> purposes_;
    QLineEdit* number_;
    QComboBox* reason_;
    QLabel* party_;
    QLabel* timer_;
    QLabel* note_;
    QTimer* tick_;
    QPushButton* help_;
    QPushButton* keypadToggle_;
    QWidget* keypad_;
};

}  // namespace cti::agent
