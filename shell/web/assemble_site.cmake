# Script mode: copies the built app and the page's static files into SITE_DIR
# and stamps the service worker with a version derived from the content, so
# a new build gets a new cache and replaces the old one.
#   cmake -DBIN_DIR=... -DWEB_DIR=... -DSITE_DIR=... -P assemble_site.cmake
file(MAKE_DIRECTORY ${SITE_DIR})
# The page learns the wasm's size from the build (its progress bar counts
# decompressed bytes; a gzipping host's Content-Length counts compressed ones).
file(SIZE ${BIN_DIR}/planner.wasm wasm_bytes)
file(READ ${BIN_DIR}/planner.html page)
string(REPLACE "@PLANNER_WASM_BYTES@" "${wasm_bytes}" page "${page}")
file(WRITE ${SITE_DIR}/index.html.tmp "${page}")
file(COPY_FILE ${SITE_DIR}/index.html.tmp ${SITE_DIR}/index.html ONLY_IF_DIFFERENT)
file(REMOVE ${SITE_DIR}/index.html.tmp)
file(COPY_FILE ${BIN_DIR}/planner.js ${SITE_DIR}/planner.js ONLY_IF_DIFFERENT)
file(COPY_FILE ${BIN_DIR}/planner.wasm ${SITE_DIR}/planner.wasm ONLY_IF_DIFFERENT)
set(static_files loader.js manifest.webmanifest icon.svg icon-192.png icon-512.png)
foreach(f ${static_files})
  file(COPY_FILE ${WEB_DIR}/${f} ${SITE_DIR}/${f} ONLY_IF_DIFFERENT)
endforeach()

set(hashes "")
foreach(f index.html planner.js planner.wasm ${static_files})
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
