# Tables of what ICU's transforms do to single characters, generated at
# build time so that the library need not compile those transforms at run
# time: the Han readings of Han-Latin and Han-Latin/Names (compiling them
# costs about 120 ms, the first time a process meets a Chinese name) and
# "[:Latin:] Latin-ASCII" on each Latin letter. The generators need ICU
# alone: they ask the transforms, not libaka.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/unicode)
foreach(table han latin_ascii)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/unicode/${table}_table.c)
  aka_generated_table(${table}
    OUT ${out}
    WHAT "ICU's transforms"
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/unicode/gen/gen_${table}.c
    LIBS ICU::uc ICU::i18n)
  target_include_directories(aka_gen_${table} PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR})
  # unicode/uctx.c, which the other generators link, reads these tables
  if(TARGET aka_genbase)
    target_sources(aka_genbase PRIVATE ${out})
  endif()
endforeach()
