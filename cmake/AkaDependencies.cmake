# Find ICU, xxhash and (for tests) cmocka; a missing one stops configuration
# with the Debian package that provides it.

find_package(ICU COMPONENTS uc i18n QUIET)
if(NOT ICU_FOUND)
  message(FATAL_ERROR
    "libaka needs ICU (uc, i18n) for Unicode normalisation and transliteration.\n"
    "On Debian/Ubuntu: apt-get install libicu-dev")
endif()

find_path(XXHASH_INCLUDE_DIR xxhash.h)
find_library(XXHASH_LIBRARY NAMES xxhash)
if(NOT XXHASH_INCLUDE_DIR OR NOT XXHASH_LIBRARY)
  message(FATAL_ERROR
    "libaka needs libxxhash for hashing and checksums.\n"
    "On Debian/Ubuntu: apt-get install libxxhash-dev")
endif()
add_library(aka_xxhash INTERFACE)
target_include_directories(aka_xxhash INTERFACE ${XXHASH_INCLUDE_DIR})
target_link_libraries(aka_xxhash INTERFACE ${XXHASH_LIBRARY})

find_package(Threads REQUIRED)

if(BUILD_TESTING)
  find_path(CMOCKA_INCLUDE_DIR cmocka.h)
  find_library(CMOCKA_LIBRARY NAMES cmocka)
  if(NOT CMOCKA_INCLUDE_DIR OR NOT CMOCKA_LIBRARY)
    message(FATAL_ERROR
      "libaka's tests need cmocka (or configure with -DBUILD_TESTING=OFF).\n"
      "On Debian/Ubuntu: apt-get install libcmocka-dev")
  endif()
  add_library(aka_cmocka INTERFACE)
  target_include_directories(aka_cmocka INTERFACE ${CMOCKA_INCLUDE_DIR})
  target_link_libraries(aka_cmocka INTERFACE ${CMOCKA_LIBRARY})
endif()
