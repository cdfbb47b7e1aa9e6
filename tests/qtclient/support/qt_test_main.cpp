// Catch2 runner for the Qt tests: one QApplication for the whole run, offscreen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv) {
    // ctest sets this too, but catch_discover_tests runs the binary at build time without it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;  // Qt must not eat Catch's arguments
    QApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
