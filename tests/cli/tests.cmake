# aka-resolve tests (tests/cli/test_cli.py): each test method is one CTest
# entry cli.<method>. They run the program as a user does, so they also run
# in the sanitizer build (the instrumented program is a process of its own).

if(NOT TARGET aka_resolve)
  return()
endif()
find_package(Python3 3.8 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "Python 3 not found: aka-resolve tests skipped")
  return()
endif()

file(STRINGS ${CMAKE_CURRENT_LIST_DIR}/test_cli.py _aka_cli_lines
     REGEX "^    def test_[a-z0-9_]+\\(")
foreach(_line ${_aka_cli_lines})
  string(REGEX REPLACE "^    def (test_[a-z0-9_]+)\\(.*" "\\1" _t "${_line}")
  add_test(NAME cli.${_t}
    COMMAND ${Python3_EXECUTABLE} -m unittest -v test_cli.CliTest.${_t}
    WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
  set_tests_properties(cli.${_t} PROPERTIES ENVIRONMENT
    "AKA_RESOLVE=$<TARGET_FILE:aka_resolve>;AKA_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1")
endforeach()
