# planner_subset_fonts(TARGET RANGES FONTS...): the UI's fonts cut to the
# characters the UI draws, compiled into TARGET (embedded name `fonts`).
#  - RANGES (src/ui/glyph_ranges.txt) is the one list of characters: pyftsubset
#    keeps only their glyphs (about 33 KB of each 260 KB Inter face), and the
#    same ranges reach the font atlas as ${CMAKE_CURRENT_BINARY_DIR}/glyph_ranges.inc,
#    a comma-separated ImWchar list for fonts.cpp.
#  - Dropped from the font: OpenType layout (ImGui 1.86 does no shaping or
#    kerning) and hinting (stb_truetype ignores it).
# Needs fontTools (Debian python3-fonttools, installed by scripts/setup.sh);
# Debian's /usr/bin/python3 is used because a python3 earlier on PATH may not
# see Debian's packages.
set(PLANNER_PYTHON /usr/bin/python3 CACHE FILEPATH "A python3 that has fontTools (Debian python3-fonttools)")

function(planner_subset_fonts target ranges)
  execute_process(COMMAND ${PLANNER_PYTHON} -c "import fontTools" RESULT_VARIABLE no_fonttools OUTPUT_QUIET ERROR_QUIET)
  if(no_fonttools)
    message(FATAL_ERROR "fontTools is missing (${PLANNER_PYTHON} cannot import it): run scripts/setup.sh, "
                        "or apt-get install python3-fonttools")
  endif()
  # glyph_ranges.inc, written at configure time (configure again when the list changes).
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ranges})
  file(STRINGS ${ranges} lines ENCODING UTF-8)
  set(items "")
  foreach(line ${lines})
    string(REGEX REPLACE "#.*" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
      continue()
    endif()
    if(NOT line MATCHES "^U\\+([0-9A-Fa-f]+)(-([0-9A-Fa-f]+))?$")
      message(FATAL_ERROR "${ranges}: '${line}' is not U+XXXX or U+XXXX-YYYY")
    endif()
    set(first ${CMAKE_MATCH_1})
    set(last ${CMAKE_MATCH_3})
    if("${last}" STREQUAL "")
      set(last ${first})
    endif()
    string(APPEND items "0x${first}, 0x${last}, ")
  endforeach()
  file(CONFIGURE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/glyph_ranges.inc CONTENT "${items}\n")
  target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR})

  set(outs "")
  foreach(font ${ARGN})
    get_filename_component(base ${font} NAME)
    set(out ${CMAKE_CURRENT_BINARY_DIR}/fonts/${base})
    add_custom_command(
      OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/fonts
      COMMAND ${PLANNER_PYTHON} -m fontTools.subset ${font} --unicodes-file=${ranges} --output-file=${out}
              --layout-features= --no-layout-closure --no-hinting --name-IDs= --drop-tables+=GSUB,GPOS,GDEF,STAT
      DEPENDS ${font} ${ranges}
      COMMENT "Subsetting ${base} to the UI's characters"
      VERBATIM)
    list(APPEND outs ${out})
  endforeach()
  planner_embed_files(${target} fonts ${outs})
endfunction()
