# The importers' unit tests (tests/import/*_test.cpp) join planner_tests.
file(GLOB PLANNER_IMPORT_TEST_SRC CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/import/*.cpp)
target_sources(planner_tests PRIVATE ${PLANNER_IMPORT_TEST_SRC})

# XLSX fixtures of tests/import, written at build time by openpyxl (Debian's
# python3-openpyxl, run by PLANNER_PYTHON) into the build tree, never
# committed, and embedded into planner_tests so the wasm tests under node
# read the same bytes without a file system.
set(IMPORT_FIXTURE_DIR ${CMAKE_CURRENT_BINARY_DIR}/import_fixtures)
set(IMPORT_FIXTURES)
foreach(name staff sheets survey cached bomb actuals actuals_segments)
  list(APPEND IMPORT_FIXTURES ${IMPORT_FIXTURE_DIR}/${name}.xlsx)
endforeach()
add_custom_command(
  OUTPUT ${IMPORT_FIXTURES}
  COMMAND ${PLANNER_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/import/make_xlsx_fixtures.py ${IMPORT_FIXTURE_DIR}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/import/make_xlsx_fixtures.py
  COMMENT "Writing the XLSX import fixtures (openpyxl)"
  VERBATIM)
planner_embed_files(planner_tests import_fixtures ${IMPORT_FIXTURES})
target_link_libraries(planner_tests PRIVATE planner_import)
