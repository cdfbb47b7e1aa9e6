#include "models/report_export.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <zip.h>

namespace cti::supervisor {

namespace {

QString writeError(const QString& path, const QString& why) {
    return QCoreApplication::translate("cti::supervisor::ReportExport", "Could not write %1: %2").arg(path, why);
}

QString csvField(const ReportCell& cell) {
    QString text = cell.text;
    if (!cell.numeric && !text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) text.prepend(u'\'');
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote) return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// XML text: the five entities escaped, control characters XML 1.0 forbids dropped.
QString xmlText(const QString& s) {
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') continue;
        switch (c.unicode()) {
            case '<': out += QStringLiteral("&lt;"); break;
            case '>': out += QStringLiteral("&gt;"); break;
            case '&': out += QStringLiteral("&amp;"); break;
            case '"': out += QStringLiteral("&quot;"); break;
            case '\'': out += QStringLiteral("&apos;"); break;
            default: out += c;
        }
    }
    return out;
}

// Style indexes of xl/styles.xml below: 0 text, 1 count, 2 duration, 3 rate; +4 bold.
int xlsxStyle(const ReportCell& cell, bool bold) {
    int s = 0;
    if (cell.numeric) s = cell.kind == ReportValueKind::Count ? 1 : cell.kind == ReportValueKind::Seconds ? 2 : 3;
    return bold ? s + 4 : s;
}

// Excel's own units: a duration is a fraction of a day, a rate a fraction of one.
double xlsxNumber(const ReportCell& cell) {
    switch (cell.kind) {
        case ReportValueKind::Seconds: return cell.value / 86400.0;
        case ReportValueKind::Percent: return cell.value / 100.0;
        case ReportValueKind::Count: break;
    }
    return cell.value;
}

constexpr char kXmlHead[] = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n";

const char* const kContentTypes =
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char* const kRootRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char* const kWorkbookRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

const char* const kStyles =
    R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="2"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="8">)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="1" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>)"
    R"(</cellXfs>)"
    R"(<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>)"
    R"(</styleSheet>)";

QByteArray workbookXml() {
    // Excel allows 31 characters in a sheet name.
    const QString name = xmlText(QCoreApplication::translate("cti::supervisor::ReportExport", "Report").left(31));
    return QByteArray(kXmlHead) +
           QStringLiteral(R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                          R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                          R"(<sheets><sheet name="%1" sheetId="1" r:id="rId1"/></sheets></workbook>)")
               .arg(name)
               .toUtf8();
}

}  // namespace

QByteArray reportCsv(const ReportExportTable& table) {
    QString text;
    const auto line = [&text](const QList<ReportCell>& cells) {
        QStringList fields;
        for (const auto& c : cells) fields.append(csvField(c));
        text += fields.join(u',') + QStringLiteral("\r\n");
    };
    QList<ReportCell> header;
    for (const auto& h : table.headers) header.append(ReportCell{h});
    line(header);
    for (const auto& row : table.rows) line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString xlsxColumnName(int index) {
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QByteArray xlsxSheetXml(const ReportExportTable& table) {
    QString xml = QStringLiteral(R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                                 R"(<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" )"
                                 R"(activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>)");
    const auto row = [&xml](int r, const QList<ReportCell>& cells, bool bold) {
        xml += QStringLiteral(R"(<row r="%1">)").arg(r);
        for (int c = 0; c < cells.size(); ++c) {
            const auto& cell = cells.at(c);
            const QString ref = xlsxColumnName(c) + QString::number(r);
            const int style = xlsxStyle(cell, bold);
            if (cell.numeric)
                xml += QStringLiteral(R"(<c r="%1" s="%2"><v>%3</v></c>)").arg(ref).arg(style).arg(xlsxNumber(cell), 0, 'g', 15);
            else if (!cell.text.isEmpty())
                xml += QStringLiteral(R"(<c r="%1" s="%2" t="inlineStr"><is><t xml:space="preserve">%3</t></is></c>)")
                           .arg(ref).arg(style).arg(xmlText(cell.text));
        }
        xml += QStringLiteral("</row>");
    };
    QList<ReportCell> header;
    for (const auto& h : table.headers) header.append(ReportCell{h});
    row(1, header, true);
    for (int r = 0; r < table.rows.size(); ++r)
        row(r + 2, table.rows.at(r), table.hasTotal && r == table.rows.size() - 1);
    xml += QStringLiteral("</sheetData></worksheet>");
    return QByteArray(kXmlHead) + xml.toUtf8();
}

bool writeReportXlsx(const QString& path, const ReportExportTable& table, QString* error) {
    // libzip reads the buffers at zip_close: they live until then.
    const QList<QPair<const char*, QByteArray>> parts{
        {"[Content_Types].xml", QByteArray(kXmlHead) + kContentTypes},
        {"_rels/.rels", QByteArray(kXmlHead) + kRootRels},
        {"xl/workbook.xml", workbookXml()},
        {"xl/_rels/workbook.xml.rels", QByteArray(kXmlHead) + kWorkbookRels},
        {"xl/styles.xml", QByteArray(kXmlHead) + kStyles},
        {"xl/worksheets/sheet1.xml", xlsxSheetXml(table)},
    };
    const auto fail = [&](const QString& why) {
        if (error) *error = writeError(path, why);
        return false;
    };
    int code = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return fail(why);
    }
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(zip, data.constData(), static_cast<zip_uint64_t>(data.size()), 0);
        if (!source || zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            const QString why = QString::fromLocal8Bit(zip_strerror(zip));
            if (source) zip_source_free(source);
            zip_discard(zip);
            return fail(why);
        }
    }
    if (zip_close(zip) < 0) {
        const QString why = QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip);
        return fail(why);
    }
    return true;
}

QString reportHtml(const ReportExportTable& table) {
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"
                                  "<h2>%1</h2>")
                       .arg(table.title.toHtmlEscaped());
    if (!table.subtitle.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(table.subtitle.toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
    for (const auto& h : table.headers) html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool total = table.hasTotal && r == table.rows.size() - 1;
        html += QStringLiteral("<tr>");
        for (const auto& cell : table.rows.at(r)) {
            QString text = cell.text.toHtmlEscaped();
            if (total) text = QStringLiteral("<b>%1</b>").arg(text);
            html += cell.numeric ? QStringLiteral("<td align=\"right\">%1</td>").arg(text)
                                 : QStringLiteral("<td>%1</td>").arg(text);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

void paintReport(QPagedPaintDevice& device, const ReportExportTable& table) {
    QTextDocument document;
    document.setHtml(reportHtml(table));
    document.print(&device);
}

bool writeReportPdf(const QString& path, const ReportExportTable& table, QString* error) {
    {
        // QPdfWriter says nothing when it cannot write: try the file first.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (error) *error = writeError(path, probe.errorString());
            return false;
        }
    }
    {
        QPdfWriter writer(path);
        writer.setTitle(table.title);
        writer.setCreator(QStringLiteral("cti-supervisor"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        paintReport(writer, table);
    }  // the file is complete once the writer is gone
    if (QFileInfo(path).size() == 0) {
        if (error) *error = writeError(path, QCoreApplication::translate("cti::supervisor::ReportExport", "the PDF is empty"));
        return false;
    }
    return true;
}

}  // namespace cti::supervisor
