# noorm_set_warnings(target): the project's warning set; -Werror when NOORM_WERROR is on (CI).
function(noorm_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
    -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
  if(NOORM_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# noorm_module(name [SOURCES...] DEPS...): one static library per core folder (every .cpp and
# .h in it unless SOURCES names them), linked into noorm_core.
function(noorm_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  if(M_SOURCES)
    set(_src ${M_SOURCES})
  else()
    file(GLOB _src CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  endif()
  add_library(noorm_${name} STATIC ${_src})
  target_include_directories(noorm_${name} PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/core>
                                                 $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/noorm>)
  target_compile_definitions(noorm_${name} PUBLIC NOORM_VERSION="${PROJECT_VERSION}")
  target_link_libraries(noorm_${name} PUBLIC Qt6::Core ${M_DEPS})
  set_target_properties(noorm_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  noorm_set_warnings(noorm_${name})
endfunction()
