#include "models/flow_editor_model.h"

namespace cti::supervisor {

FlowEditorModel::FlowEditorModel(QObject* parent) : QObject(parent) {}

void FlowEditorModel::applySnapshot(const cti::qt::Snapshot& snapshot) {
    const bool may = snapshot.me.hasPermission(QStringLiteral("ivr.edit"));
    if (may == mayEdit_) return;
    mayEdit_ = may;
    emit changed();
}

void FlowEditorModel::setConnected(bool connected) {
    if (connected == connected_) return;
    connected_ = connected;
    // An answer lost with the connection never comes: do not stay busy.
    if (!connected) busy_ = false;
    emit changed();
}

void FlowEditorModel::applyCatalog(const cti::qt::IvrFlowCatalog& catalog) {
    catalog_ = catalog;
    // The first flow opens by itself: an editor with an empty canvas only asks for a click.
    if (!document_ && requested_.isEmpty() && !catalog_.flows.isEmpty()) return open(catalog_.flows.first().name);
    emit changed();
}

void FlowEditorModel::applyFlow(const cti::qt::IvrFlowInfo& flow, const QString& definition) {
    busy_ = false;
    requested_.clear();
    QString error;
    auto doc = FlowDocument::fromJson(definition.toUtf8(), &error);
    if (!doc) return say(tr("The flow %1 cannot be edited here: %2").arg(flow.name, error), true);
    document_ = std::move(doc);
    version_ = flow.version;
    modified_ = false;
    selected_.clear();
    problems_.clear();
    ++structureRevision_;
    say(tr("%1 version %2 loaded.").arg(flow.name).arg(flow.version), false);
}

void FlowEditorModel::applySaved(const QString& name, int version) {
    busy_ = false;
    version_ = version;
    modified_ = false;
    problems_.clear();
    for (auto& f : catalog_.flows)
        if (f.name == name) f.version = version;
    say(tr("Saved: %1 version %2 runs from the next call on.").arg(name).arg(version), false);
}

void FlowEditorModel::applyError(const QString& message) {
    busy_ = false;
    requested_.clear();
    problems_.clear();
    if (document_)
        for (const QString& id : problemNodes(message))
            if (document_->hasNode(id)) problems_ << id;
    say(message, true);
}

void FlowEditorModel::refresh() {
    if (!mayEdit_ || !connected_) return;
    emit listRequested();
}

void FlowEditorModel::open(const QString& name) {
    if (!mayEdit_ || !connected_ || name.isEmpty()) return;
    busy_ = true;
    requested_ = name;
    emit changed();
    emit flowRequested(name);
}

void FlowEditorModel::reload() {
    if (document_) open(document_->name());
}

void FlowEditorModel::select(const QString& id) {
    const QString now = document_ && document_->hasNode(id) ? id : QString();
    if (now == selected_) return;
    selected_ = now;
    emit changed();
}

void FlowEditorModel::addNode(const QString& type) {
    if (!document_) return;
    const QString id = document_->addNode(type);
    if (id.isEmpty()) return;
    selected_ = id;
    edited(true);
}

void FlowEditorModel::removeSelected() {
    if (!document_ || !document_->removeNode(selected_)) return;
    problems_.removeAll(selected_);
    selected_.clear();
    edited(true);
}

void FlowEditorModel::setStartToSelected() {
    if (document_ && document_->setStart(selected_)) edited(false);
}

void FlowEditorModel::setField(const QString& key, const QJsonValue& value) {
    if (document_ && document_->field(selected_, key) != value && document_->setField(selected_, key, value))
        edited(false);
}

void FlowEditorModel::connectExit(const QString& field, const QString& key, const QString& target) {
    if (!document_) return;
    const auto before = document_->exits(selected_).size();
    if (!document_->connectExit(selected_, field, key, target)) return;
    // An option added or taken away is a row more or less in the form.
    edited(document_->exits(selected_).size() != before);
}

void FlowEditorModel::moveNode(const QString& id, QPointF at) {
    if (!document_ || document_->position(id) == at) return;
    document_->setPosition(id, at);
    edited(false);
}

void FlowEditorModel::autoLayout() {
    if (!document_) return;
    document_->autoLayout();
    edited(false);
}

void FlowEditorModel::save() {
    if (!document_ || !mayEdit_ || !connected_ || busy_) return;
    busy_ = true;
    say(tr("Saving %1…").arg(document_->name()), false);
    emit saveRequested(QString::fromUtf8(document_->toJson()));
}

void FlowEditorModel::edited(bool structural) {
    modified_ = true;
    if (structural) ++structureRevision_;
    emit changed();
}

void FlowEditorModel::say(const QString& message, bool error) {
    message_ = message;
    messageIsError_ = error;
    emit changed();
}

}  // namespace cti::supervisor
