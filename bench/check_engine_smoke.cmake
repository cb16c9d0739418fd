# Run bench_engine tiny and check both what ctest's PASS_REGULAR_EXPRESSION
# alone cannot: the exit status is 0 AND the summary is printed.
#   cmake -DBENCH=<bench_engine> -P check_engine_smoke.cmake
execute_process(
  COMMAND ${BENCH} --synthetic 300 --seed 7 --max-records 200 --summary
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bench_engine exited with ${rc}")
endif()
if(NOT out MATCHES "engine synthetic +300 records +[0-9]+ entities \\(true +[0-9]+\\) +B3 F1 [01]\\.[0-9]+")
  message(FATAL_ERROR "bench_engine printed no synthetic summary line")
endif()
if(NOT out MATCHES "engine: [0-9]+ runs done")
  message(FATAL_ERROR "bench_engine printed no closing summary line")
endif()

# --estimate: the estimate runs, its object is printed to stderr, and the
# entities are scored again (a second summary line).
execute_process(
  COMMAND ${BENCH} --synthetic 300 --seed 7 --skip-public --estimate --summary
  RESULT_VARIABLE rc
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "bench_engine --estimate exited with ${rc}")
endif()
if(NOT out MATCHES "engine synthetic +after estimate \\((applied|refused), [0-9.]+ s\\): +[0-9]+ entities +B3 F1 [01]\\.[0-9]+")
  message(FATAL_ERROR "bench_engine --estimate printed no score after the estimate")
endif()
if(NOT err MATCHES "estimate in [0-9.]+ s: \\{\"applied\":(true|false)")
  message(FATAL_ERROR "bench_engine --estimate printed no estimate object")
endif()
