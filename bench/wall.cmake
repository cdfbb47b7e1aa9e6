# wall_bench: event-to-screen latency and CPU of the supervisor's monitoring wall (the real
# SupervisorApp, offscreen) while 500 agents of a real cti-server change status at 50, 200 and
# 500 changes/s (see the source and bench/README.md).
if(TARGET cti_supervisor_ui AND TARGET cti-server)
  # Qt's imported targets are per directory: the wall's link interface needs them here too.
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Widgets)
  find_package(Qt6 6.4 QUIET COMPONENTS Charts PrintSupport Multimedia)
  add_executable(wall_bench
    ${CMAKE_CURRENT_LIST_DIR}/wall_bench.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wall_bench_setup.h
    ${CMAKE_CURRENT_LIST_DIR}/wall_bench_setup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wall_bench_probe.h
    ${CMAKE_CURRENT_LIST_DIR}/wall_bench_probe.cpp)
  set_target_properties(wall_bench PROPERTIES AUTOMOC ON)
  target_include_directories(wall_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(wall_bench PRIVATE cti_supervisor_ui Threads::Threads cti_options)
  target_compile_definitions(wall_bench PRIVATE
    CTI_SERVER_PATH="$<TARGET_FILE:cti-server>"
    CTI_WALL_BENCH_CONFIG="${CMAKE_CURRENT_LIST_DIR}/wall_bench.toml")
  add_dependencies(wall_bench cti-server)
endif()
