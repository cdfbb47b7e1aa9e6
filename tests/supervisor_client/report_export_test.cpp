// The Reports view's exports: CSV text for Excel, the XLSX workbook (read back with libzip, as
// a spreadsheet program would), and the PDF.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <zip.h>

#include "cti/qtclient/translations.h"
#include "models/report_export.h"
#include "models/report_model.h"

using cti::supervisor::ReportCell;
using cti::supervisor::ReportExportTable;
using cti::supervisor::ReportValueKind;

namespace {

ReportExportTable sample() {
    ReportExportTable t;
    t.title = QStringLiteral("队列报表");
    t.headers = {QStringLiteral("队列"), QStringLiteral("呼入量"), QStringLiteral("平均等待时长"), QStringLiteral("服务水平")};
    t.rows = {
        {ReportCell{QStringLiteral("售后, \"VIP\"")}, ReportCell{QStringLiteral("120"), true, 120, ReportValueKind::Count},
         ReportCell{QStringLiteral("12:00:00"), true, 43200, ReportValueKind::Seconds},
         ReportCell{QStringLiteral("85.3%"), true, 85.3, ReportValueKind::Percent}},
        {ReportCell{QStringLiteral("=cmd|' /C calc'!A0")}, ReportCell{QStringLiteral("3"), true, 3, ReportValueKind::Count},
         ReportCell{QStringLiteral("1:30"), true, 90, ReportValueKind::Seconds},
         ReportCell{QStringLiteral("50.0%"), true, 50, ReportValueKind::Percent}},
        {ReportCell{QStringLiteral("合计")}, ReportCell{QStringLiteral("123"), true, 123, ReportValueKind::Count},
         ReportCell{QStringLiteral("0:00"), true, 0, ReportValueKind::Seconds},
         ReportCell{QStringLiteral("84.4%"), true, 84.4, ReportValueKind::Percent}},
    };
    t.hasTotal = true;
    return t;
}

// One entry of a zip file, or an empty array when it is not there.
QByteArray zipEntry(const QString& path, const char* name) {
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!zip) return {};
    QByteArray out;
    zip_stat_t st;
    if (zip_stat(zip, name, 0, &st) == 0) {
        if (zip_file_t* f = zip_fopen(zip, name, 0)) {
            out.resize(static_cast<qsizetype>(st.size));
            if (zip_fread(f, out.data(), st.size) != static_cast<zip_int64_t>(st.size)) out.clear();
            zip_fclose(f);
        }
    }
    zip_close(zip);
    return out;
}

}  // namespace

TEST_CASE("report CSV: BOM, quoting, no formulas", "[supervisor][report][export]") {
    const QByteArray csv = cti::supervisor::reportCsv(sample());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 5);  // header, 3 rows, and the empty rest after the last CRLF
    CHECK(lines[0] == QStringLiteral("队列,呼入量,平均等待时长,服务水平"));
    CHECK(lines[1] == QStringLiteral("\"售后, \"\"VIP\"\"\",120,12:00:00,85.3%"));
    CHECK(lines[2] == QStringLiteral("'=cmd|' /C calc'!A0,3,1:30,50.0%"));
    CHECK(lines[3] == QStringLiteral("合计,123,0:00,84.4%"));
    CHECK(lines[4].isEmpty());
}

TEST_CASE("report XLSX: column names, the sheet, a workbook libzip reads back", "[supervisor][report][export]") {
    CHECK(cti::supervisor::xlsxColumnName(0) == QStringLiteral("A"));
    CHECK(cti::supervisor::xlsxColumnName(25) == QStringLiteral("Z"));
    CHECK(cti::supervisor::xlsxColumnName(26) == QStringLiteral("AA"));
    CHECK(cti::supervisor::xlsxColumnName(27) == QStringLiteral("AB"));
    CHECK(cti::supervisor::xlsxColumnName(701) == QStringLiteral("ZZ"));
    CHECK(cti::supervisor::xlsxColumnName(702) == QStringLiteral("AAA"));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("报表.xlsx"));
    QString error;
    REQUIRE(cti::supervisor::writeReportXlsx(path, sample(), &error));
    CHECK(error.isEmpty());

    const QString sheet = QString::fromUtf8(zipEntry(path, "xl/worksheets/sheet1.xml"));
    REQUIRE_FALSE(sheet.isEmpty());
    // Header row in bold text, the Chinese key escaped properly, numbers in Excel's units.
    CHECK(sheet.contains(QStringLiteral(R"(<c r="A1" s="4" t="inlineStr"><is><t xml:space="preserve">队列</t></is></c>)")));
    CHECK(sheet.contains(QStringLiteral(R"(<t xml:space="preserve">售后, &quot;VIP&quot;</t>)")));
    CHECK(sheet.contains(QStringLiteral(R"(<c r="B2" s="1"><v>120</v></c>)")));
    CHECK(sheet.contains(QStringLiteral(R"(<c r="C2" s="2"><v>0.5</v></c>)")));    // 12 h = half a day
    CHECK(sheet.contains(QStringLiteral(R"(<c r="D2" s="3"><v>0.853</v></c>)")));  // 85.3 %
    CHECK(sheet.contains(QStringLiteral(R"(<c r="A4" s="4" t="inlineStr"><is><t xml:space="preserve">合计</t></is></c>)")));
    CHECK(sheet.contains(QStringLiteral(R"(<c r="B4" s="5"><v>123</v></c>)")));    // the total row in bold
    CHECK(sheet.contains(QStringLiteral(R"(<row r="4">)")));
    CHECK_FALSE(sheet.contains(QStringLiteral(R"(<row r="5">)")));

    // The parts a spreadsheet program needs to open it at all.
    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/styles.xml", "xl/worksheets/sheet1.xml"}) {
        INFO(part);
        QXmlStreamReader xml(zipEntry(path, part));
        while (!xml.atEnd()) xml.readNext();
        CHECK_FALSE(xml.hasError());  // well-formed, or Excel refuses the whole file
    }
    CHECK(zipEntry(path, "[Content_Types].xml").contains("/xl/worksheets/sheet1.xml"));
    CHECK(zipEntry(path, "_rels/.rels").contains("xl/workbook.xml"));
    CHECK(zipEntry(path, "xl/workbook.xml").contains("r:id=\"rId1\""));
    CHECK(zipEntry(path, "xl/_rels/workbook.xml.rels").contains("worksheets/sheet1.xml"));
    CHECK(zipEntry(path, "xl/styles.xml").contains("[h]:mm:ss"));

    // A folder that does not exist: an error that names the file.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/r.xlsx"));
    CHECK_FALSE(cti::supervisor::writeReportXlsx(bad, sample(), &error));
    CHECK(error.contains(bad));
}

TEST_CASE("report HTML and PDF", "[supervisor][report][export]") {
    const QString html = cti::supervisor::reportHtml(sample());
    CHECK(html.contains(QStringLiteral("<h2>队列报表</h2>")));
    CHECK(html.contains(QStringLiteral("<td>售后, &quot;VIP&quot;</td>")));
    CHECK(html.contains(QStringLiteral("<td align=\"right\"><b>123</b></td>")));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(cti::supervisor::writeReportPdf(path, sample(), &error));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK_FALSE(cti::supervisor::writeReportPdf(dir.filePath(QStringLiteral("no/such/r.pdf")), sample(), &error));
    CHECK_FALSE(error.isEmpty());
}
