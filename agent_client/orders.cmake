# Work orders (工单): workbench, order form, order detail, and the pure rules they draw from.
target_sources(cti_agent_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/src/models/order_names.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/order_names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/models/order_actions.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/order_actions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/models/workbench_model.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/workbench_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/workbench_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/workbench_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/order_form.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/order_form.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/order_detail.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/order_detail.cpp)
