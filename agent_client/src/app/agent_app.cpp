#include "app/agent_app.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

#include "app/pages.h"
#include "app/ringer.h"
#include "cti/qtclient/connection.h"
#include "cti/qtclient/translations.h"
#include "cti/qtwidgets/alarm_banner.h"
#include "models/announcement_model.h"
#include "models/caller_model.h"
#include "models/not_ready_reasons.h"
#include "models/order_names.h"
#include "models/softphone_model.h"
#include "models/status_area_model.h"
#include "widgets/main_window.h"
#include "widgets/password_dialog.h"
#include "widgets/screen_pop_panel.h"
#include "widgets/softphone_bar.h"

namespace cti::agent {

namespace {
const QString kAutoAnswerKey = QStringLiteral("habits/autoAnswer");
const QString kIntermittentKey = QStringLiteral("habits/intermittent");
}  // namespace

AgentApp::AgentApp(cti::qt::Connection& connection, cti::qt::SessionStatus& status, QSettings& settings,
                   QObject* parent)
    : QObject(parent), connection_(connection), status_(status), settings_(settings), telephony_(connection),
      office_(connection), admin_(connection), alarms_(std::make_unique<cti::qt::AlarmModel>()),
      announcements_(std::make_unique<AnnouncementModel>()),
      softphone_(std::make_unique<SoftphoneModel>()), caller_(std::make_unique<CallerModel>()),
      statusArea_(std::make_unique<StatusAreaModel>()), pages_(std::make_unique<Pages>()), ringer_(new Ringer(this)) {
    language_ = cti::qt::pickLanguage(QLocale::system());
    habits_.autoAnswer = settings_.value(kAutoAnswerKey, false).toBool();
    habits_.mode = settings_.value(kIntermittentKey, false).toBool() ? WorkMode::Intermittent : WorkMode::Continuous;
    window_ = std::make_unique<MainWindow>(*announcements_, *softphone_, *caller_, *statusArea_, status_);

    auto& w = *window_;
    pages_->workbench = new WorkbenchPanel(pages_->workbenchModel);
    pages_->workbench->setObjectName(QStringLiteral("workbenchPage"));
    pages_->orderForm = new OrderForm;
    pages_->orderForm->setObjectName(QStringLiteral("orderFormPage"));
    pages_->orderDetail = new OrderDetail;
    pages_->orderDetail->setObjectName(QStringLiteral("orderDetailPage"));
    pages_->knowledge = new KnowledgePanel;
    pages_->knowledge->setObjectName(QStringLiteral("knowledgePage"));
    pages_->history = new CallHistoryPanel;
    pages_->history->setObjectName(QStringLiteral("historyPage"));
    pages_->voicemail = new VoicemailPanel(pages_->voicemailModel);
    pages_->voicemail->setObjectName(QStringLiteral("voicemailPage"));
    pages_->campaigns = new CampaignPanel(pages_->campaignModel);
    pages_->campaigns->setObjectName(QStringLiteral("campaignsPage"));
    // The workbench first: it is where an agent's day starts; announcements stay last.
    w.pages().insertTab(0, pages_->workbench, tr("My workbench"));
    w.pages().insertTab(1, pages_->orderForm, tr("New work order"));
    w.pages().insertTab(2, pages_->orderDetail, tr("Work order"));
    w.pages().insertTab(3, pages_->knowledge, tr("Knowledge"));
    w.pages().insertTab(4, pages_->history, tr("Call history"));
    w.pages().insertTab(5, pages_->voicemail, tr("Voicemail"));
    w.pages().insertTab(6, pages_->campaigns, tr("Outbound campaigns"));
    w.pages().setCurrentIndex(0);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(w.windowIcon(), this);
        tray_->setToolTip(w.windowTitle());
        tray_->show();
        connect(tray_, &QSystemTrayIcon::messageClicked, this, [this] {
            window_->showNormal();
            window_->activateWindow();
            if (trayOrder_ != 0) openOrder(trayOrder_);
        });
    }

    wireTelephony();
    wireScreenPop();
    wireOrders();
    wireKnowledge();
    wirePersonal();
    wireCampaigns();
    wireTools();
    wireReasons();
}

AgentApp::~AgentApp() = default;

void AgentApp::wireReasons() {
    // Read after every snapshot (login and reconnect): an administrator may have changed them.
    connect(&connection_, &cti::qt::Connection::snapshotReceived, this,
            [this] { dictionaryRequest_ = admin_.list(QStringLiteral("dictionaries")); });
    connect(&admin_, &cti::qt::AdminTables::listed, this, [this](quint64 id, const cti::qt::AdminTable& table) {
        if (id != dictionaryRequest_) return;
        dictionaryRequest_ = 0;
        dictionary_ = table.records;
        applyReasons();
    });
    // An older server (no such request) or a refusal: the reasons shown so far stay.
    connect(&admin_, &cti::qt::AdminTables::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString&) {
        if (id == dictionaryRequest_) dictionaryRequest_ = 0;
    });
}

void AgentApp::setLanguage(const QString& language) {
    language_ = language;
    applyReasons();
}

void AgentApp::applyReasons() {
    if (!dictionary_) return;
    softphone_->setReasons(notReadyReasonsFromDictionary(*dictionary_, language_));
    // An older server has no such dictionary: the built-in dispositions stay.
    if (auto items = dictionaryItems(*dictionary_, QStringLiteral("campaign_dispositions"), language_); !items.isEmpty())
        pages_->campaigns->setDispositions(items);
    pages_->orderForm->setTypes(dictionaryItems(*dictionary_, QStringLiteral("order_types"), language_));
    pages_->orderForm->setUrgencies(dictionaryItems(*dictionary_, QStringLiteral("order_urgencies"), language_));
    pages_->orderForm->setChannels(dictionaryItems(*dictionary_, QStringLiteral("order_channels"), language_));
}

void AgentApp::wireTelephony() {
    auto* sp = softphone_.get();
    connect(&connection_, &cti::qt::Connection::snapshotReceived, alarms_.get(), &cti::qt::AlarmModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::eventReceived, alarms_.get(), &cti::qt::AlarmModel::applyEvent);
    window_->addBanner(new cti::qt::AlarmBanner(*alarms_));
    connect(&connection_, &cti::qt::Connection::snapshotReceived, announcements_.get(),
            &AnnouncementModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::eventReceived, announcements_.get(), &AnnouncementModel::applyEvent);
    connect(&connection_, &cti::qt::Connection::snapshotReceived, sp, &SoftphoneModel::applySnapshot);
    connect(&connection_, &cti::qt::Connection::snapshotReceived, statusArea_.get(),
            &StatusAreaModel::applySnapshot);
    // A snapshot also follows every reconnect: the lists may have changed meanwhile.
    connect(&connection_, &cti::qt::Connection::snapshotReceived, this, [this](const cti::qt::Snapshot& s) {
        QStringList departments;
        for (const auto& a : s.agents)
            if (!a.department.isEmpty() && !departments.contains(a.department)) departments << a.department;
        pages_->orderDetail->setDepartments(departments);
        pages_->history->setMyExtension(s.me.extension);
        campaignWork_ = s.me.hasPermission(QStringLiteral("campaign.work"));
        loadLists();
    });
    connect(&telephony_, &cti::qt::Telephony::callChanged, sp, &SoftphoneModel::applyCall);
    connect(&telephony_, &cti::qt::Telephony::agentStatusChanged, sp, &SoftphoneModel::applyAgentStatus);
    connect(&telephony_, &cti::qt::Telephony::agentStatusChanged, statusArea_.get(),
            &StatusAreaModel::applyAgentStatus);
    connect(&telephony_, &cti::qt::Telephony::queueStatusChanged, statusArea_.get(),
            &StatusAreaModel::applyQueueStatus);
    connect(&telephony_, &cti::qt::Telephony::agentControlDone, sp,
            [sp](quint64, cti::qt::AgentAction, const cti::qt::AgentStatusInfo& agent) { sp->applyAgentStatus(agent); });
    connect(&telephony_, &cti::qt::Telephony::requestFailed, sp,
            [sp](quint64, cti::qt::ErrorCode, const QString& message) { sp->applyError(message); });
    connect(sp, &SoftphoneModel::callControlRequested, &telephony_,
            [this](cti::qt::CallAction action, qint64 callId, const QString& number, const QString& digits) {
                telephony_.callControl(action, callId, number, digits);
            });
    connect(sp, &SoftphoneModel::agentControlRequested, &telephony_,
            [this](cti::qt::AgentAction action, const QString& reason) { telephony_.agentControl(action, reason); });
    connect(&status_, &cti::qt::SessionStatus::changed, sp, [this] {
        softphone_->setConnected(status_.state() == cti::qt::ConnectionState::LoggedIn && status_.telephonyEnabled());
    });
    connect(sp, &SoftphoneModel::changed, this, &AgentApp::afterSoftphoneChange);
    // Help goes to everyone in my department: the team leaders there see it at once.
    connect(&window_->softphoneBar(), &SoftphoneBar::helpRequested, this, [this] {
        const auto me = status_.user().value_or(cti::qt::UserInfo{});
        const QString number = softphone_->partyNumber();
        const QString text = number.isEmpty() ? tr("[Help] %1 asks for help.").arg(me.displayName)
                                              : tr("[Help] %1 asks for help on the call with %2.")
                                                    .arg(me.displayName, number);
        office_.sendMessage({}, me.department, text);
    });
    connect(&office_, &cti::qt::Office::messageSent, this,
            [this](quint64, const cti::qt::InternalMessage&) { softphone_->applyError(tr("Your request for help was sent.")); });
    connect(&office_, &cti::qt::Office::messageReceived, this, [this](const cti::qt::InternalMessage& m) {
        notify(tr("Message from %1").arg(m.from), m.text);
    });
}

// Ringing, auto-answer and the intermittent rest follow every change of my call or state.
void AgentApp::afterSoftphoneChange() {
    const SoftphoneFacts now = softphone_->facts();
    ringer_->setRinging(softphone_->ringing());
    if (const qint64 call = callToAutoAnswer(habits_, now, autoAnswered_); call != 0) {
        autoAnswered_ = call;
        telephony_.answer(call);
    }
    if (restAfterCall(habits_, lastFacts_, now)) telephony_.notReady(intermittentReason());
    lastFacts_ = now;
}

void AgentApp::wireScreenPop() {
    connect(softphone_.get(), &SoftphoneModel::changed, caller_.get(),
            [this] { caller_->setCall(softphone_->shownCall()); });
    connect(caller_.get(), &CallerModel::lookupRequested, this, [this](const QString& phone, const QString& account) {
        lookupRequest_ = office_.lookupCaller(phone, account);
    });
    connect(&office_, &cti::qt::Office::callerFound, this, [this](quint64 id, const cti::qt::CallerInfo& c) {
        if (id != lookupRequest_) return;
        caller_->applyCaller(c);
        pages_->knowledge->setCustomerNumber(c.phone);
        if (softphone_->ringing()) {
            const QString who = c.known ? tr("%1 (%2)").arg(c.customer.name, c.phone) : c.phone;
            notify(tr("Incoming call"), who);
        }
    });
    connect(&office_, &cti::qt::Office::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (id == lookupRequest_) caller_->applyError(m);
    });
    connect(&window_->screenPop(), &ScreenPopPanel::createOrderRequested, this, [this] {
        const auto& call = softphone_->shownCall();
        if (!call) return;
        pages_->orderForm->prefill(*call, caller_->caller().value_or(cti::qt::CallerInfo{}));
        window_->showPage(pages_->orderForm);
    });
    connect(&window_->screenPop(), &ScreenPopPanel::orderOpened, this, &AgentApp::openOrder);
}

void AgentApp::wireOrders() {
    auto& p = *pages_;
    connect(p.workbench, &WorkbenchPanel::refreshRequested, this, [this] { office_.workbench(); });
    connect(p.workbench, &WorkbenchPanel::searchRequested, &office_,
            [this](const cti::qt::OrderQuery& q) { office_.searchOrders(q); });
    connect(p.workbench, &WorkbenchPanel::orderOpened, this, &AgentApp::openOrder);
    connect(&office_, &cti::qt::Office::workbenchLoaded, this, [this](quint64, const QList<cti::qt::WorkOrder>& o) {
        pages_->workbenchModel.setOrders(o);
        pages_->workbench->showWorkbench();
    });
    connect(&office_, &cti::qt::Office::ordersFound, p.workbench, [this](quint64, const QList<cti::qt::WorkOrder>& o) {
        pages_->workbench->showSearchResults(o);
    });
    connect(p.orderForm, &OrderForm::submitted, &office_, [this](const cti::qt::NewOrder& o) { office_.createOrder(o); });
    connect(&office_, &cti::qt::Office::orderCreated, this, [this](quint64, const cti::qt::WorkOrder& o) {
        pages_->orderForm->showSaved(o);
        pages_->workbenchModel.applyOrder(o);
        pages_->knowledge->setCurrentOrder(o.orderId);
        openOrder(o.orderId);  // the next step (dispatch...) is done there
    });
    connect(p.orderDetail, &OrderDetail::actionRequested, &office_,
            [this](const cti::qt::OrderStep& s) { office_.orderAction(s); });
    connect(&office_, &cti::qt::Office::orderActionDone, this,
            [this](quint64, const cti::qt::WorkOrder& o, const cti::qt::OrderHistoryLine& line) {
                pages_->orderDetail->showActionDone(o, line);
                pages_->workbenchModel.applyOrder(o);
            });
    connect(&office_, &cti::qt::Office::orderLoaded, this,
            [this](quint64, const cti::qt::WorkOrder& o, const QList<cti::qt::OrderHistoryLine>& history) {
                pages_->orderDetail->showOrder(o, history);
                pages_->knowledge->setCurrentOrder(o.orderId);
                window_->showPage(pages_->orderDetail);
            });
    connect(&office_, &cti::qt::Office::phrasesLoaded, this, [this](quint64, const QList<cti::qt::Phrase>& phrases) {
        pages_->orderForm->setPhrases(phrases);
        pages_->orderDetail->setPhrases(phrases);
    });
    connect(&office_, &cti::qt::Office::orderNotice, this, [this](const cti::qt::OrderNotice& n) {
        pages_->workbenchModel.applyNotice(n);
        pages_->orderDetail->applyNotice(n);
        if (n.reason != QLatin1String("changed")) notify(tr("Work order %1").arg(n.order.number), noticeText(n), n.order.orderId);
    });
    // Failures go to the page that asked; which one is known by the request kind's page state.
    connect(&office_, &cti::qt::Office::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (id == lookupRequest_ || campaignRequests_.contains(id)) return;  // answered where they were asked
        QWidget* current = window_->pages().currentWidget();
        if (current == pages_->orderForm) pages_->orderForm->showError(m);
        else if (current == pages_->orderDetail) pages_->orderDetail->showError(m);
        else if (current == pages_->workbench) pages_->workbench->showError(m);
        else if (current == pages_->knowledge) pages_->knowledge->showError(m);
        else if (current == pages_->history) pages_->history->showError(m);
        else if (current == pages_->voicemail) pages_->voicemail->showError(m);
        else if (current == pages_->campaigns) pages_->campaigns->showError(m);
        else softphone_->applyError(m);
    });
}

void AgentApp::wireKnowledge() {
    auto* kb = pages_->knowledge;
    connect(kb, &KnowledgePanel::searchRequested, &office_,
            [this](const QString& text, qint64 category) { office_.searchKb(text, category); });
    connect(kb, &KnowledgePanel::articleRequested, &office_, [this](qint64 id) { office_.getKbArticle(id); });
    connect(kb, &KnowledgePanel::sendRequested, &office_,
            [this](qint64 article, qint64 order, const QString& channel, const QString& to) {
                office_.sendKbArticle(article, order, channel, to);
            });
    connect(&office_, &cti::qt::Office::kbCategoriesLoaded, kb,
            [kb](quint64, const QList<cti::qt::KbCategory>& c) { kb->setCategories(c); });
    connect(&office_, &cti::qt::Office::kbArticlesFound, kb,
            [kb](quint64, const QList<cti::qt::KbArticle>& a) { kb->showResults(a); });
    connect(&office_, &cti::qt::Office::kbArticleLoaded, kb, [kb](quint64, const cti::qt::KbArticle& a) { kb->showArticle(a); });
    connect(&office_, &cti::qt::Office::kbArticleSent, kb, [kb](quint64, const cti::qt::OrderHistoryLine&) { kb->showSent(); });
}

void AgentApp::wirePersonal() {
    auto& p = *pages_;
    connect(p.history, &CallHistoryPanel::refreshRequested, &office_, [this] { office_.myCalls(); });
    connect(p.history, &CallHistoryPanel::callBackRequested, this, [this](const QString& number) {
        softphone_->request(SoftAction::Dial, number);
    });
    connect(&office_, &cti::qt::Office::myCallsLoaded, p.history,
            [this](quint64, const QList<cti::qt::CallSummary>& calls) { pages_->history->setCalls(calls); });
    connect(p.voicemail, &VoicemailPanel::refreshRequested, &office_, [this] { office_.listVoicemails(); });
    connect(p.voicemail, &VoicemailPanel::playRequested, this, [this](qint64 id) {
        const quint64 request = office_.fetchVoicemailAudio(id);
        // One-shot: this fetch's answer is played for this voicemail.
        auto* once = new QObject(this);
        connect(&office_, &cti::qt::Office::audioFetched, once, [this, once, request, id](quint64 r, const QByteArray& wav) {
            if (r != request) return;
            pages_->voicemail->play(id, wav);
            once->deleteLater();
        });
        connect(&office_, &cti::qt::Office::requestFailed, once, [once, request](quint64 r, cti::qt::ErrorCode, const QString&) {
            if (r == request) once->deleteLater();
        });
    });
    connect(p.voicemail, &VoicemailPanel::markHeardRequested, &office_, [this](qint64 id) { office_.markVoicemailHeard(id); });
    connect(&office_, &cti::qt::Office::voicemailsLoaded, this,
            [this](quint64, const QList<cti::qt::Voicemail>& v) { pages_->voicemailModel.setVoicemails(v); });
    connect(&office_, &cti::qt::Office::voicemailHeard, this,
            [this](quint64, const cti::qt::Voicemail& v) { pages_->voicemailModel.applyVoicemail(v); });
    connect(&office_, &cti::qt::Office::voicemailArrived, this, [this](const cti::qt::Voicemail& v) {
        pages_->voicemailModel.applyVoicemail(v);
        notify(tr("New voicemail"), tr("From %1 in %2").arg(v.caller, v.mailbox));
    });
    connect(&pages_->voicemailModel, &VoicemailModel::unheardCountChanged, this, [this](int n) {
        const int i = window_->pages().indexOf(pages_->voicemail);
        window_->pages().setTabText(i, n > 0 ? tr("Voicemail (%1)").arg(n) : tr("Voicemail"));
    });
}

void AgentApp::wireCampaigns() {
    auto* c = pages_->campaigns;
    // The panel's own requests: their failures go to it whichever page is shown, or its buttons
    // would wait for an answer that went to another page.
    auto mine = [this](quint64 id) { campaignRequests_.insert(id); };
    connect(c, &CampaignPanel::refreshRequested, &office_, [this, mine] { mine(office_.listCampaigns()); });
    connect(c, &CampaignPanel::previewRequested, &office_, [this, mine](qint64 id) { mine(office_.previewNext(id)); });
    connect(c, &CampaignPanel::decisionRequested, &office_,
            [this, mine](qint64 record, bool dial) { mine(office_.previewDecision(record, dial)); });
    connect(c, &CampaignPanel::dispositionRequested, &office_,
            [this, mine](qint64 record, const QString& disposition, const QString& note, qint64 at) {
                mine(office_.setDisposition(record, disposition, note, at));
            });
    connect(&office_, &cti::qt::Office::campaignsLoaded, c, [this, c](quint64 id, const QList<cti::qt::CampaignInfo>& list) {
        campaignRequests_.remove(id);
        c->setCampaigns(list);
    });
    connect(&office_, &cti::qt::Office::previewRecord, c, [this, c](quint64 id, const cti::qt::CampaignRecord& r) {
        campaignRequests_.remove(id);
        c->showRecord(r);
    });
    connect(&office_, &cti::qt::Office::previewDialled, c, [this, c](quint64 id, qint64 call) {
        campaignRequests_.remove(id);
        c->showDialled(call);
    });
    connect(&office_, &cti::qt::Office::dispositionSaved, c, [this, c](quint64 id, const cti::qt::CampaignRecord& r) {
        campaignRequests_.remove(id);
        c->showDispositionSaved(r);
    });
    connect(&office_, &cti::qt::Office::requestFailed, c, [this, c](quint64 id, cti::qt::ErrorCode, const QString& m) {
        if (campaignRequests_.remove(id)) c->showError(m);
    });
    connect(&office_, &cti::qt::Office::campaignChanged, this,
            [this](const cti::qt::CampaignInfo& info) { pages_->campaignModel.applyCampaign(info); });
    // The call the screen pop shows is the one whose result the agent records.
    connect(softphone_.get(), &SoftphoneModel::changed, c, [this] { pages_->campaigns->setCall(softphone_->shownCall()); });
}

void AgentApp::wireTools() {
    QMenu* tools = window_->toolsMenu();
    QAction* password = tools->addAction(tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, [this] {
        auto* dialog = new PasswordDialog(window_.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PasswordDialog::changeRequested, this, [this, dialog](const QString& o, const QString& n) {
            const quint64 id = office_.changePassword(o, n);
            auto* once = new QObject(dialog);
            connect(&office_, &cti::qt::Office::passwordChanged, once, [dialog, id](quint64 r) {
                if (r == id) dialog->showResult(true, {});
            });
            connect(&office_, &cti::qt::Office::requestFailed, once,
                    [dialog, id](quint64 r, cti::qt::ErrorCode, const QString& m) {
                        if (r == id) dialog->showResult(false, m);
                    });
        });
        dialog->open();
    });
    tools->addSeparator();
    QAction* autoAnswer = tools->addAction(tr("Answer calls &automatically"));
    autoAnswer->setObjectName(QStringLiteral("autoAnswerAction"));
    autoAnswer->setCheckable(true);
    autoAnswer->setChecked(habits_.autoAnswer);
    connect(autoAnswer, &QAction::toggled, this, [this](bool on) {
        CallHabits h = habits_;
        h.autoAnswer = on;
        setHabits(h);
    });
    auto* modes = new QActionGroup(this);
    QAction* continuous = tools->addAction(tr("Work &continuously (ready after each call)"));
    QAction* intermittent = tools->addAction(tr("Work &intermittently (not ready after each call)"));
    continuous->setObjectName(QStringLiteral("continuousAction"));
    intermittent->setObjectName(QStringLiteral("intermittentAction"));
    for (QAction* a : {continuous, intermittent}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    (habits_.mode == WorkMode::Intermittent ? intermittent : continuous)->setChecked(true);
    connect(intermittent, &QAction::toggled, this, [this](bool on) {
        CallHabits h = habits_;
        h.mode = on ? WorkMode::Intermittent : WorkMode::Continuous;
        setHabits(h);
    });
}

void AgentApp::setHabits(const CallHabits& habits) {
    habits_ = habits;
    settings_.setValue(kAutoAnswerKey, habits.autoAnswer);
    settings_.setValue(kIntermittentKey, habits.mode == WorkMode::Intermittent);
}

void AgentApp::loadLists() {
    office_.workbench();
    office_.listPhrases();
    office_.listKbCategories();
    office_.myCalls();
    office_.listVoicemails();
    // Only with campaign.work: without it the server refuses, in a message nobody asked for.
    if (campaignWork_) office_.listCampaigns();
}

void AgentApp::openOrder(qint64 orderId) { office_.getOrder(orderId); }

void AgentApp::notify(const QString& title, const QString& text, qint64 orderId) {
    trayOrder_ = orderId;
    if (tray_) tray_->showMessage(title, text, QSystemTrayIcon::Information, 8000);
    emit notified(title, text);
}

}  // namespace cti::agent
