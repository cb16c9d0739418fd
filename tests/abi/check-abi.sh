#!/bin/sh
# check-abi.sh -- libaka's exported-ABI checks (docs/abi-policy.md).
#
#   check-abi.sh symbols  LIB SYMBOLS HEADER   exported symbols vs aka.symbols
#                                              and vs AKA_API functions of aka.h
#   check-abi.sh abidiff  LIB BASELINE INCDIR  abidiff against libaka.abi
#   check-abi.sh baseline LIB OUTDIR INCDIR    rewrite aka.symbols, libaka.abi
#
# Exit status: 0 pass, 1 fail, 77 skipped (a tool is missing or the library
# has no debug information), which CTest maps to SKIP via SKIP_RETURN_CODE.
set -u
here=$(cd "$(dirname "$0")" && pwd)
SKIP=77

# The dynamic symbols LIB defines, "name@@NODE", sorted. Type A entries are
# the version nodes themselves (AKA_0.1), not symbols.
exported() {
    nm -D --defined-only "$1" | awk 'NF >= 3 && $2 != "A" { print $3 }' |
        LC_ALL=C sort
}

# abidw's view of LIB restricted to what it exports and to types of the
# public headers (the opaque structs stay declaration-only); no absolute
# paths or line numbers, so the committed file changes only with the ABI.
abidw_of() {
    abidw --headers-dir "$2" --drop-private-types --exported-interfaces-only \
          --no-corpus-path --no-comp-dir-path --short-locs --no-show-locs "$1"
}

has_debug_info() {
    readelf -S "$1" 2>/dev/null | grep -q '\.debug_info'
}

cmd=${1:-}
[ $# -eq 4 ] || { echo "usage: check-abi.sh symbols|abidiff|baseline LIB FILE DIR" >&2; exit 2; }
lib=$2
[ -r "$lib" ] || { echo "check-abi: no library at $lib" >&2; exit 1; }

case $cmd in
symbols)
    symbols=$3 header=$4
    command -v nm >/dev/null 2>&1 || { echo "nm not found: skipped"; exit $SKIP; }
    [ -r "$symbols" ] || { echo "check-abi: cannot read $symbols" >&2; exit 1; }
    tmp=$(mktemp -d) || exit 1
    trap 'rm -rf "$tmp"' EXIT
    exported "$lib" > "$tmp/actual" || { echo "check-abi: nm failed" >&2; exit 1; }
    [ -s "$tmp/actual" ] || { echo "check-abi: $lib exports nothing" >&2; exit 1; }
    awk -f "$here/../headers/scan-header.awk" "$header" > "$tmp/decls" ||
        { echo "check-abi: scanning $header failed" >&2; exit 1; }

    # Three inputs, told apart by the file name: the baseline, what the
    # library exports, and what the header declares.
    awk -v B="$symbols" -v A="$tmp/actual" -v D="$tmp/decls" '
        function name_of(s) { sub(/@.*$/, "", s); return s }
        function node_of(s) { return s ~ /@/ ? substr(s, index(s, "@")) : "(unversioned)" }
        FILENAME == B && NF { nbase++; base[$1] = 1; bname[name_of($1)] = $1; next }
        FILENAME == A { nact++; act[$1] = 1; aname[name_of($1)] = $1; next }
        FILENAME == D && $1 == "function" { napi++; api[$2] = 1; next }
        FILENAME == D && $1 == "function-noapi" { noapi[$2] = 1; next }
        END {
            for (s in base) if (!(s in act)) {
                n = name_of(s)
                if (n in aname)
                    printf "FAIL: %s changed version node: baseline %s, library %s\n", n, node_of(s), node_of(aname[n])
                else
                    printf "FAIL: %s (baseline) is no longer exported\n", s
                bad++
            }
            for (s in act) if (!(s in base)) {
                n = name_of(s)
                if (n !~ /^aka_[a-z0-9]/) {
                    printf "FAIL: %s is exported but lacks the aka_ prefix (lib/aka.map?)\n", s
                    bad++
                } else if (!(n in bname)) {
                    printf "ADDED: %s -- a compatible addition, but not in tests/abi/aka.symbols; " \
                           "if intended, regenerate with the abi-baseline target\n", s
                    bad++
                }
            }
            for (n in api) if (!(n in bname)) {
                printf "FAIL: %s is declared AKA_API in aka.h but not in aka.symbols\n", n; bad++
            }
            for (n in bname) if (!(n in api)) {
                printf "FAIL: %s is in aka.symbols but not declared AKA_API in aka.h\n", n; bad++
            }
            for (n in noapi) {
                printf "FAIL: %s is declared in aka.h without AKA_API\n", n; bad++
            }
            printf "%d baseline symbols, %d exported, %d AKA_API functions: %d problem(s)\n",
                   nbase, nact, napi, bad
            exit (bad > 0)
        }' "$symbols" "$tmp/actual" "$tmp/decls"
    ;;

abidiff)
    baseline=$3 incdir=$4
    command -v abidiff >/dev/null 2>&1 || { echo "abidiff not found: skipped"; exit $SKIP; }
    has_debug_info "$lib" || {
        echo "$lib has no debug information (use RelWithDebInfo or Debug): skipped"
        exit $SKIP; }
    [ -r "$baseline" ] || { echo "check-abi: cannot read $baseline" >&2; exit 1; }
    out=$(abidiff --headers-dir2 "$incdir" --drop-private-types \
                  --exported-interfaces-only --no-show-locs \
                  "$baseline" "$lib" 2>&1)
    rc=$?
    [ -n "$out" ] && printf '%s\n' "$out"
    # abidiff's status is a bit field: 1 error, 2 usage error, 4 some ABI
    # change, 8 an incompatible change.
    if [ $((rc & 3)) -ne 0 ]; then
        echo "FAIL: abidiff itself failed (status $rc)"; exit 1
    fi
    if [ $((rc & 8)) -ne 0 ]; then
        echo "FAIL: incompatible ABI change (abidiff status $rc)"; exit 1
    fi
    if [ $((rc & 4)) -ne 0 ]; then
        # A change: additions are fine, anything removed or changed is not.
        # The summary lines read "Functions changes summary: 0 Removed,
        # 1 Changed, 2 Added functions" (likewise for variables and for
        # symbols without debug information).
        verdict=$(printf '%s\n' "$out" | awk '
            /changes summary:/ {
                line = $0; sub(/^.*summary: */, "", line)
                n = split(line, parts, ",")
                for (i = 1; i <= n; i++) {
                    if (parts[i] ~ /Removed/ || parts[i] ~ /Changed/) {
                        v = parts[i]; sub(/^ */, "", v); sub(/ .*$/, "", v)
                        if (v + 0 > 0) bad = bad " " parts[i]
                    }
                }
            }
            END { print bad }')
        if [ -n "$verdict" ]; then
            echo "FAIL: ABI change removes or changes something:$verdict"; exit 1
        fi
        echo "ABI grew compatibly; update the baseline (abi-baseline target) when releasing"
    fi
    echo "abidiff: no incompatible change against $(basename "$baseline")"
    ;;

baseline)
    outdir=$3 incdir=$4
    command -v abidw >/dev/null 2>&1 || { echo "abidw not found" >&2; exit 1; }
    has_debug_info "$lib" || {
        echo "$lib has no debug information: build RelWithDebInfo first" >&2; exit 1; }
    exported "$lib" > "$outdir/aka.symbols.new" &&
        abidw_of "$lib" "$incdir" > "$outdir/libaka.abi.new" || {
        rm -f "$outdir/aka.symbols.new" "$outdir/libaka.abi.new"
        echo "check-abi: generating the baseline failed" >&2; exit 1; }
    mv "$outdir/aka.symbols.new" "$outdir/aka.symbols"
    mv "$outdir/libaka.abi.new" "$outdir/libaka.abi"
    echo "wrote $outdir/aka.symbols and $outdir/libaka.abi; review with git diff"
    ;;

*)
    echo "usage: check-abi.sh symbols|abidiff|baseline LIB FILE DIR" >&2; exit 2 ;;
esac
