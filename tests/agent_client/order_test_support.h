#pragma once
// Helpers of the work-order tests: typing Chinese, and Catch printing Qt strings in failures.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QString>
#include <QStringList>
#include <QWidget>

// QTest::keyClicks knows only ASCII keys; Chinese reaches a widget through an input method, as
// one committed string, and so it does here.
inline void typeText(QWidget* widget, const QString& text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        return '{' + l.join(QStringLiteral(", ")).toStdString() + '}';
    }
};
}  // namespace Catch
