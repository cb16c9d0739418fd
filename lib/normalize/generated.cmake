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
  aka_generated_table(${table}
    OUT ${CMAKE_CURRENT_BINARY_DIR}/normalize/${table}_table.c
    WHAT "ICU data"
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/normalize/gen/gen_${table}.c
            ${CMAKE_CURRENT_SOURCE_DIR}/normalize/gen/genout.c
    LIBS aka_genbase)
endforeach()
