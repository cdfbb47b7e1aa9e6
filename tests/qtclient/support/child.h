#pragma once
// A named widget under `root`, or a failed test that names it (the tests find the real widgets
// by their objectName, as a user finds them by their label).
#include <catch2/catch.hpp>

#include <QString>
#include <QWidget>

namespace cti::test {

template <class W>
W* child(QWidget& root, const char* name) {
    auto* w = root.findChild<W*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

}  // namespace cti::test
