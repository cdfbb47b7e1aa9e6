#pragma once
// Saves a widget's picture for a person to look at: $CTI_SCREENSHOT_DIR, or
// <temp>/cti-screenshots. Returns the file written (empty when grabbing failed).
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace cti::test {

inline QString saveScreenshot(QWidget& widget, const QString& name) {
    QString dir = qEnvironmentVariable("CTI_SCREENSHOT_DIR");
    if (dir.isEmpty()) dir = QDir::temp().filePath(QStringLiteral("cti-screenshots"));
    QDir().mkpath(dir);
    widget.show();
    const QPixmap picture = widget.grab();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return !picture.isNull() && picture.save(path) ? path : QString();
}

}  // namespace cti::test
