#pragma once
// The saved (custom) reports of the Reports view: the server's ListReportsOk, then each save and
// removal as the server confirms it. One row per report, by name; shared ones say so.
#include <QAbstractListModel>
#include <QList>

#include <optional>

#include "cti/qtclient/reports.h"

namespace cti::supervisor {

class SavedReportsModel : public QAbstractListModel {
    Q_OBJECT
public:
    static constexpr int ReportIdRole = Qt::UserRole + 1;  // qint64

    explicit SavedReportsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setReports(QList<cti::qt::SavedReport> reports);
    // A saved report: replaces the row with its id, or becomes a new row.
    void upsert(const cti::qt::SavedReport& report);
    void remove(qint64 reportId);

    const cti::qt::SavedReport& reportAt(int row) const { return reports_.at(row); }
    std::optional<int> rowOf(qint64 reportId) const;
    std::optional<int> rowOfName(const QString& name) const;

private:
    void sort();
    QList<cti::qt::SavedReport> reports_;
};

}  // namespace cti::supervisor
