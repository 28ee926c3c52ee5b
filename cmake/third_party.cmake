# Third-party libraries, all from Debian packages or sources fetched by
# scripts/setup.sh. Built without the project's warnings.

# 32-bit draw indices everywhere: large charts pass 65,535 vertices (TOOLCHAIN.md).
set(PLANNER_IMGUI_DEFS ImDrawIdx=unsigned\ int IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# Dear ImGui core (no backend): used by src/ui.
set(IMGUI_DIR ${PLANNER_THIRD_PARTY}/imgui)
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)  # InputText over std::string
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC "ImDrawIdx=unsigned int" IMGUI_DISABLE_OBSOLETE_FUNCTIONS)

# ImGui's GLFW + OpenGL3 backends: used by the hosts only.
add_library(imgui_backends STATIC ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui)
if(EMSCRIPTEN)
  target_compile_options(imgui_backends PRIVATE -sUSE_GLFW=3)
else()
  # Looked for at every configure, and the answer is never cached as an option:
  # a first configure without GLFW (`./run cli` installs only the CLI's
  # packages) must not keep the desktop app out once setup has installed it.
  find_package(glfw3 3.3 QUIET)
  find_package(OpenGL QUIET)
  if(glfw3_FOUND AND OPENGL_FOUND)
    set(PLANNER_HAVE_GLFW ON)
    target_link_libraries(imgui_backends PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
  else()
    set(PLANNER_HAVE_GLFW OFF)
    if(PLANNER_BUILD_DESKTOP)
      message(STATUS "planner-desktop left out: GLFW 3.3 or OpenGL not found (scripts/setup.sh installs libglfw3-dev)")
    endif()
  endif()
endif()

# nlohmann/json: header-only. Under emcc only a folder linking to it, never /usr/include.
add_library(nlohmann_json_hdr INTERFACE)
if(EMSCRIPTEN)
  target_include_directories(nlohmann_json_hdr SYSTEM INTERFACE ${PLANNER_THIRD_PARTY}/include)
  # The web build catches no exception (Emscripten's default
  # DISABLE_EXCEPTION_CATCHING=1), so a throw there is already fatal and the
  # project's code never relies on one from the JSON library: JSON_NOEXCEPTION
  # makes it abort() at once instead of building the exception's message first.
  target_compile_definitions(nlohmann_json_hdr INTERFACE JSON_NOEXCEPTION)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(nlohmann_json_hdr INTERFACE nlohmann_json::nlohmann_json)
endif()

# zlib: Debian's natively; compiled from Debian's zlib sources for wasm (the
# frozen Emscripten sysroot cannot fetch its port).
if(EMSCRIPTEN)
  file(GLOB ZLIB_SRC ${PLANNER_THIRD_PARTY}/zlib/*.c)
  list(FILTER ZLIB_SRC EXCLUDE REGEX "(gzlib|gzread|gzwrite|gzclose|minigzip|example)\\.c$")
  add_library(planner_zlib STATIC ${ZLIB_SRC})
  target_include_directories(planner_zlib SYSTEM PUBLIC ${PLANNER_THIRD_PARTY}/zlib)
  target_compile_definitions(planner_zlib PRIVATE HAVE_UNISTD_H)
else()
  find_package(ZLIB REQUIRED)
  add_library(planner_zlib INTERFACE)
  target_link_libraries(planner_zlib INTERFACE ZLIB::ZLIB)
endif()

# GoogleTest: Debian's sources, built for whichever toolchain is active.
if(NOT TARGET gtest)
  set(gtest_disable_pthreads ${EMSCRIPTEN} CACHE BOOL "" FORCE)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
  add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
endif()

# Import (src/import): minizip, zlib's own contrib/minizip, for reading XLSX
# zips from memory. Debian's libminizip-dev natively; for wasm unzip.c and
# ioapi.c from Debian's zlib source package (scripts/setup.sh copies them to
# third_party/minizip), built over planner_zlib.
if(EMSCRIPTEN)
  add_library(planner_minizip STATIC ${PLANNER_THIRD_PARTY}/minizip/unzip.c ${PLANNER_THIRD_PARTY}/minizip/ioapi.c)
  target_include_directories(planner_minizip SYSTEM PUBLIC ${PLANNER_THIRD_PARTY}/minizip)
  # No fopen64 under emcc; no encrypted entries are read (NOUNCRYPT).
  target_compile_definitions(planner_minizip PRIVATE IOAPI_NO_64 NOUNCRYPT)
  target_link_libraries(planner_minizip PUBLIC planner_zlib)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
  add_library(planner_minizip INTERFACE)
  target_link_libraries(planner_minizip INTERFACE PkgConfig::MINIZIP planner_zlib)
endif()

# Import: expat, the XML parser of the XLSX reader (streaming, so a sheet is
# never held whole as a tree; pugixml would build one). Debian's
# libexpat1-dev natively; for wasm lib/*.c from Debian's expat source package
# (third_party/expat, fetched by scripts/setup.sh) with a config written here.
if(EMSCRIPTEN)
  set(EXPAT_CONFIG_DIR ${CMAKE_BINARY_DIR}/expat_config)
  # Entropy only salts expat's hash tables against hash flooding; the
  # importer parses one user's own file, so the weak fallback is accepted.
  file(WRITE ${EXPAT_CONFIG_DIR}/expat_config.h.in
    "#define BYTEORDER 1234\n#define HAVE_MEMMOVE 1\n#define XML_CONTEXT_BYTES 1024\n"
    "#define XML_DTD 1\n#define XML_NS 1\n#define XML_POOR_ENTROPY 1\n")
  configure_file(${EXPAT_CONFIG_DIR}/expat_config.h.in ${EXPAT_CONFIG_DIR}/expat_config.h COPYONLY)
  add_library(planner_expat STATIC ${PLANNER_THIRD_PARTY}/expat/lib/xmlparse.c
    ${PLANNER_THIRD_PARTY}/expat/lib/xmlrole.c ${PLANNER_THIRD_PARTY}/expat/lib/xmltok.c)
  target_include_directories(planner_expat SYSTEM PUBLIC ${PLANNER_THIRD_PARTY}/expat/lib PRIVATE ${EXPAT_CONFIG_DIR})
  target_compile_definitions(planner_expat PUBLIC XML_STATIC)
else()
  find_package(EXPAT REQUIRED)
  add_library(planner_expat INTERFACE)
  target_link_libraries(planner_expat INTERFACE EXPAT::EXPAT)
endif()

# ---- libxlsxwriter (the workbook writer, src/workbook) ---------------------------
# Natively Debian's libxlsxwriter-dev (1.1.4); for wasm, compiled from
# Debian's source package (fetched by scripts/setup.sh) with its bundled
# minizip zip side and zlib above. planner_workbook links it; the web page
# itself never does (its download has a size budget): a later round loads the
# workbook writer on demand.
if(EMSCRIPTEN)
  set(PLANNER_XLSXWRITER_DIR ${PLANNER_THIRD_PARTY}/libxlsxwriter)
  if(EXISTS ${PLANNER_XLSXWRITER_DIR}/src/workbook.c)
    file(GLOB PLANNER_XLSXWRITER_SRC ${PLANNER_XLSXWRITER_DIR}/src/*.c)
    list(APPEND PLANNER_XLSXWRITER_SRC ${PLANNER_XLSXWRITER_DIR}/third_party/minizip/zip.c
         ${PLANNER_XLSXWRITER_DIR}/third_party/minizip/ioapi.c ${PLANNER_XLSXWRITER_DIR}/third_party/md5/md5.c
         ${PLANNER_XLSXWRITER_DIR}/third_party/tmpfileplus/tmpfileplus.c)
    add_library(planner_xlsxwriter_lib STATIC EXCLUDE_FROM_ALL ${PLANNER_XLSXWRITER_SRC})
    target_include_directories(planner_xlsxwriter_lib SYSTEM PUBLIC ${PLANNER_XLSXWRITER_DIR}/include)
    # The C library's tmpfile() (MEMFS); no zip encryption; 32-bit file API (no fopen64).
    target_compile_definitions(planner_xlsxwriter_lib PRIVATE USE_STANDARD_TMPFILE NOCRYPT NOUNCRYPT USE_FILE32API)
    target_compile_options(planner_xlsxwriter_lib PRIVATE -w)
    target_link_libraries(planner_xlsxwriter_lib PUBLIC planner_zlib)
    add_library(planner_xlsxwriter INTERFACE)
    target_link_libraries(planner_xlsxwriter INTERFACE planner_xlsxwriter_lib)
    set(PLANNER_XLSXWRITER_INCLUDE ${PLANNER_XLSXWRITER_DIR}/include)
  endif()
else()
  find_path(PLANNER_XLSXWRITER_INCLUDE xlsxwriter.h)
  find_library(PLANNER_XLSXWRITER_LIB xlsxwriter)
  if(PLANNER_XLSXWRITER_INCLUDE AND PLANNER_XLSXWRITER_LIB)
    add_library(planner_xlsxwriter INTERFACE)
    target_include_directories(planner_xlsxwriter SYSTEM INTERFACE ${PLANNER_XLSXWRITER_INCLUDE})
    target_link_libraries(planner_xlsxwriter INTERFACE ${PLANNER_XLSXWRITER_LIB} planner_zlib)
  endif()
endif()
