# Tests of the knowledge, call history, voicemail and password panels (included by
# CMakeLists.txt): models and pure rules first, then what the widgets show and emit.
cti_add_qt_test(agent_knowledge_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/knowledge_model_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/knowledge_panel_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/knowledge_history_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/knowledge_voicemail_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/knowledge_password_test.cpp
  LIBS cti_agent_ui)
