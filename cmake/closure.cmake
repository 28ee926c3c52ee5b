# planner_use_closure(TARGET): links TARGET's JavaScript through Closure
# Compiler's ADVANCED mode (emcc --closure 1), which renames and drops what
# the page never calls: planner.js 26.0 -> 16.1 KB gzipped. Emscripten 3.1.6
# finds the compiler through EM_CLOSURE_COMPILER; the one it was released
# with is pinned in scripts/closure/package.json and installed by
# scripts/setup.sh (npm). Names shared with code Closure does not see (the
# page's scripts, the e2e hook window.planner) are declared in
# shell/web/page_externs.js.
set(PLANNER_CLOSURE_COMPILER ${CMAKE_SOURCE_DIR}/scripts/closure/node_modules/.bin/google-closure-compiler)
set(PLANNER_PAGE_EXTERNS ${CMAKE_SOURCE_DIR}/shell/web/page_externs.js)

function(planner_use_closure target)
  if(NOT EXISTS ${PLANNER_CLOSURE_COMPILER})
    message(FATAL_ERROR "Closure Compiler is missing (${PLANNER_CLOSURE_COMPILER}): run scripts/setup.sh web")
  endif()
  target_link_options(${target} PRIVATE --closure 1 "--closure-args=--externs=${PLANNER_PAGE_EXTERNS}")
  # The link runs with the compiler's path in its environment (Makefile and
  # Ninja generators honour RULE_LAUNCH_LINK).
  set_property(TARGET ${target} PROPERTY RULE_LAUNCH_LINK
               "${CMAKE_COMMAND} -E env EM_CLOSURE_COMPILER=${PLANNER_CLOSURE_COMPILER} NODE_PATH=/usr/share/nodejs")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${PLANNER_PAGE_EXTERNS})
endfunction()
