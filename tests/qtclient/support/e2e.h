#pragma once
// What the desktops' end-to-end tests share (tests/agent_client/desktop_e2e.cpp,
// tests/supervisor_client/wall_e2e.cpp): the script that runs them (tests/integration/
// telephony/*_test.sh) starts the server and the SIP peers, passes the server's port and data
// folder in CTI_E2E_* variables, and hands over with files in CTI_E2E_WORK.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>

#include "support/screenshot.h"
#include "support/wait.h"

namespace cti::test {

// A variable the script sets; the test cannot run without it.
inline QString e2eEnv(const char* name) {
    const QString v = qEnvironmentVariable(name);
    INFO("environment variable " << name << " (set by the test's script)");
    REQUIRE_FALSE(v.isEmpty());
    return v;
}

inline QString readText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// Tells the script a step is reached (it waits for the file); `text` is what it may need.
inline void tellScript(const QString& work, const QString& name, const QString& text = QStringLiteral("1")) {
    QFile f(work + QLatin1Char('/') + name);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8() + '\n');
}

// Waits for the script's go-ahead (it checked the server's side of the previous step).
inline void awaitScript(const QString& work, const QString& name) {
    INFO("waiting for the script's " << name.toStdString());
    REQUIRE(waitFor([&] { return QFile::exists(work + QLatin1Char('/') + name); }, 180000));
}

template <class W>
W* child(QWidget& root, const QString& name) {
    auto* w = root.findChild<W*>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

// Clicks a button once it is enabled and laid out (a page or panel may just be coming back).
inline void click(QWidget& root, const QString& name) {
    auto* b = child<QPushButton>(root, name);
    INFO("button " << name.toStdString() << " enabled");
    REQUIRE(waitFor([&] { return b->isEnabled() && b->isVisible() && b->width() > 0 && b->height() > 0; }, 60000));
    QTest::mouseClick(b, Qt::LeftButton);
}

// A screenshot named NAME-<CTI_E2E_LANG> (tools/screenshots.sh collects them).
inline void shot(QWidget& window, const QString& name) {
    QApplication::processEvents();
    saveScreenshot(window, name + QLatin1Char('-') + qEnvironmentVariable("CTI_E2E_LANG", QStringLiteral("zh_CN")));
}

}  // namespace cti::test
