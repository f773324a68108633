# Passed as CMAKE_PROJECT_INCLUDE by scripts/fuzz.sh: reads tests/fuzz/CMakeLists.txt once the
# top-level CMakeLists.txt has defined the libraries, unless the project already added it.
# (Deferred calls may not add subdirectories, hence include(); the file uses only
# CMAKE_CURRENT_LIST_DIR and PROJECT_* paths so it works either way.)
function(_noorm_add_fuzz_targets)
  if(NOT TARGET fuzz_splitter)
    include(${PROJECT_SOURCE_DIR}/tests/fuzz/CMakeLists.txt)
  endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL _noorm_add_fuzz_targets)
