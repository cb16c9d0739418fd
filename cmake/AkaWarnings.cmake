# Compiler flags shared by every target of the project.
set(AKA_WARNING_FLAGS
  -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wstrict-prototypes
  -Wmissing-prototypes -Wold-style-definition -Wpointer-arith
  -Wundef -Wcast-align -Wwrite-strings -Wvla)
if(AKA_WERROR)
  list(APPEND AKA_WARNING_FLAGS -Werror)
endif()
add_compile_options("$<$<COMPILE_LANGUAGE:C>:${AKA_WARNING_FLAGS}>")
# POSIX for pthreads, fsync and friends; C11 otherwise.
add_compile_definitions(_POSIX_C_SOURCE=200809L)

if(AKA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
