#include "widgets/report_view.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/report_export.h"
#include "models/report_format.h"
#include "models/report_model.h"
#include "models/saved_reports_model.h"
#include "widgets/report_chart.h"

namespace cti::supervisor {

namespace {
void addItems(QComboBox* box, const QList<std::pair<QString, QString>>& items) {
    for (const auto& [text, data] : items) box->addItem(text, data);
}
}  // namespace

ReportView::ReportView(cti::qt::Reports& reports, QWidget* parent)
    : QWidget(parent), reports_(reports), model_(new ReportModel(this)), saved_(new SavedReportsModel(this)),
      subject_(new QComboBox), period_(new QComboBox), range_(new QComboBox), customRange_(new QWidget),
      fromDate_(new QDateEdit), toDate_(new QDateEdit), run_(new QPushButton(tr("&Run"))),
      table_(new QTableView), chartColumn_(new QComboBox), chart_(new QChart), chartView_(new QChartView(chart_)),
      savedList_(new QListView), saveAs_(new QPushButton(tr("Save &as…"))), delete_(new QPushButton(tr("&Delete"))),
      shared_(new QCheckBox(tr("Shared"))), export_(new QToolButton), print_(new QPushButton(tr("&Print…"))),
      status_(new QLabel) {
    setObjectName(QStringLiteral("reportView"));
    setWindowTitle(tr("Reports"));
    subject_->setObjectName(QStringLiteral("subjectCombo"));
    for (const char* s : {"queue", "agent", "ivr_node", "order_type", "department", "overdue", "satisfaction"})
        subject_->addItem(ReportModel::subjectTitle(QLatin1String(s)), QLatin1String(s));
    period_->setObjectName(QStringLiteral("periodCombo"));
    addItems(period_, {{tr("Whole range"), QString()}, {tr("15 minutes"), QStringLiteral("15m")},
                       {tr("30 minutes"), QStringLiteral("30m")}, {tr("Hour"), QStringLiteral("60m")},
                       {tr("Day"), QStringLiteral("day")}, {tr("Month"), QStringLiteral("month")},
                       {tr("Year"), QStringLiteral("year")}});
    range_->setObjectName(QStringLiteral("rangeCombo"));
    addItems(range_, {{tr("Today"), QStringLiteral("today")}, {tr("Yesterday"), QStringLiteral("yesterday")},
                      {tr("Last 7 days"), QStringLiteral("last_7_days")}, {tr("This month"), QStringLiteral("this_month")},
                      {tr("Last month"), QStringLiteral("last_month")}, {tr("This year"), QStringLiteral("this_year")},
                      // No name: the query's range is empty and from_ms/to_ms come from the dates.
                      {tr("Custom…"), QString()}});
    // Until the supervisor picks other days: the last seven, today included.
    const QDate today = QDate::currentDate();
    const auto setUpDate = [](QDateEdit* edit, const char* name, const QDate& day) {
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(day);
    };
    setUpDate(fromDate_, "fromDate", today.addDays(-6));
    setUpDate(toDate_, "toDate", today);
    fromDate_->setToolTip(tr("The first day of the report"));
    toDate_->setToolTip(tr("The last day of the report (included)"));
    customRange_->setObjectName(QStringLiteral("customRange"));
    auto* customLayout = new QHBoxLayout(customRange_);
    customLayout->setContentsMargins(0, 0, 0, 0);
    customLayout->addWidget(fromDate_);
    customLayout->addWidget(new QLabel(tr("to")));
    customLayout->addWidget(toDate_);
    run_->setObjectName(QStringLiteral("runButton"));
    run_->setDefault(true);

    export_->setObjectName(QStringLiteral("exportButton"));
    export_->setText(tr("&Export"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(export_);
    exportMenu->addAction(tr("CSV…"), this, [this] { askExport(ExportFormat::Csv); });
    exportMenu->addAction(tr("Excel (XLSX)…"), this, [this] { askExport(ExportFormat::Xlsx); });
    exportMenu->addAction(tr("PDF…"), this, [this] { askExport(ExportFormat::Pdf); });
    export_->setMenu(exportMenu);
    print_->setObjectName(QStringLiteral("printButton"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Report:")));
    bar->addWidget(subject_);
    bar->addWidget(new QLabel(tr("By:")));
    bar->addWidget(period_);
    bar->addWidget(new QLabel(tr("Range:")));
    bar->addWidget(range_);
    bar->addWidget(customRange_);
    bar->addWidget(run_);
    bar->addStretch(1);
    bar->addWidget(export_);
    bar->addWidget(print_);

    table_->setObjectName(QStringLiteral("reportTable"));
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    chartColumn_->setObjectName(QStringLiteral("chartColumnCombo"));
    chartView_->setObjectName(QStringLiteral("reportChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(220);
    auto* chartBox = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* chartBar = new QHBoxLayout;
    chartBar->addWidget(new QLabel(tr("Chart of:")));
    chartBar->addWidget(chartColumn_, 1);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(chartView_, 1);

    savedList_->setObjectName(QStringLiteral("savedReports"));
    savedList_->setModel(saved_);
    savedList_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    saveAs_->setObjectName(QStringLiteral("saveAsButton"));
    delete_->setObjectName(QStringLiteral("deleteButton"));
    shared_->setObjectName(QStringLiteral("sharedCheck"));
    shared_->setToolTip(tr("Saved for everyone (administrators only)"));
    auto* savedBox = new QWidget;
    auto* savedLayout = new QVBoxLayout(savedBox);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    savedLayout->addWidget(new QLabel(tr("Saved reports")));
    savedLayout->addWidget(savedList_, 1);
    auto* savedButtons = new QHBoxLayout;
    savedButtons->addWidget(saveAs_);
    savedButtons->addWidget(delete_);
    savedLayout->addLayout(savedButtons);
    savedLayout->addWidget(shared_);

    auto* results = new QSplitter(Qt::Vertical);
    results->addWidget(table_);
    results->addWidget(chartBox);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(savedBox);
    split->addWidget(results);
    split->setStretchFactor(1, 4);

    status_->setObjectName(QStringLiteral("reportStatus"));
    status_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(status_);

    connect(run_, &QPushButton::clicked, this, &ReportView::run);
    connect(saveAs_, &QPushButton::clicked, this, &ReportView::askSaveAs);
    connect(delete_, &QPushButton::clicked, this, &ReportView::removeSelected);
    connect(print_, &QPushButton::clicked, this, &ReportView::askPrint);
    connect(chartColumn_, &QComboBox::currentIndexChanged, this, &ReportView::redrawChart);
    connect(range_, &QComboBox::currentIndexChanged, this, &ReportView::showCustomRange);
    showCustomRange();
    connect(savedList_, &QListView::activated, this, [this](const QModelIndex& i) { openSaved(i.row()); });
    connect(savedList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportView::updateButtons);
    wireReports();
    updateButtons();
    resize(1100, 700);
}

void ReportView::wireReports() {
    using R = cti::qt::Reports;
    connect(&reports_, &R::reportReady, this, [this](quint64 id, const cti::qt::ReportResult& result) {
        if (id != runId_) return;  // an older run, or not ours
        runId_ = 0;
        showResult(runSubject_, result);
    });
    connect(&reports_, &R::reportsListed, this, [this](quint64 id, const QList<cti::qt::SavedReport>& list) {
        if (id != listId_) return;
        listId_ = 0;
        saved_->setReports(list);
        updateButtons();
    });
    connect(&reports_, &R::reportSaved, this, [this](quint64 id, const cti::qt::SavedReport& report) {
        if (!saveIds_.remove(id)) return;
        saved_->upsert(report);
        updateButtons();  // the list was reset: no row is current any more
        setStatus(tr("Saved “%1”.").arg(report.name));
    });
    connect(&reports_, &R::reportRemoved, this, [this](quint64 id, qint64 reportId) {
        if (!removeIds_.remove(id)) return;
        saved_->remove(reportId);
        updateButtons();
        setStatus(tr("Saved report deleted."));
    });
    // The server's refusal says what to do (no report.view permission, a name too long...).
    connect(&reports_, &R::requestFailed, this, [this](quint64 id, cti::qt::ErrorCode, const QString& message) {
        if (!isMine(id)) return;
        if (id == runId_) runId_ = 0;
        if (id == listId_) listId_ = 0;
        saveIds_.remove(id);
        removeIds_.remove(id);
        setStatus(message);
    });
}

bool ReportView::isMine(quint64 id) const {
    return id == runId_ || id == listId_ || saveIds_.contains(id) || removeIds_.contains(id);
}

int ReportView::localUtcOffsetMin() { return QDateTime::currentDateTime().offsetFromUtc() / 60; }

cti::qt::ReportQuery ReportView::currentQuery() const {
    cti::qt::ReportQuery q;
    q.subject = subject_->currentData().toString();
    q.period = period_->currentData().toString();
    q.range = range_->currentData().toString();
    q.utcOffsetMin = localUtcOffsetMin();
    if (q.range.isEmpty()) {
        // The server checks the range (start before end, at most 400 days) and says so.
        const auto custom = customReportRange(fromDate_->date(), toDate_->date(), q.utcOffsetMin);
        q.fromMs = custom.fromMs;
        q.toMs = custom.toMs;
    }
    // A saved report's column and key choices mean nothing for another subject.
    if (q.subject == base_.subject) {
        q.columns = base_.columns;
        q.keys = base_.keys;
    }
    return q;
}

void ReportView::setCustomRange(const QDate& first, const QDate& last) {
    range_->setCurrentIndex(range_->findData(QString()));
    fromDate_->setDate(first);
    toDate_->setDate(last);
}

void ReportView::showCustomRange() { customRange_->setVisible(range_->currentData().toString().isEmpty()); }

QString ReportView::statusText() const { return status_->text(); }

void ReportView::setStatus(const QString& text) { status_->setText(text); }

void ReportView::run() {
    const auto query = currentQuery();
    runSubject_ = query.subject;
    runId_ = reports_.run(query);
    setStatus(tr("Running the report…"));
}

void ReportView::refreshSaved() { listId_ = reports_.list(); }

void ReportView::saveAs(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return;
    cti::qt::SavedReport report;
    report.name = trimmed;
    report.query = currentQuery();
    report.shared = shared_->isChecked();
    // The same name again replaces that report (the server checks it is the user's own).
    if (const auto row = saved_->rowOfName(trimmed)) report.reportId = saved_->reportAt(*row).reportId;
    saveIds_.insert(reports_.save(report));
}

void ReportView::removeSelected() {
    const QModelIndex current = savedList_->currentIndex();
    if (!current.isValid()) return;
    // No confirmation: a saved report is only a query, saved again in two clicks.
    removeIds_.insert(reports_.remove(current.data(SavedReportsModel::ReportIdRole).toLongLong()));
}

void ReportView::openSaved(int row) {
    if (row < 0 || row >= saved_->rowCount()) return;
    const auto& report = saved_->reportAt(row);
    base_ = report.query;
    const auto choose = [](QComboBox* box, const QString& value) {
        if (const int i = box->findData(value); i >= 0) box->setCurrentIndex(i);
    };
    choose(subject_, report.query.subject);
    choose(period_, report.query.period);
    choose(range_, report.query.range);
    if (report.query.range.isEmpty()) {
        // Days in the zone it was saved in, so that they read as they did when it was saved.
        const auto [first, last] = customReportDays(report.query.fromMs, report.query.toMs, report.query.utcOffsetMin);
        setCustomRange(first, last);
    }
    shared_->setChecked(report.shared);
    savedList_->setCurrentIndex(saved_->index(row));
    run();
}

void ReportView::showResult(const QString& subject, const cti::qt::ReportResult& result) {
    model_->setReport(subject, result);
    fillChartColumns();
    redrawChart();
    updateButtons();
    const QString rows = tr("%n row(s)", nullptr, static_cast<int>(result.rows.size()));
    const QString range = model_->exportTable().subtitle;
    setStatus(range.isEmpty() ? rows : range + QStringLiteral("  ") + rows);
}

void ReportView::fillChartColumns() {
    // The same column stays chosen when the new report has it.
    const QString before = chartColumn_->currentData().toString();
    const QSignalBlocker quiet(chartColumn_);
    chartColumn_->clear();
    for (const auto& id : model_->result().columns) chartColumn_->addItem(ReportModel::columnTitle(id), id);
    const int keep = chartColumn_->findData(before);
    chartColumn_->setCurrentIndex(keep >= 0 ? keep : 0);
}

void ReportView::redrawChart() {
    const int column = chartColumn_->currentIndex();
    const QString id = chartColumn_->currentData().toString();
    QString title = chartColumn_->currentText();
    if (reportValueKind(id) == ReportValueKind::Seconds) title = tr("%1 (seconds)").arg(title);
    else if (reportValueKind(id) == ReportValueKind::Percent) title = tr("%1 (%)").arg(title);
    drawReportChart(*chart_, model_->chartData(column), title);
}

void ReportView::updateButtons() {
    const bool hasReport = !model_->empty();
    export_->setEnabled(hasReport);
    print_->setEnabled(hasReport);
    delete_->setEnabled(savedList_->currentIndex().isValid());
}

QString ReportView::exportBaseName() const {
    return model_->exportTable().title + QLatin1Char(' ') + QDate::currentDate().toString(Qt::ISODate);
}

bool ReportView::exportTo(const QString& path, ExportFormat format) {
    const ReportExportTable table = model_->exportTable();
    QString error;
    bool ok = false;
    switch (format) {
        case ExportFormat::Csv: {
            QFile f(path);
            ok = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(reportCsv(table)) >= 0 && f.flush();
            if (!ok) error = tr("Could not write %1: %2").arg(path, f.errorString());
            break;
        }
        case ExportFormat::Xlsx: ok = writeReportXlsx(path, table, &error); break;
        case ExportFormat::Pdf: ok = writeReportPdf(path, table, &error); break;
    }
    setStatus(ok ? tr("Exported to %1.").arg(path) : error);
    return ok;
}

void ReportView::askExport(ExportFormat format) {
    const auto [suffix, filter] = format == ExportFormat::Csv    ? std::pair{QStringLiteral(".csv"), tr("CSV files (*.csv)")}
                                  : format == ExportFormat::Xlsx ? std::pair{QStringLiteral(".xlsx"), tr("Excel workbooks (*.xlsx)")}
                                                                 : std::pair{QStringLiteral(".pdf"), tr("PDF files (*.pdf)")};
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), exportBaseName() + suffix, filter);
    if (!path.isEmpty()) exportTo(path, format);
}

void ReportView::printTo(QPrinter& printer) { paintReport(printer, model_->exportTable()); }

void ReportView::askPrint() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(model_->exportTable().title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) printTo(printer);
}

void ReportView::askSaveAs() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save report as"), tr("Name (up to 64 characters):"),
                                               QLineEdit::Normal, subject_->currentText(), &ok);
    if (ok) saveAs(name);
}

}  // namespace cti::supervisor
