# campaign_bench: a discrete-event simulation on a virtual clock of an outbound campaign driven by
# cti_campaign's pacing — agent occupancy, abandon rate and connected calls per agent-hour of
# predictive beside progressive dialling, median over seeds (see the source).
add_executable(campaign_bench ${CMAKE_CURRENT_LIST_DIR}/campaign_bench.cpp)
target_link_libraries(campaign_bench PRIVATE cti_campaign cti_options)
