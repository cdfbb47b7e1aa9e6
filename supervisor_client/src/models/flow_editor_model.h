#pragma once
// The IVR flow editor's state (IVR流程编辑器): the flows on the server and the names a flow may
// use, the flow being edited (a FlowDocument), the selected node, the server's last answer and
// the nodes its refusal names. The widget's clicks come in as edits; the requests go out as
// intent signals that SupervisorApp sends through cti::qt::IvrAdmin, whose answers come back in
// through apply*. Only for users with the permission ivr.edit (the server checks it again).
#include <QObject>
#include <QStringList>
#include <optional>

#include "cti/qtclient/ivr_admin.h"
#include "cti/qtclient/types.h"
#include "models/flow_document.h"

namespace cti::supervisor {

class FlowEditorModel : public QObject {
    Q_OBJECT
public:
    explicit FlowEditorModel(QObject* parent = nullptr);

    // ---- inputs ----
    void applySnapshot(const cti::qt::Snapshot& snapshot);  // my permissions
    void setConnected(bool connected);
    void applyCatalog(const cti::qt::IvrFlowCatalog& catalog);
    void applyFlow(const cti::qt::IvrFlowInfo& flow, const QString& definition);
    void applySaved(const QString& name, int version);
    void applyError(const QString& message);  // a refusal or a failure: the server's words

    // ---- what the editor shows ----
    bool mayEdit() const { return mayEdit_; }
    bool connected() const { return connected_; }
    const cti::qt::IvrFlowCatalog& catalog() const { return catalog_; }
    const std::optional<FlowDocument>& document() const { return document_; }
    int version() const { return version_; }  // of the flow as loaded or last saved
    bool modified() const { return modified_; }
    bool busy() const { return busy_; }       // a save or load is under way
    const QString& selected() const { return selected_; }
    const QStringList& problems() const { return problems_; }  // nodes the last refusal names
    const QString& message() const { return message_; }
    bool messageIsError() const { return messageIsError_; }
    // Grows when nodes come or go or another flow is loaded: the property form is built anew.
    int structureRevision() const { return structureRevision_; }

    // ---- the user's edits and requests ----
    void refresh();                    // the list of flows
    void open(const QString& name);    // load a flow (edits not saved are dropped)
    void reload();                     // the open flow as the server has it
    void select(const QString& id);
    void addNode(const QString& type); // selects the new node
    void removeSelected();
    void setStartToSelected();
    void setField(const QString& key, const QJsonValue& value);  // of the selected node
    void connectExit(const QString& field, const QString& key, const QString& target);
    void moveNode(const QString& id, QPointF at);
    void autoLayout();
    void save();

signals:
    void changed();
    void listRequested();
    void flowRequested(const QString& name);
    void saveRequested(const QString& definition);

private:
    void edited(bool structural);
    void say(const QString& message, bool error);

    bool mayEdit_ = false;
    bool connected_ = false;
    bool busy_ = false;
    bool modified_ = false;
    cti::qt::IvrFlowCatalog catalog_;
    std::optional<FlowDocument> document_;
    QString requested_;  // the flow asked for, until it arrives
    int version_ = 0;
    QString selected_;
    QStringList problems_;
    QString message_;
    bool messageIsError_ = false;
    int structureRevision_ = 0;
};

}  // namespace cti::supervisor
