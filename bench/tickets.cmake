# tickets_bench: work orders on a generated database of 1,000,000 orders (Chinese and English text):
# orders created per second through create_order (reference: the same rows without the full-text
# row), search latency p50/p95/p99 per query shape, workbench load time (see the source).
add_executable(tickets_bench ${CMAKE_CURRENT_LIST_DIR}/tickets_bench.cpp)
target_link_libraries(tickets_bench PRIVATE cti_tickets cti_storage SQLite::SQLite3 cti_options)
