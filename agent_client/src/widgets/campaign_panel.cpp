#include "widgets/campaign_panel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include "models/campaign_model.h"

namespace cti::agent {

CampaignPanel::CampaignPanel(CampaignModel& model, QWidget* parent)
    : QWidget(parent), model_(model), refresh_(new QPushButton(tr("Refresh"), this)), listLabel_(new QLabel(this)),
      table_(new QTableView(this)) {
    setObjectName(QStringLiteral("campaignPanel"));
    refresh_->setObjectName(QStringLiteral("campaignRefreshButton"));
    refresh_->setToolTip(tr("Reload the campaigns and their figures."));
    listLabel_->setObjectName(QStringLiteral("campaignListLabel"));

    table_->setObjectName(QStringLiteral("campaignTable"));
    table_->setModel(&model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(CampaignModel::NameColumn, QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    bar->addWidget(listLabel_, 1);
    bar->addWidget(refresh_);
    auto* below = new QHBoxLayout;
    below->addWidget(makePreviewBox(), 1);
    below->addWidget(makeDispositionBox(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
    layout->addLayout(below);

    connect(refresh_, &QPushButton::clicked, this, &CampaignPanel::refreshRequested);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignPanel::selectionChanged);
    // A reset loses the selection: the agent's campaign is selected again if it is still listed.
    // The first time, the first preview campaign: the one where the agent has something to do.
    connect(&model_, &QAbstractItemModel::modelReset, this, [this] {
        qint64 id = selected_;
        for (int row = 0; id == 0 && row < model_.rowCount(); ++row)
            if (previewsRecords(model_.campaignAt(row))) id = model_.campaignAt(row).campaignId;
        selectCampaign(id);
    });
    connect(&model_, &QAbstractItemModel::rowsInserted, this, &CampaignPanel::updatePreview);
    // A campaign paused or started under the agent's eyes changes what Next may do.
    connect(&model_, &QAbstractItemModel::dataChanged, this, &CampaignPanel::updatePreview);
    updatePreview();
    updateDisposition();
}

QGroupBox* CampaignPanel::makePreviewBox() {
    auto* box = new QGroupBox(tr("Preview"), this);
    box->setObjectName(QStringLiteral("campaignPreviewBox"));
    previewHint_ = new QLabel(box);
    previewHint_->setObjectName(QStringLiteral("campaignPreviewHint"));
    previewHint_->setWordWrap(true);
    next_ = new QPushButton(tr("Next record"), box);
    next_->setObjectName(QStringLiteral("campaignNextButton"));
    next_->setToolTip(tr("Hold the next record of this campaign for you."));
    phone_ = new QLabel(box);
    phone_->setObjectName(QStringLiteral("campaignRecordPhone"));
    phone_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dataBox_ = new QWidget(box);
    dataBox_->setObjectName(QStringLiteral("campaignRecordData"));
    dataForm_ = new QFormLayout(dataBox_);
    dataForm_->setContentsMargins(0, 0, 0, 0);
    dial_ = new QPushButton(tr("Dial"), box);
    dial_->setObjectName(QStringLiteral("campaignDialButton"));
    dial_->setToolTip(tr("Your phone rings first, then the number is dialled."));
    skip_ = new QPushButton(tr("Skip"), box);
    skip_->setObjectName(QStringLiteral("campaignSkipButton"));
    skip_->setToolTip(tr("Give the record back without calling it."));
    previewMessage_ = new QLabel(box);
    previewMessage_->setObjectName(QStringLiteral("campaignPreviewMessage"));
    previewMessage_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(next_);
    buttons->addStretch(1);
    buttons->addWidget(dial_);
    buttons->addWidget(skip_);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(previewHint_);
    layout->addWidget(phone_);
    layout->addWidget(dataBox_);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(previewMessage_);

    connect(next_, &QPushButton::clicked, this, [this] {
        if (selected_ == 0) return;
        waiting_ = true;
        asked_ = Asked::Preview;
        previewMessage_->setText(tr("Asking for the next record…"));
        updatePreview();
        emit previewRequested(selected_);
    });
    connect(dial_, &QPushButton::clicked, this, [this] { decide(true); });
    connect(skip_, &QPushButton::clicked, this, [this] { decide(false); });
    return box;
}

void CampaignPanel::setDispositions(const QList<DictionaryItem>& items) {
    const QString current = disposition_->currentData().toString();
    disposition_->clear();
    disposition_->addItem(tr("(choose)"), QString());
    for (const auto& item : items) disposition_->addItem(item.label, item.code);
    disposition_->setCurrentIndex(std::max(0, disposition_->findData(current)));
}

QGroupBox* CampaignPanel::makeDispositionBox() {
    dispositionBox_ = new QGroupBox(tr("Disposition"), this);
    dispositionBox_->setObjectName(QStringLiteral("campaignDispositionBox"));
    callLabel_ = new QLabel(dispositionBox_);
    callLabel_->setObjectName(QStringLiteral("campaignCallLabel"));
    callLabel_->setWordWrap(true);
    disposition_ = new QComboBox(dispositionBox_);
    disposition_->setObjectName(QStringLiteral("dispositionCombo"));
    disposition_->addItem(tr("(choose)"), QString());
    for (const auto& d : dispositions()) disposition_->addItem(dispositionName(d), d);
    note_ = new QPlainTextEdit(dispositionBox_);
    note_->setObjectName(QStringLiteral("dispositionNoteEdit"));
    note_->setPlaceholderText(tr("What the customer said, what was agreed…"));
    callbackAt_ = new QDateTimeEdit(dispositionBox_);
    callbackAt_->setObjectName(QStringLiteral("dispositionCallbackEdit"));
    callbackAt_->setCalendarPopup(true);
    callbackAt_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    save_ = new QPushButton(tr("Save"), dispositionBox_);
    save_->setObjectName(QStringLiteral("dispositionSaveButton"));
    dispositionMessage_ = new QLabel(dispositionBox_);
    dispositionMessage_->setObjectName(QStringLiteral("dispositionMessage"));
    dispositionMessage_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Result"), disposition_);
    form->addRow(tr("Call back at"), callbackAt_);
    form->addRow(tr("Note"), note_);
    auto* layout = new QVBoxLayout(dispositionBox_);
    layout->addWidget(callLabel_);
    layout->addLayout(form, 1);
    layout->addWidget(save_, 0, Qt::AlignRight);
    layout->addWidget(dispositionMessage_);

    connect(disposition_, &QComboBox::currentIndexChanged, this, [this] {
        // A fresh suggestion for a callback: tomorrow at this hour, which the agent adjusts.
        if (disposition_->currentData().toString() == QLatin1String("callback") &&
            callbackAt_->dateTime() <= QDateTime::currentDateTime())
            callbackAt_->setDateTime(QDateTime::currentDateTime().addDays(1));
        updateDisposition();
    });
    connect(save_, &QPushButton::clicked, this, &CampaignPanel::save);
    return dispositionBox_;
}

void CampaignPanel::selectCampaign(qint64 campaignId) {
    const auto row = model_.rowOf(campaignId);
    if (!row) {
        table_->clearSelection();
        selected_ = 0;
        updatePreview();
        return;
    }
    table_->selectRow(*row);
    table_->setCurrentIndex(model_.index(*row, 0));
    selected_ = campaignId;
    updatePreview();
}

void CampaignPanel::setCampaigns(const QList<cti::qt::CampaignInfo>& campaigns) { model_.setCampaigns(campaigns); }

void CampaignPanel::selectionChanged() {
    const QModelIndex current = table_->currentIndex();
    selected_ = current.isValid() ? model_.campaignAt(current.row()).campaignId : 0;
    updatePreview();
}

void CampaignPanel::decide(bool dial) {
    if (record_.empty() || waiting_) return;
    waiting_ = true;
    asked_ = Asked::Decision;
    decided_ = record_.recordId;
    previewMessage_->setText(dial ? tr("Dialling %1: your phone rings first…").arg(record_.phone)
                                  : tr("Giving the record back…"));
    updatePreview();
    emit decisionRequested(record_.recordId, dial);
}

void CampaignPanel::showRecord(const cti::qt::CampaignRecord& record) {
    waiting_ = false;
    record_ = record;
    if (record.empty()) {
        // Nothing due now: outside calling hours, everything called or waiting for a retry.
        QString text = tr("Nothing to call now in this campaign.");
        if (const auto row = model_.rowOf(selected_); row && !model_.campaignAt(*row).waitingReason.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(waitingReasonName(model_.campaignAt(*row).waitingReason));
        previewMessage_->setText(text);
    } else {
        previewMessage_->setText(tr("Read the record, then dial or skip it."));
    }
    showRecordData();
    updatePreview();
}

void CampaignPanel::showDialled(qint64 callId) {
    waiting_ = false;
    if (callId != 0) {
        previewCalls_.insert(callId, decided_);
        previewMessage_->setText(tr("Dialled %1. After the call, record its result.").arg(record_.phone));
    } else {
        previewMessage_->setText(tr("Skipped. Ask for the next record when you are ready."));
    }
    // Decided either way: the record is no longer held for this agent.
    record_ = {};
    showRecordData();
    updatePreview();
    // The call's event may have come before this answer: it is a campaign call now.
    setCall(call_);
}

void CampaignPanel::showDispositionSaved(const cti::qt::CampaignRecord& record) {
    const int shown = disposition_->findData(record.disposition);
    dispositionMessage_->setText(
        tr("Saved: %1").arg(shown > 0 ? disposition_->itemText(shown) : dispositionName(record.disposition)));
    asked_ = Asked::Nothing;
}

void CampaignPanel::showError(const QString& message) {
    if (asked_ == Asked::Disposition) {
        dispositionMessage_->setText(message);
    } else {
        waiting_ = false;
        previewMessage_->setText(message);
        updatePreview();
    }
    asked_ = Asked::Nothing;
}

void CampaignPanel::setCall(const std::optional<cti::qt::Call>& call) {
    call_ = call;
    const qint64 record = call ? campaignRecordOf(*call, previewCalls_) : 0;
    if (record != callRecord_) {
        // Another record: what was chosen for the last one does not carry over.
        disposition_->setCurrentIndex(0);
        note_->clear();
        dispositionMessage_->clear();
    }
    callRecord_ = record;
    updateDisposition();
}

void CampaignPanel::save() {
    if (callRecord_ == 0) return;
    const QString disposition = disposition_->currentData().toString();
    const QString note = note_->toPlainText().trimmed();
    const bool callback = disposition == QLatin1String("callback");
    const qint64 at = callback ? callbackAt_->dateTime().toMSecsSinceEpoch() : 0;
    if (const QString problem = dispositionProblem(disposition, note, at, QDateTime::currentMSecsSinceEpoch());
        !problem.isEmpty()) {
        dispositionMessage_->setText(problem);
        return;
    }
    asked_ = Asked::Disposition;
    dispositionMessage_->setText(tr("Saving…"));
    emit dispositionRequested(callRecord_, disposition, note, at);
}

void CampaignPanel::showRecordData() {
    while (dataForm_->rowCount() > 0) dataForm_->removeRow(0);
    if (record_.empty()) {
        phone_->clear();
        return;
    }
    phone_->setText(tr("Number: %1").arg(record_.phone));
    for (auto it = record_.data.cbegin(); it != record_.data.cend(); ++it) {
        auto* value = new QLabel(it.value(), dataBox_);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        // The call list's own column names (姓名, 户号…), as the list was imported.
        dataForm_->addRow(tr("%1:").arg(it.key()), value);
    }
}

void CampaignPanel::updatePreview() {
    listLabel_->setText(tr("Campaigns: %n", nullptr, model_.rowCount()));
    const auto row = model_.rowOf(selected_);
    const bool previews = row && previewsRecords(model_.campaignAt(*row));
    if (!row)
        previewHint_->setText(tr("Select a campaign."));
    else if (previews)
        previewHint_->setText(tr("Ask for a record, read it, then dial or skip it."));
    else if (model_.campaignAt(*row).state != QLatin1String("running"))
        previewHint_->setText(tr("This campaign is not running."));
    else
        previewHint_->setText(tr("This campaign dials by itself: its calls come to you like queue calls."));
    const bool holding = !record_.empty();
    next_->setEnabled(previews && !holding && !waiting_);
    dial_->setEnabled(holding && !waiting_);
    skip_->setEnabled(holding && !waiting_);
}

void CampaignPanel::updateDisposition() {
    const bool open = callRecord_ != 0;
    if (!open) {
        callLabel_->setText(tr("No campaign call. The result of a campaign call is recorded here."));
    } else {
        const QString campaign = call_->data.value(QStringLiteral("campaign"));
        QString number = call_->data.value(QStringLiteral("phone"));
        if (number.isEmpty()) number = call_->direction == QLatin1String("inbound") ? call_->caller : call_->callee;
        callLabel_->setText(campaign.isEmpty() ? tr("Campaign call with %1 (record %2)").arg(number).arg(callRecord_)
                                               : tr("%1: call with %2 (record %3)").arg(campaign, number).arg(callRecord_));
    }
    disposition_->setEnabled(open);
    note_->setEnabled(open);
    save_->setEnabled(open);
    callbackAt_->setEnabled(open && disposition_->currentData().toString() == QLatin1String("callback"));
}

}  // namespace cti::agent
