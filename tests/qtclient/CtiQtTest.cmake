# cti_add_qt_test(NAME SOURCES ... LIBS ...): a Catch2 test executable for Qt code, with one
# QApplication (support/qt_test_main.cpp) on the offscreen platform. Included by the three Qt
# test folders; the support library is defined once, by whichever includes this first.
# Qt's imported targets are per directory: every includer needs its own find_package.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Widgets Test)
include_guard(GLOBAL)

set(CTI_QT_TEST_SUPPORT_DIR ${CMAKE_CURRENT_LIST_DIR})
add_library(cti_qt_test_support STATIC
  ${CTI_QT_TEST_SUPPORT_DIR}/support/fake_server.h
  ${CTI_QT_TEST_SUPPORT_DIR}/support/fake_server.cpp
  ${CTI_QT_TEST_SUPPORT_DIR}/support/test_certificate.cpp)
set_target_properties(cti_qt_test_support PROPERTIES AUTOMOC ON)
target_include_directories(cti_qt_test_support PUBLIC ${CTI_QT_TEST_SUPPORT_DIR})
target_link_libraries(cti_qt_test_support
  PUBLIC Catch2::Catch2 cti_qtclient Qt6::Network Qt6::Widgets Qt6::Test PRIVATE cti_options)

function(cti_add_qt_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/support/qt_test_main.cpp ${T_SOURCES})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE cti_qt_test_support cti_options ${T_LIBS})
  target_compile_definitions(${name} PRIVATE CTI_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  catch_discover_tests(${name} PROPERTIES LABELS qt TIMEOUT 300
                       ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
