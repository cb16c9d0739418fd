#!/bin/sh
# run-pkgconfig-consumer.sh CMAKE BUILD WORK MAIN_C CC CONFIG
# Installs the libaka build tree BUILD into WORK/prefix, then compiles
# MAIN_C with nothing but the flags `pkg-config aka` gives: once against
# the shared library, once (`pkg-config --static`) against libaka.a, whose
# ICU, xxhash and thread dependencies must come from Requires.private and
# Libs.private. Exit 77 (skip) without pkg-config.
set -eu
cmake=$1 build=$2 work=$3 main=$4 cc=$5 config=$6

command -v pkg-config >/dev/null 2>&1 || { echo "pkg-config not found: skipped"; exit 77; }

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix

"$cmake" --install "$build" --prefix "$prefix" --config "$config" > "$work/install.log" ||
    { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }

pcdir=$(find "$prefix" -name aka.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pcdir" ] || { echo "FAIL: no aka.pc installed"; exit 1; }
PKG_CONFIG_PATH=$(dirname "$pcdir")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH

# The .pc must describe where it was installed, not the configured prefix.
pc_prefix=$(pkg-config --variable=prefix aka)
[ "$pc_prefix" = "$prefix" ] ||
    { echo "FAIL: aka.pc says prefix=$pc_prefix, installed under $prefix"; exit 1; }
libdir=$(pkg-config --variable=libdir aka)

cflags=$(pkg-config --cflags aka) && libs=$(pkg-config --libs aka) ||
    { echo "FAIL: pkg-config aka"; exit 1; }
# shellcheck disable=SC2086 # word splitting of the flags is intended
"$cc" -o "$work/shared" "$main" $cflags $libs -Wl,-rpath,"$libdir" ||
    { echo "FAIL: linking against the shared library with: $cflags $libs"; exit 1; }
"$work/shared" || { echo "FAIL: shared pkg-config consumer"; exit 1; }

# -laka would pick libaka.so when both exist; -Bstatic asks for libaka.a,
# the rest (ICU, xxhash, pthread) stays as pkg-config --static lists it.
scflags=$(pkg-config --static --cflags aka) && slibs=$(pkg-config --static --libs aka) ||
    { echo "FAIL: pkg-config --static aka"; exit 1; }
slibs=$(printf '%s\n' "$slibs" | awk '{
    for (i = 1; i <= NF; i++)
        if ($i == "-laka") $i = "-Wl,-Bstatic -laka -Wl,-Bdynamic"
    print }')
# shellcheck disable=SC2086
"$cc" -o "$work/static" "$main" $scflags $slibs ||
    { echo "FAIL: linking against libaka.a with: $scflags $slibs"; exit 1; }
if command -v readelf >/dev/null 2>&1; then
    if readelf -d "$work/static" | grep -q 'NEEDED.*libaka\.so'; then
        echo "FAIL: the static consumer depends on libaka.so"; exit 1
    fi
fi
"$work/static" || { echo "FAIL: static pkg-config consumer"; exit 1; }
echo "pkg-config consumers (shared and static) built and ran against $prefix"
