# Header tests: include/aka.h alone must compile cleanly as C89, C99, C11
# and C++98 (model: libgit2 tests/headertest/), and every name it declares
# must carry the aka_/AKA_ prefix (curl's test1167).
#
# The same translation unit is built twice on purpose: as object libraries
# in `all`, so that a header regression breaks the build itself, and as
# CTest tests that call the compiler with exactly the promised flags (the
# object libraries also get the project's flags and definitions).

set(_aka_hdr_dir ${CMAKE_CURRENT_LIST_DIR})
set(_aka_hdr_flags -Wall -Wextra -Wpedantic -Werror)

foreach(_std 90 99 11)
  add_library(headers_c${_std} OBJECT ${_aka_hdr_dir}/header.c)
  set_target_properties(headers_c${_std} PROPERTIES
    C_STANDARD ${_std} C_STANDARD_REQUIRED ON C_EXTENSIONS OFF)
  target_include_directories(headers_c${_std} PRIVATE ${PROJECT_SOURCE_DIR}/include)
  target_compile_options(headers_c${_std} PRIVATE ${_aka_hdr_flags})
endforeach()

include(CheckLanguage)
check_language(CXX)
if(CMAKE_CXX_COMPILER)
  enable_language(CXX)
  add_library(headers_cxx OBJECT ${_aka_hdr_dir}/header.cpp)
  set_target_properties(headers_cxx PROPERTIES
    CXX_STANDARD 98 CXX_STANDARD_REQUIRED ON CXX_EXTENSIONS OFF)
  target_include_directories(headers_cxx PRIVATE ${PROJECT_SOURCE_DIR}/include)
  target_compile_options(headers_cxx PRIVATE ${_aka_hdr_flags})
endif()

# The CTest side spells the flags out, so it needs a GCC-compatible driver.
if(CMAKE_C_COMPILER_ID MATCHES "GNU|Clang")
  foreach(_std c89 c99 c11)
    add_test(NAME headers.${_std}
      COMMAND ${CMAKE_C_COMPILER} -std=${_std} ${_aka_hdr_flags} -fsyntax-only
              -I${PROJECT_SOURCE_DIR}/include ${_aka_hdr_dir}/header.c)
  endforeach()
endif()
if(CMAKE_CXX_COMPILER AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  add_test(NAME headers.cxx
    COMMAND ${CMAKE_CXX_COMPILER} -std=c++98 ${_aka_hdr_flags} -fsyntax-only
            -I${PROJECT_SOURCE_DIR}/include ${_aka_hdr_dir}/header.cpp)
endif()

add_test(NAME headers.prefix
  COMMAND sh ${_aka_hdr_dir}/check-prefix.sh ${PROJECT_SOURCE_DIR}/include/aka.h)
