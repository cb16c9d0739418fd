# Tables generated at build time from ICU's locale data, so that run-time
# lookups need no locale loading and hold no mutable state. Each generator
# is a host program linked against ICU and libaka's own key folding, so the
# keys it writes are exactly the keys the run-time lookup computes.

file(GLOB AKA_GENBASE_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_SOURCE_DIR}/core/*.c ${CMAKE_CURRENT_SOURCE_DIR}/unicode/*.c)
add_library(aka_genbase STATIC ${AKA_GENBASE_SOURCES})
target_include_directories(aka_genbase PUBLIC
  ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(aka_genbase PUBLIC ICU::uc ICU::i18n aka_xxhash Threads::Threads)

file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/normalize)
foreach(table countries months)
  add_executable(aka_gen_${table}
    ${CMAKE_CURRENT_SOURCE_DIR}/normalize/gen/gen_${table}.c
    ${CMAKE_CURRENT_SOURCE_DIR}/normalize/gen/genout.c)
  target_link_libraries(aka_gen_${table} PRIVATE aka_genbase)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/normalize/${table}_table.c)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            $<TARGET_FILE:aka_gen_${table}> ${out}
    DEPENDS aka_gen_${table}
    COMMENT "Generating ${table} table from ICU data" VERBATIM)
  list(APPEND AKA_GENERATED_SOURCES ${out})
endforeach()
