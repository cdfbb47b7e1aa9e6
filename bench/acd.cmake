# acd_bench: routing decision latency (p50/p99) of the ACD engine with 5,000 agents, 500 queues and
# 2,000 waiting callers, against a naive scanning router in the same process (see the source).
add_executable(acd_bench ${CMAKE_CURRENT_LIST_DIR}/acd_bench.cpp)
target_link_libraries(acd_bench PRIVATE cti_acd cti_options)
