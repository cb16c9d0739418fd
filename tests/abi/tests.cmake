# ABI checks (docs/abi-policy.md): the exported symbols must match the
# committed tests/abi/aka.symbols and the AKA_API functions of aka.h, and
# abidiff against the committed abidw baseline tests/abi/libaka.abi must
# find nothing removed or changed. A sanitizer build links extra runtime
# symbols and changes code generation, so it is not the build to judge.

set(_aka_abi_dir ${CMAKE_CURRENT_LIST_DIR})

if(AKA_ABI_CHECK AND NOT AKA_SANITIZE)
  add_test(NAME abi.symbols
    COMMAND sh ${_aka_abi_dir}/check-abi.sh symbols $<TARGET_FILE:aka>
               ${_aka_abi_dir}/aka.symbols ${PROJECT_SOURCE_DIR}/include/aka.h)
  add_test(NAME abi.abidiff
    COMMAND sh ${_aka_abi_dir}/check-abi.sh abidiff $<TARGET_FILE:aka>
               ${_aka_abi_dir}/libaka.abi ${PROJECT_SOURCE_DIR}/include)
  # 77: abidw/abidiff or nm missing, or a build without debug information.
  set_tests_properties(abi.symbols abi.abidiff PROPERTIES SKIP_RETURN_CODE 77)
endif()

# Rewrites both baseline files in the source tree from the current build;
# run it from a RelWithDebInfo build when a release adds symbols, then
# review and commit the diff (docs/abi-policy.md, "Updating the baseline").
add_custom_target(abi-baseline
  COMMAND sh ${_aka_abi_dir}/check-abi.sh baseline $<TARGET_FILE:aka>
             ${_aka_abi_dir} ${PROJECT_SOURCE_DIR}/include
  DEPENDS aka
  COMMENT "Regenerating tests/abi/aka.symbols and tests/abi/libaka.abi"
  VERBATIM)
