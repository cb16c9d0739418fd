# Python binding tests (examples/python/aka.py over ctypes), included by
# tests/CMakeLists.txt. Each tests/python/test_*.py is one ctest entry
# python.<name>; the Python example runs as example.python_normalize.

# The ASan runtime must be the first DSO loaded; it cannot be injected into
# an uninstrumented python cleanly, so the sanitizer build skips these.
if(AKA_SANITIZE)
  message(STATUS "Python binding tests skipped in the sanitizer build")
  return()
endif()

find_package(Python3 3.8 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "Python 3 not found: Python binding tests skipped")
  return()
endif()

set(_aka_py_env
  "AKA_LIBRARY=$<TARGET_FILE:aka>"
  "PYTHONPATH=${PROJECT_SOURCE_DIR}/examples/python"
  "AKA_HEADER=${PROJECT_SOURCE_DIR}/include/aka.h"
  # test_docs.py compiles the C examples of the docs with the build's compiler.
  "AKA_CC=${CMAKE_C_COMPILER}"
  # Tests run without writing __pycache__ into the source tree.
  "PYTHONDONTWRITEBYTECODE=1")

file(GLOB AKA_PY_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/test_*.py)
foreach(_py ${AKA_PY_TESTS})
  get_filename_component(_name ${_py} NAME_WE)
  add_test(NAME python.${_name}
    COMMAND ${Python3_EXECUTABLE} -m unittest -v ${_py}
    WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
  set_tests_properties(python.${_name} PROPERTIES
    ENVIRONMENT "${_aka_py_env}" TIMEOUT 300)
endforeach()

add_test(NAME example.python_normalize
  COMMAND ${Python3_EXECUTABLE}
          ${PROJECT_SOURCE_DIR}/examples/python/normalize_values.py
          ${PROJECT_SOURCE_DIR}/examples/data/sample_values.tsv)
set_tests_properties(example.python_normalize PROPERTIES
  ENVIRONMENT "${_aka_py_env}" TIMEOUT 120)

# The linking example on its fictional CSV exports; its output is checked
# entity by entity in python.test_examples.
add_test(NAME example.python_link_agencies
  COMMAND ${Python3_EXECUTABLE}
          ${PROJECT_SOURCE_DIR}/examples/python/link_agencies.py)
set_tests_properties(example.python_link_agencies PROPERTIES
  ENVIRONMENT "${_aka_py_env}" TIMEOUT 120)

# bench/ar2en.py on the first lines of the public Arabic-English name pairs
# (../shared/data, skipped with a message where it is missing): it runs and
# prints its line, not a figure to reach.
add_test(NAME bench.ar2en_smoke
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/bench/ar2en.py
          --data-dir ${PROJECT_SOURCE_DIR}/../shared/data --splits eval --limit 200)
set_tests_properties(bench.ar2en_smoke PROPERTIES
  ENVIRONMENT "${_aka_py_env}" TIMEOUT 120
  PASS_REGULAR_EXPRESSION "eval: 200 pairs \\([0-9]+ left out\\): taken for one name [0-9]+ \\(0\\.[0-9]+\\); other names [0-9]+|not found, skipped")
