# Outbound campaigns (外呼任务): the campaign list, preview and disposition page of the agent
# desktop, and the pure rules it draws from (included by CMakeLists.txt).
target_sources(cti_agent_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/src/models/campaign_model.h
  ${CMAKE_CURRENT_LIST_DIR}/src/models/campaign_model.cpp
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/campaign_panel.h
  ${CMAKE_CURRENT_LIST_DIR}/src/widgets/campaign_panel.cpp)
