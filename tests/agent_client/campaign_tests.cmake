# Outbound campaigns (外呼任务): the campaign conversions, model, rules and panel, and the page in
# AgentApp against the test double of the server (see agent_client/campaigns.cmake).
cti_add_qt_test(agent_campaign_tests
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/campaign_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/campaign_panel_test.cpp
          ${CMAKE_CURRENT_LIST_DIR}/campaign_app_test.cpp
  LIBS cti_agent_ui)
