# check_quotes.cmake — `motive-matrix check STORY --source article=ARTICLE`, end to end (a CTest,
# registered in CMakeLists.txt as cli_check_quotes_against_article):
#   1. on the bundled story it exits 0 and prints "N of N quotes of "article" found verbatim in …";
#   2. on a copy with one word of its first quote changed it exits 1 and prints that quote's JSON
#      path, its line in the copy, and the nearest passage, which starts with the original word.
# Without the article text (not ours to commit) it prints the skip marker that the test's
# SKIP_REGULAR_EXPRESSION turns into "Skipped" (CMake 3.25's -P scripts cannot choose their exit code).
#
#   cmake -DCLI=… -DSTORY=… -DARTICLE=… -DWORK_DIR=… -P tests/cli/check_quotes.cmake
foreach(var CLI STORY ARTICLE WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_quotes.cmake: -D${var}=… is required")
  endif()
endforeach()
if(NOT EXISTS "${ARTICLE}")
  message("check_quotes.cmake SKIPPED: no article text at ${ARTICLE}")
  return()
endif()

# 1. The bundled story passes.
execute_process(COMMAND "${CLI}" check "${STORY}" --source "article=${ARTICLE}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the bundled story's quotes should pass (exit ${rc}):\n${out}${err}")
endif()
if(NOT out MATCHES "([0-9]+) of ([0-9]+) quotes of \"article\" found verbatim in ")
  message(FATAL_ERROR "no summary line:\n${out}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL CMAKE_MATCH_2 OR CMAKE_MATCH_1 EQUAL 0)
  message(FATAL_ERROR "expected every quote found, and some quotes:\n${out}")
endif()
message(STATUS "bundled story: ${CMAKE_MATCH_1} of ${CMAKE_MATCH_2} quotes found")

# 2. One word changed: the first quote's first word gets an extra letter.
file(READ "${STORY}" story)
set(marker "\"quote\": \"")
string(FIND "${story}" "${marker}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "test bug: no quote in ${STORY}")
endif()
string(LENGTH "${marker}" marker_length)
math(EXPR word_at "${at} + ${marker_length}")
string(SUBSTRING "${story}" 0 ${word_at} before)
string(SUBSTRING "${story}" ${word_at} -1 after)
if(NOT after MATCHES "^([A-Za-z]+)")
  message(FATAL_ERROR "test bug: the first quote does not start with a word")
endif()
set(word "${CMAKE_MATCH_1}")
string(LENGTH "${word}" word_length)
string(SUBSTRING "${after}" ${word_length} -1 rest)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(changed "${WORK_DIR}/one-word-changed.json")
file(WRITE "${changed}" "${before}${word}x${rest}")
# The line of the changed quote, for the expected FILE:LINE:COL.
string(REGEX MATCHALL "\n" newlines "${before}")
list(LENGTH newlines line)
math(EXPR line "${line} + 1")

execute_process(COMMAND "${CLI}" check "${changed}" --source "article=${ARTICLE}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "a changed word should fail with exit 1 (exit ${rc}):\n${out}${err}")
endif()
# The file's first quote is the first suspect's assessment's.
string(CONCAT expected "one-word-changed.json:${line}:[0-9]+: error: /suspects/0/assessment/evidence/0/quote: "
  "quote not found verbatim in source \"article\" \\([^)]*\\); nearest passage: “${word} ")
if(NOT out MATCHES "${expected}")
  message(FATAL_ERROR "expected a line matching\n  ${expected}\ngot:\n${out}${err}")
endif()
if(NOT out MATCHES "([0-9]+) of ([0-9]+) quotes of \"article\" found verbatim in "
   OR NOT CMAKE_MATCH_2 GREATER CMAKE_MATCH_1)
  message(FATAL_ERROR "the summary should count the quote not found:\n${out}")
endif()
message(STATUS "changed word \"${word}\" → \"${word}x\" reported at line ${line}")
