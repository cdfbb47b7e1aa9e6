#pragma once
// Waiting in tests: never assert on timings, only wait for a condition with a generous limit
// while the event loop runs.
#include <QtTest/QTest>

namespace cti::test {

inline constexpr int kWaitLimitMs = 20000;

template <typename Predicate>
bool waitFor(Predicate&& predicate, int limitMs = kWaitLimitMs) {
    return QTest::qWaitFor(std::forward<Predicate>(predicate), limitMs);
}

}  // namespace cti::test
