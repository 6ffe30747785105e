# Fuzz.cmake — libFuzzer harnesses for the core (tests/fuzz). Included by CMakeLists.txt for
# native builds; defines targets only with -DMM_FUZZ=ON and a Clang compiler, otherwise nothing.
#
#   CC=clang CXX=clang++ cmake -S . -B build/fuzz -DMM_FUZZ=ON && cmake --build build/fuzz
#   (or simply scripts/fuzz.sh [seconds])
#
# The core is compiled a second time (mm_core_fuzz) with coverage instrumentation, ASan and UBSan,
# and like the web build with -fno-exceptions -DJSON_NOEXCEPTION: any nlohmann call that would
# throw aborts, and the fuzzer reports it as a crash. mm_core and the unit tests of the same build
# tree are untouched.
option(MM_FUZZ "Build the libFuzzer harnesses in tests/fuzz (Clang only)" OFF)

if(MM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(STATUS "motive-matrix: MM_FUZZ needs Clang (found ${CMAKE_CXX_COMPILER_ID}); no fuzz targets")
    return()
  endif()
  set(MM_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -g -O1)
  add_library(mm_core_fuzz STATIC ${MM_CORE_SOURCES} ${MM_EN_LOCALE_CPP})  # + the built-in English (EnglishLocale.cmake)
  target_include_directories(mm_core_fuzz PUBLIC src)
  target_link_libraries(mm_core_fuzz PUBLIC mm_nlohmann_json)
  target_compile_definitions(mm_core_fuzz PUBLIC JSON_USE_IMPLICIT_CONVERSIONS=0 JSON_NOEXCEPTION)
  target_compile_options(mm_core_fuzz PUBLIC ${MM_FUZZ_FLAGS} -fno-exceptions)

  foreach(harness fuzz_story_loader fuzz_url_state)
    add_executable(${harness} tests/fuzz/${harness}.cpp)
    target_link_libraries(${harness} PRIVATE mm_core_fuzz)
    target_link_options(${harness} PRIVATE -fsanitize=fuzzer,address,undefined)
  endforeach()
  message(STATUS "motive-matrix: fuzz targets fuzz_story_loader, fuzz_url_state")
endif()
