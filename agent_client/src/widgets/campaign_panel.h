#pragma once
// 外呼任务: the outbound campaigns (the caller's CampaignModel, kept current by campaign events),
// the preview of a preview campaign's next record (Next record → the record with its call-list
// columns → Dial or Skip), and the disposition (处理结果) of the campaign call the desktop shows.
// Drawing and wiring only: the rules are in models/campaign_model.h; requests leave as signals,
// answers come in through the slots.
#include <QHash>
#include <QWidget>

#include <optional>

#include "cti/qtclient/office_types.h"
#include "models/not_ready_reasons.h"
#include "cti/qtclient/types.h"

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cti::agent {

class CampaignModel;

class CampaignPanel : public QWidget {
    Q_OBJECT
public:
    explicit CampaignPanel(CampaignModel& model, QWidget* parent = nullptr);

    // The campaign selected in the table, 0 if none.
    qint64 selectedCampaign() const { return selected_; }
    void selectCampaign(qint64 campaignId);
    // The record the disposition area is for (the shown call's), 0 if none.
    qint64 callRecord() const { return callRecord_; }

public slots:
    // The administrator's dispositions (dictionary campaign_dispositions) in place of the
    // built-in ones; the choice being made stays when its code is still offered.
    void setDispositions(const QList<cti::agent::DictionaryItem>& items);
    void setCampaigns(const QList<cti::qt::CampaignInfo>& campaigns);
    // The answer to previewRequested; an empty record: nothing to call now.
    void showRecord(const cti::qt::CampaignRecord& record);
    // The answer to decisionRequested: the call dialled, or 0 when the record was skipped.
    void showDialled(qint64 callId);
    void showDispositionSaved(const cti::qt::CampaignRecord& record);
    void showError(const QString& message);
    // The call the desktop shows (the softphone's): a campaign call opens the disposition area.
    void setCall(const std::optional<cti::qt::Call>& call);

signals:
    void refreshRequested();
    void previewRequested(qint64 campaignId);
    void decisionRequested(qint64 recordId, bool dial);
    void dispositionRequested(qint64 recordId, const QString& disposition, const QString& note, qint64 callbackAtMs);

private:
    // Which request a failure answers: its message goes where the agent asked.
    enum class Asked { Nothing, Preview, Decision, Disposition };

    QGroupBox* makePreviewBox();
    QGroupBox* makeDispositionBox();
    void selectionChanged();
    void decide(bool dial);
    void save();
    void showRecordData();
    void updatePreview();
    void updateDisposition();

    CampaignModel& model_;
    qint64 selected_ = 0;
    cti::qt::CampaignRecord record_;  // the previewed record, held for this agent until decided
    bool waiting_ = false;            // a preview request or decision is on its way
    Asked asked_ = Asked::Nothing;
    qint64 decided_ = 0;                  // the record of the decision on its way
    QHash<qint64, qint64> previewCalls_;  // call id → record, for the calls dialled here
    std::optional<cti::qt::Call> call_;
    qint64 callRecord_ = 0;

    QPushButton* refresh_;
    QLabel* listLabel_;
    QTableView* table_;
    QLabel* previewHint_;
    QPushButton* next_;
    QLabel* phone_;
    QWidget* dataBox_;
    QFormLayout* dataForm_;
    QPushButton* dial_;
    QPushButton* skip_;
    QLabel* previewMessage_;
    QGroupBox* dispositionBox_;
    QLabel* callLabel_;
    QComboBox* disposition_;
    QPlainTextEdit* note_;
    QDateTimeEdit* callbackAt_;
    QPushButton* save_;
    QLabel* dispositionMessage_;
};

}  // namespace cti::agent
