# Fuzz targets, one per normaliser: tests/fuzz/fuzz_<kind>.c, each with a
# seed corpus in tests/fuzz/corpora/fuzz_<kind>/.
#
# Without AKA_FUZZ (any compiler) each target links replay_main.c and CTest
# replays its corpus as fuzz.replay_<target>. With AKA_FUZZ=ON (clang) the
# targets link libFuzzer, the library objects are instrumented for coverage
# and compiled with ASan+UBSan, and the same CTest entries replay the corpus
# through libFuzzer's own driver (-runs=0 executes each input once).
# `make fuzz` builds the `aka_fuzzers` target and fuzzes for a short time.

set(AKA_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
file(GLOB AKA_FUZZ_SOURCES CONFIGURE_DEPENDS ${AKA_FUZZ_DIR}/fuzz_*.c)

set(AKA_FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=undefined
                 -fno-omit-frame-pointer)
if(AKA_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "AKA_FUZZ=ON needs clang (libFuzzer): configure with CC=clang")
  endif()
  # Instrument the library itself, not only the targets: coverage feedback
  # has to come from the normalisers.
  target_compile_options(aka_obj PRIVATE -fsanitize=fuzzer-no-link ${AKA_FUZZ_SAN})
  # Everything that links the instrumented objects statically needs the
  # sanitizer runtimes (unit tests, static users). The shared libaka is not
  # usable in this build: clang does not link sanitizer runtimes into shared
  # libraries and libaka links with --no-undefined; build `aka_fuzzers`.
  foreach(lib aka_internal aka_static)
    target_link_options(${lib} INTERFACE -fsanitize=fuzzer-no-link ${AKA_FUZZ_SAN})
  endforeach()
endif()

add_custom_target(aka_fuzzers)
foreach(src ${AKA_FUZZ_SOURCES})
  get_filename_component(name ${src} NAME_WE)
  if(AKA_FUZZ)
    add_executable(${name} ${src})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${AKA_FUZZ_SAN})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer ${AKA_FUZZ_SAN})
    set(_runner_args -runs=0)
  else()
    add_executable(${name} ${src} ${AKA_FUZZ_DIR}/replay_main.c)
    set(_runner_args)
  endif()
  target_link_libraries(${name} PRIVATE aka_internal)
  add_dependencies(aka_fuzzers ${name})
  add_test(NAME fuzz.replay_${name}
    COMMAND ${name} ${_runner_args} ${AKA_FUZZ_DIR}/corpora/${name})
endforeach()

# fuzz_engine again, with the allocator wrapped (tests/unit/failing_alloc.h):
# its scripts can make an operation run out of memory, which must then
# change nothing.
if(AKA_FUZZ)
  add_executable(fuzz_engine_nomem ${AKA_FUZZ_DIR}/fuzz_engine.c)
  target_compile_options(fuzz_engine_nomem PRIVATE -fsanitize=fuzzer ${AKA_FUZZ_SAN})
  target_link_options(fuzz_engine_nomem PRIVATE -fsanitize=fuzzer ${AKA_FUZZ_SAN})
  set(_runner_args -runs=0)
else()
  add_executable(fuzz_engine_nomem ${AKA_FUZZ_DIR}/fuzz_engine.c ${AKA_FUZZ_DIR}/replay_main.c)
  set(_runner_args)
endif()
target_compile_definitions(fuzz_engine_nomem PRIVATE AKA_FUZZ_NOMEM)
target_link_options(fuzz_engine_nomem PRIVATE
  -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc
  -Wl,--wrap=aligned_alloc -Wl,--wrap=strdup)
target_link_libraries(fuzz_engine_nomem PRIVATE aka_internal)
add_dependencies(aka_fuzzers fuzz_engine_nomem)
add_test(NAME fuzz.replay_fuzz_engine_nomem
  COMMAND fuzz_engine_nomem ${_runner_args} ${AKA_FUZZ_DIR}/corpora/fuzz_engine_nomem)
