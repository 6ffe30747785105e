# import_template.cmake — `motive-matrix import` end to end (a CTest, registered in CMakeLists.txt
# as cli_import_template):
#   1. the template folder (assets/templates/) imports with exit 0 and writes a story;
#   2. `motive-matrix check` passes that story, and with --source its quotes are found in the
#      article, when the article's text is there (not ours to commit);
#   3. a copy with one bad strength exits 1, names the cell as links.csv:ROW:C, and writes nothing.
#
#   cmake -DCLI=… -DTEMPLATES=… -DARTICLE=… -DWORK_DIR=… -P tests/cli/import_template.cmake
foreach(var CLI TEMPLATES ARTICLE WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "import_template.cmake: -D${var}=… is required")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# 1. The template imports.
set(story "${WORK_DIR}/story.json")
execute_process(COMMAND "${CLI}" import "${TEMPLATES}" -o "${story}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the template should import (exit ${rc}):\n${out}${err}")
endif()
if(NOT out MATCHES "story.json: ok: [0-9]+ suspects, [0-9]+ motives, [0-9]+ links, [0-9]+ events, from 9 sheets\n$")
  message(FATAL_ERROR "expected only the summary line, got:\n${out}${err}")
endif()
if(NOT EXISTS "${story}")
  message(FATAL_ERROR "import said ok but wrote no ${story}")
endif()

# 2. check passes the result.
execute_process(COMMAND "${CLI}" check "${story}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "story.json: ok: ")
  message(FATAL_ERROR "check should pass the imported story (exit ${rc}):\n${out}${err}")
endif()
if(EXISTS "${ARTICLE}")
  execute_process(COMMAND "${CLI}" check "${story}" --source "article=${ARTICLE}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "([0-9]+) of ([0-9]+) quotes of \"article\" found verbatim"
     OR NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2)
    message(FATAL_ERROR "every quote of the imported story should be in the article (exit ${rc}):\n${out}${err}")
  endif()
  message(STATUS "imported story: ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2} quotes found in the article")
else()
  message(STATUS "no article text at ${ARTICLE}: quotes not checked against it")
endif()

# 3. One bad cell: the strength of the first link, "3" → "strongish".
set(bad "${WORK_DIR}/bad")
file(MAKE_DIRECTORY "${bad}")
file(GLOB sheets "${TEMPLATES}/*.csv")
file(COPY ${sheets} DESTINATION "${bad}")
file(READ "${bad}/links.csv" links)
string(FIND "${links}" "\n" header_end)
math(EXPR row_start "${header_end} + 1")
string(SUBSTRING "${links}" 0 ${row_start} header)
string(SUBSTRING "${links}" ${row_start} -1 rows)
if(NOT rows MATCHES "^([^,\n]*,[^,\n]*,)3,")
  message(FATAL_ERROR "test bug: the template's first link row does not have strength 3 in column C")
endif()
string(LENGTH "${CMAKE_MATCH_1}" keys_length)
string(SUBSTRING "${rows}" 0 ${keys_length} keys)
math(EXPR after "${keys_length} + 1")
string(SUBSTRING "${rows}" ${after} -1 rest)
file(WRITE "${bad}/links.csv" "${header}${keys}strongish${rest}")
set(bad_story "${WORK_DIR}/bad-story.json")
execute_process(COMMAND "${CLI}" import "${bad}" -o "${bad_story}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "a bad strength should fail with exit 1 (exit ${rc}):\n${out}${err}")
endif()
set(expected "links.csv:2:C: error: \"strongish\" is not one of 1, 2, 3 \\(or weak, argued, strong\\)")
if(NOT out MATCHES "${expected}")
  message(FATAL_ERROR "expected a line matching\n  ${expected}\ngot:\n${out}${err}")
endif()
if(EXISTS "${bad_story}")
  message(FATAL_ERROR "a failed import should write nothing, but ${bad_story} exists")
endif()
message(STATUS "bad strength reported at links.csv:2:C; nothing written")
