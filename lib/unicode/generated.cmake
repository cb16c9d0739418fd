# The Han readings table (unicode/han_table.h), generated from ICU's own
# Han-Latin and Han-Latin/Names at build time, so that the library romanises
# Chinese names without compiling those transforms at run time. The
# generator needs ICU alone: it asks the transforms, not libaka.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/unicode)
add_executable(aka_gen_han ${CMAKE_CURRENT_SOURCE_DIR}/unicode/gen/gen_han.c)
target_include_directories(aka_gen_han PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(aka_gen_han PRIVATE ICU::uc ICU::i18n)
set(out ${CMAKE_CURRENT_BINARY_DIR}/unicode/han_table.c)
add_custom_command(OUTPUT ${out}
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
          $<TARGET_FILE:aka_gen_han> ${out}
  DEPENDS aka_gen_han
  COMMENT "Generating the Han readings table from ICU's transforms" VERBATIM)
list(APPEND AKA_GENERATED_SOURCES ${out})
