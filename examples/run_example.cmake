# cmake -DPROGRAM=... [-DARGS=a@@b] [-DEXPECT=re1@@re2] -P run_example.cmake
# Runs PROGRAM with ARGS; fails when it exits non-zero or when one of the
# EXPECT regular expressions does not match its standard output. Lists are
# joined with "@@": a ";" would not survive the ctest command line, and
# CMake does not split a list at a ";" between square brackets, which
# regular expressions are full of.
string(REPLACE "@@" ";" ARGS "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${ARGS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}")
if(err)
  message("stderr:\n${err}")
endif()
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} exited with ${rc}")
endif()
set(rest "${EXPECT}")
while(NOT rest STREQUAL "")
  string(FIND "${rest}" "@@" at)
  if(at EQUAL -1)
    set(re "${rest}")
    set(rest "")
  else()
    string(SUBSTRING "${rest}" 0 ${at} re)
    math(EXPR at "${at} + 2")
    string(SUBSTRING "${rest}" ${at} -1 rest)
  endif()
  if(NOT out MATCHES "${re}")
    message(FATAL_ERROR "output does not match: ${re}")
  endif()
endwhile()
