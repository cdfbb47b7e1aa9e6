# Writes a C++ file that holds every migration as a raw string. Called with -DOUT= -DFILES=.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
set(expected 1)
foreach(f IN LISTS FILES)
  get_filename_component(name ${f} NAME)
  if(NOT name MATCHES "^([0-9][0-9][0-9][0-9])_[a-z0-9_]+\\.sql$")
    message(FATAL_ERROR "migration ${name}: name it NNNN_words.sql")
  endif()
  math(EXPR num "${CMAKE_MATCH_1}")
  if(NOT num EQUAL expected)
    message(FATAL_ERROR "migration ${name}: expected number ${expected}; migrations must not have gaps")
  endif()
  math(EXPR expected "${expected} + 1")
  file(READ ${f} sql)
  string(APPEND body "    {${num}, \"${name}\", R\"cti_sql(${sql})cti_sql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from schema/migrations by cmake/EmbedMigrations.cmake; do not edit.
#include \"cti/schema/migrations.h\"
namespace cti::schema {
namespace {
const Migration kMigrations[] = {
${body}};
}  // namespace
std::span<const Migration> migrations() { return kMigrations; }
}  // namespace cti::schema
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
