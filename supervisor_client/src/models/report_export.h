#pragma once
// The Reports view's exports, from one plain table (ReportModel::exportTable): CSV for Excel
// (UTF-8 with a BOM, or Excel reads Chinese as mojibake), XLSX (OOXML parts zipped by libzip,
// durations and rates as typed numbers), and an HTML table that QTextDocument lays out for PDF
// (QPdfWriter) and printing (QPrinter). Pure text builders apart from the two file writers.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/report_format.h"

class QPagedPaintDevice;

namespace cti::supervisor {

struct ReportCell {
    QString text;          // as the table shows it
    bool numeric = false;  // a value column: `value` and `kind` apply
    double value = 0;
    ReportValueKind kind = ReportValueKind::Count;
};

struct ReportExportTable {
    QString title;     // "Queues" report
    QString subtitle;  // the range it covers
    QStringList headers;
    QList<QList<ReportCell>> rows;  // the total row last
    bool hasTotal = false;
};

// RFC 4180 text with CRLF line ends and a UTF-8 BOM. A text cell that starts with = + - @ gets a
// leading apostrophe: a queue or agent name must not run as a spreadsheet formula.
QByteArray reportCsv(const ReportExportTable& table);

// "A" … "Z", "AA" …: the spreadsheet column of a 0-based index.
QString xlsxColumnName(int index);
// The worksheet part (xl/worksheets/sheet1.xml): inline strings; counts as numbers, durations
// as fractions of a day with an [h]:mm:ss style, rates as fractions with a 0.0% style.
QByteArray xlsxSheetXml(const ReportExportTable& table);
// Writes the whole workbook. On failure returns false and says why in `error`.
bool writeReportXlsx(const QString& path, const ReportExportTable& table, QString* error);

// A whole HTML document: title, subtitle, the table with the total row in bold.
QString reportHtml(const ReportExportTable& table);
// Lays the HTML out on pages of `device` (a QPdfWriter or a QPrinter).
void paintReport(QPagedPaintDevice& device, const ReportExportTable& table);
bool writeReportPdf(const QString& path, const ReportExportTable& table, QString* error);

}  // namespace cti::supervisor
