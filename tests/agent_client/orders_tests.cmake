# Work-order screens: names, workbench, form, detail (see agent_client/orders.cmake).
cti_add_qt_test(agent_orders_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/order_names_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/order_workbench_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/order_form_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/order_detail_test.cpp
  LIBS cti_agent_ui)
