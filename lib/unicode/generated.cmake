# Tables of what ICU's transforms do to single characters, generated at
# build time so that the library need not compile those transforms at run
# time: the Han readings of Han-Latin and Han-Latin/Names (compiling them
# costs about 120 ms, the first time a process meets a Chinese name) and
# "[:Latin:] Latin-ASCII" on each Latin letter. The generators need ICU
# alone: they ask the transforms, not libaka.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/unicode)
foreach(table han latin_ascii)
  add_executable(aka_gen_${table}
    ${CMAKE_CURRENT_SOURCE_DIR}/unicode/gen/gen_${table}.c)
  target_include_directories(aka_gen_${table} PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(aka_gen_${table} PRIVATE ICU::uc ICU::i18n)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/unicode/${table}_table.c)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            $<TARGET_FILE:aka_gen_${table}> ${out}
    DEPENDS aka_gen_${table}
    COMMENT "Generating the ${table} table from ICU's transforms" VERBATIM)
  list(APPEND AKA_GENERATED_SOURCES ${out})
  # unicode/uctx.c, which the other generators link, reads these tables
  if(TARGET aka_genbase)
    target_sources(aka_genbase PRIVATE ${out})
  endif()
endforeach()
