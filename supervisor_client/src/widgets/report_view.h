#pragma once
// The Reports view (报表) of the supervisor desktop: choose a subject, a period and a range (a
// named one, or custom: two days, both included), run the report on the server, see it as a table (with the total row) and a chart, keep custom
// reports on the server (Save as…, Delete, shared), export CSV, XLSX or PDF, and print.
// Layout and wiring only: the table is ReportModel, the list SavedReportsModel, the exports
// report_export.h; requests go through cti::qt::Reports and only this view's answers are taken.
#include <QSet>
#include <QWidget>

#include "cti/qtclient/reports.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDate;
class QDateEdit;
class QLabel;
class QListView;
class QPrinter;
class QPushButton;
class QTableView;
class QToolButton;

namespace cti::supervisor {

class ReportModel;
class SavedReportsModel;

class ReportView : public QWidget {
    Q_OBJECT
public:
    enum class ExportFormat { Csv, Xlsx, Pdf };

    explicit ReportView(cti::qt::Reports& reports, QWidget* parent = nullptr);

    ReportModel& model() const { return *model_; }
    SavedReportsModel& savedReports() const { return *saved_; }
    QChart& chart() const { return *chart_; }
    QString statusText() const;

    // The query the combos describe, with the columns and keys of the saved report last opened
    // (for the same subject), in the desktop's time zone.
    cti::qt::ReportQuery currentQuery() const;
    static int localUtcOffsetMin();
    // Chooses the custom range (自定义) from `first` to `last`, both days included.
    void setCustomRange(const QDate& first, const QDate& last);

    // What the buttons do, without their dialogs (the buttons ask for a name, a file or a
    // printer first).
    void run();
    void refreshSaved();
    void saveAs(const QString& name);
    void removeSelected();
    void openSaved(int row);
    bool exportTo(const QString& path, ExportFormat format);
    void printTo(QPrinter& printer);

private:
    void wireReports();
    void showResult(const QString& subject, const cti::qt::ReportResult& result);
    void fillChartColumns();
    void redrawChart();
    void setStatus(const QString& text);
    void updateButtons();
    void showCustomRange();
    void askExport(ExportFormat format);
    void askPrint();
    void askSaveAs();
    QString exportBaseName() const;
    bool isMine(quint64 requestId) const;

    cti::qt::Reports& reports_;
    ReportModel* model_;
    SavedReportsModel* saved_;
    QComboBox* subject_;
    QComboBox* period_;
    QComboBox* range_;
    QWidget* customRange_;  // the two dates, shown only for the custom range
    QDateEdit* fromDate_;
    QDateEdit* toDate_;
    QPushButton* run_;
    QTableView* table_;
    QComboBox* chartColumn_;
    QChart* chart_;
    QChartView* chartView_;
    QListView* savedList_;
    QPushButton* saveAs_;
    QPushButton* delete_;
    QCheckBox* shared_;
    QToolButton* export_;
    QPushButton* print_;
    QLabel* status_;

    cti::qt::ReportQuery base_;  // the saved report last opened: its columns and keys
    quint64 runId_ = 0;          // only the newest run's answer is shown
    QString runSubject_;
    quint64 listId_ = 0;
    QSet<quint64> saveIds_;
    QSet<quint64> removeIds_;
};

}  // namespace cti::supervisor
