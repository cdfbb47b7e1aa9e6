# media_bench: the media engine under real RTP (calls, recording, prompts with inband DTMF,
# conferences) against references measured in the same run (see README).
add_executable(media_bench
  ${CMAKE_CURRENT_LIST_DIR}/media_bench.cpp
  ${CMAKE_CURRENT_LIST_DIR}/media_load.cpp
  ${CMAKE_CURRENT_LIST_DIR}/media_relay.cpp
  ${CMAKE_CURRENT_LIST_DIR}/media_prompts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/media_conference.cpp)
target_link_libraries(media_bench PRIVATE cti_media Threads::Threads cti_options)
