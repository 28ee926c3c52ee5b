# Script mode: copies the built programs and the page's static files into
# SITE_DIR and stamps the service worker with a version derived from the
# content, so a new build gets a new cache and replaces the old one.
# The page's own text files (index.html, reader_page.js, loader.js) go in
# without their comments (strip_comments.py).
#   cmake -DBIN_DIR=... -DREADER_DIR=... -DTOOLS_DIR=... -DWEB_DIR=... -DSITE_DIR=... -DPYTHON=... -P assemble_site.cmake
file(MAKE_DIRECTORY ${SITE_DIR})
# The page learns each wasm's size from the build (its progress bar counts
# decompressed bytes; a gzipping host's Content-Length counts compressed ones).
file(SIZE ${BIN_DIR}/planner.wasm wasm_bytes)
file(SIZE ${READER_DIR}/reader.wasm reader_wasm_bytes)
file(READ ${WEB_DIR}/shell.html page)
string(REPLACE "@PLANNER_WASM_BYTES@" "${wasm_bytes}" page "${page}")
string(REPLACE "@READER_WASM_BYTES@" "${reader_wasm_bytes}" page "${page}")
file(WRITE ${SITE_DIR}/index.html.tmp.html "${page}")
function(strip_comments from to)
  execute_process(COMMAND ${PYTHON} ${CMAKE_CURRENT_LIST_DIR}/strip_comments.py ${from} ${to}
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "strip_comments.py failed on ${from}")
  endif()
endfunction()
strip_comments(${SITE_DIR}/index.html.tmp.html ${SITE_DIR}/index.html)
file(REMOVE ${SITE_DIR}/index.html.tmp.html)
foreach(f reader_page.js loader.js tools_worker.js)
  strip_comments(${WEB_DIR}/${f} ${SITE_DIR}/${f})
endforeach()
foreach(f planner.js planner.wasm)
  file(COPY_FILE ${BIN_DIR}/${f} ${SITE_DIR}/${f} ONLY_IF_DIFFERENT)
endforeach()
foreach(f reader.js reader.wasm)
  file(COPY_FILE ${READER_DIR}/${f} ${SITE_DIR}/${f} ONLY_IF_DIFFERENT)
endforeach()
# The tools module (shell/tools/), loaded on demand by tools_worker.js.
foreach(f tools.js tools.wasm)
  file(COPY_FILE ${TOOLS_DIR}/${f} ${SITE_DIR}/${f} ONLY_IF_DIFFERENT)
endforeach()
set(static_files manifest.webmanifest icon.svg icon-192.png icon-512.png)
foreach(f ${static_files})
  file(COPY_FILE ${WEB_DIR}/${f} ${SITE_DIR}/${f} ONLY_IF_DIFFERENT)
endforeach()

set(hashes "")
foreach(f index.html reader_page.js loader.js planner.js planner.wasm reader.js reader.wasm tools_worker.js tools.js
          tools.wasm ${static_files})
  file(SHA256 ${SITE_DIR}/${f} h)
  string(APPEND hashes "${h}")
endforeach()
file(READ ${WEB_DIR}/sw.js sw)
string(SHA256 version "${hashes}${sw}")
string(SUBSTRING ${version} 0 16 version)
string(REPLACE "@SITE_VERSION@" "${version}" sw "${sw}")
file(WRITE ${SITE_DIR}/sw.js.tmp "${sw}")
file(COPY_FILE ${SITE_DIR}/sw.js.tmp ${SITE_DIR}/sw.js ONLY_IF_DIFFERENT)
file(REMOVE ${SITE_DIR}/sw.js.tmp)
message(STATUS "site ${SITE_DIR} (version ${version})")
