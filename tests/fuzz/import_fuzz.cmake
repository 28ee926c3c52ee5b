# fuzz_import (issue 13): the CSV and XLSX readers and the headcount import,
# compiled again with coverage and ASan + UBSan over the fuzz library, with
# minizip and expat as the other builds use them.
file(GLOB FUZZ_IMPORT_SRC CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/import/*.cpp)
add_library(planner_fuzz_import STATIC ${FUZZ_IMPORT_SRC})
target_include_directories(planner_fuzz_import PUBLIC ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(planner_fuzz_import PUBLIC planner_fuzz_lib planner_minizip planner_expat)
target_compile_options(planner_fuzz_import PRIVATE -fsanitize=fuzzer-no-link ${PLANNER_FUZZ_FLAGS})
add_executable(fuzz_import ${CMAKE_CURRENT_SOURCE_DIR}/import_fuzzer.cpp)
target_link_libraries(fuzz_import PRIVATE planner_fuzz_import planner_warnings)
target_compile_options(fuzz_import PRIVATE -fsanitize=fuzzer ${PLANNER_FUZZ_FLAGS})
target_link_options(fuzz_import PRIVATE -fsanitize=fuzzer ${PLANNER_FUZZ_FLAGS})
