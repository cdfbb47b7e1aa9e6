#pragma once
// The IVR flow editor window (IVR流程编辑器): a toolbar (flow picker, Add node of a type, Delete,
// Set as start, Arrange, Save, Reload), the flow drawn by FlowScene, the selected node's property
// form (built from its type's fields in flow_nodes.h; queues and calendars offered from the
// server's lists) and the server's last answer. Layout and wiring to FlowEditorModel only.
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGraphicsView;
class QLabel;
class QPushButton;
class QScrollArea;

namespace cti::supervisor {

struct FieldSpec;
class FlowEditorModel;
class FlowScene;

class FlowEditor : public QWidget {
    Q_OBJECT
public:
    explicit FlowEditor(FlowEditorModel& model, QWidget* parent = nullptr);

    FlowScene& scene() const { return *scene_; }
    QGraphicsView& view() const { return *view_; }

private:
    void refresh();
    void refreshPicker();
    void rebuildForm();
    QWidget* fieldEditor(const FieldSpec& spec, const QString& node);
    QWidget* nodePicker(const QString& current, const QString& noneText);
    void addOptionRows(QFormLayout& form, const QString& node);

    FlowEditorModel& model_;
    FlowScene* scene_;
    QGraphicsView* view_;
    QComboBox* picker_;
    QComboBox* typePicker_;
    QPushButton* addButton_;
    QPushButton* deleteButton_;
    QPushButton* startButton_;
    QPushButton* arrangeButton_;
    QPushButton* saveButton_;
    QPushButton* reloadButton_;
    QScrollArea* form_;
    QLabel* status_;
    QString formNode_;
    int formRevision_ = -1;
};

}  // namespace cti::supervisor
