# Install tests: `cmake --install` into a scratch prefix under the build
# tree, then build and run a program outside the project against it, once
# through find_package(aka) (tests/install/consumer) and once through
# pkg-config, each for the shared and the static library. Each test
# installs into its own prefix, so they may run in parallel.
# A sanitizer build is skipped: its libaka needs the sanitizer runtime,
# which an ordinary consumer does not link.

if(NOT AKA_SANITIZE)
  set(_aka_inst_dir ${CMAKE_CURRENT_LIST_DIR})
  set(_aka_inst_work ${CMAKE_CURRENT_BINARY_DIR}/install-tests)

  add_test(NAME install.cmake_consumer
    COMMAND sh ${_aka_inst_dir}/run-cmake-consumer.sh ${CMAKE_COMMAND}
               ${PROJECT_BINARY_DIR} ${_aka_inst_work}/cmake
               ${_aka_inst_dir}/consumer ${CMAKE_C_COMPILER} $<CONFIG>)
  add_test(NAME install.pkgconfig_consumer
    COMMAND sh ${_aka_inst_dir}/run-pkgconfig-consumer.sh ${CMAKE_COMMAND}
               ${PROJECT_BINARY_DIR} ${_aka_inst_work}/pkgconfig
               ${_aka_inst_dir}/consumer/main.c ${CMAKE_C_COMPILER} $<CONFIG>)
  set_tests_properties(install.cmake_consumer install.pkgconfig_consumer
    PROPERTIES SKIP_RETURN_CODE 77)
endif()
