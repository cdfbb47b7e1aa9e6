#pragma once
// The table of the Reports view (报表): one RunReportOk as rows of period (when the report has
// periods), key, then one column per value, and the server's total row at the bottom. Column
// headers are the translated titles of the server's column ids (an unknown id shows as-is);
// values are formatted by report_format.h, ValueRole gives the raw number.
#include <QAbstractTableModel>

#include "cti/qtclient/reports.h"
#include "models/report_export.h"

namespace cti::supervisor {

class ReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole + 1;  // double, value columns only
    static constexpr int TotalRole = Qt::UserRole + 2;  // bool: the total row

    explicit ReportModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `subject` is the query's: it names the key column and translates known keys.
    void setReport(const QString& subject, const cti::qt::ReportResult& result);
    void clear();

    const cti::qt::ReportResult& result() const { return result_; }
    const QString& subject() const { return subject_; }
    bool empty() const { return result_.columns.isEmpty(); }
    // The table column of value `valueIndex` (after the period and key columns).
    int valueColumn(int valueIndex) const { return firstValueColumn() + valueIndex; }

    // The chart of value `valueIndex`, with keys and the column translated as the table shows them.
    ReportChartData chartData(int valueIndex) const;

    // Everything the exports write: title, headers and the shown cells with their raw values.
    ReportExportTable exportTable() const;

    // Translations of the server's names; an unknown name comes back unchanged.
    static QString columnTitle(const QString& columnId);
    static QString subjectTitle(const QString& subject);  // "Queues", the subject combo's text
    static QString keyTitle(const QString& subject);      // the key column's header
    static QString keyText(const QString& subject, const QString& key);

private:
    int firstValueColumn() const { return periods_ ? 2 : 1; }
    const cti::qt::ReportRow& rowAt(int row) const;
    bool isTotal(int row) const { return row == static_cast<int>(result_.rows.size()); }
    QString cellText(int row, int column) const;

    QString subject_;
    cti::qt::ReportResult result_;
    bool periods_ = false;
};

}  // namespace cti::supervisor
