# Knowledge base, personal call history, voicemail and password change panels of the agent
# desktop (included by CMakeLists.txt). Voicemail plays through cti_qtwidgets' AudioPlayer.

target_sources(cti_agent_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/src/models/knowledge_model.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/knowledge_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/models/call_history_model.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/call_history_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/models/voicemail_model.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/voicemail_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/knowledge_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/knowledge_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/call_history_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/call_history_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/voicemail_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/voicemail_panel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/password_dialog.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/password_dialog.cpp)

