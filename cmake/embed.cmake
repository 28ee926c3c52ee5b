# planner_embed_files(TARGET NAME FILES...): compiles the bytes of each file
# into a generated .cpp defining the table NAME of planner::embedded::File
# (src/io/embedded.h; users declare it with PLANNER_EMBEDDED_TABLE(NAME)).
# The name of each entry is the file name without its directory.
function(planner_embed_files target name)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp)
  # ';' would split the list into shell words: pass it '|'-separated.
  string(REPLACE ";" "|" files "${ARGN}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAME=${name} "-DFILES=${files}" -P ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    DEPENDS ${ARGN} ${CMAKE_SOURCE_DIR}/cmake/embed_run.cmake
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
