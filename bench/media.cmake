# media_bench: N anchored calls through the media engine against a trivial relay (see README).
add_executable(media_bench ${CMAKE_CURRENT_LIST_DIR}/media_bench.cpp)
target_link_libraries(media_bench PRIVATE cti_media Threads::Threads cti_options)
