#!/bin/sh
# run-cmake-consumer.sh CMAKE BUILD WORK CONSUMER_SRC CC CONFIG
# Installs the libaka build tree BUILD into WORK/prefix, then configures,
# builds and runs tests/install/consumer against it with find_package: the
# shared library through aka::aka and the static one through aka::aka_static.
set -eu
cmake=$1 build=$2 work=$3 src=$4 cc=$5 config=$6

rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix

"$cmake" --install "$build" --prefix "$prefix" --config "$config" > "$work/install.log" ||
    { cat "$work/install.log"; echo "FAIL: cmake --install"; exit 1; }

# CMAKE_FIND_USE_PACKAGE_REGISTRY=OFF and the prefix path make sure the
# package found is the one just installed, not one elsewhere on the system.
"$cmake" -S "$src" -B "$work/consumer" -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_BUILD_TYPE="$config" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -Daka_DIR= \
    || { echo "FAIL: configuring the consumer"; exit 1; }
found=$(sed -n 's/^aka_DIR:PATH=//p' "$work/consumer/CMakeCache.txt")
case $found in
    "$prefix"/*) ;;
    *) echo "FAIL: find_package(aka) found $found, not the scratch prefix"; exit 1 ;;
esac
"$cmake" --build "$work/consumer" --config "$config" ||
    { echo "FAIL: building the consumer"; exit 1; }

# Multi-config generators put the programs in a per-configuration folder.
for exe in consumer_shared consumer_static; do
    path=$work/consumer/$exe
    [ -x "$path" ] || path=$work/consumer/$config/$exe
    [ -x "$path" ] || { echo "FAIL: $exe was not built"; exit 1; }
    "$path" || { echo "FAIL: $exe"; exit 1; }
done

# The static consumer must not have picked up the shared library after all.
if command -v readelf >/dev/null 2>&1; then
    if readelf -d "$path" | grep -q 'NEEDED.*libaka\.so'; then
        echo "FAIL: consumer_static depends on libaka.so"; exit 1
    fi
fi
echo "cmake consumers (shared and static) built and ran against $prefix"
