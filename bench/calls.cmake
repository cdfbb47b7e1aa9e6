# The B2BUA benchmark (a shell script driving SIPp against the real cti-server): installed in the
# build's bench folder as the executable b2bua_bench, run by `./ctl bench` with the others. The
# SIPp scenarios stay in the source tree (tests/integration/telephony/scenarios).
set(CTI_TELEPHONY_SCENARIOS ${PROJECT_SOURCE_DIR}/tests/integration/telephony/scenarios)
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/b2bua_bench.sh ${CMAKE_CURRENT_BINARY_DIR}/b2bua_bench @ONLY
  FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
