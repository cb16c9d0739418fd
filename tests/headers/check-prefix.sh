#!/bin/sh
# check-prefix.sh HEADER -- every name a public header declares carries the
# library prefix (STYLE.md section 2; curl's test1167 does the same for
# curl): functions, types, tags and variables start with "aka_", macros and
# enumerators with "AKA_". The include guard is exempt. Names ending in
# "_t" are refused too: POSIX reserves them.
set -u
header=${1:?usage: check-prefix.sh HEADER}
here=$(dirname "$0")

[ -r "$header" ] || { echo "check-prefix: cannot read $header" >&2; exit 1; }
list=$(awk -f "$here/scan-header.awk" "$header") || {
    echo "check-prefix: scanning $header failed" >&2; exit 1; }
[ -n "$list" ] || { echo "check-prefix: nothing declared in $header?" >&2; exit 1; }

echo "$list" | awk -v header="$header" '
    $1 == "guard" { next }
    $1 == "macro" || $1 == "enumerator" { want = "^AKA_[A-Za-z0-9]" }
    $1 != "macro" && $1 != "enumerator" { want = "^aka_[a-z0-9]" }
    {
        checked++
        if ($2 !~ want) {
            printf "%s: %s %s lacks the prefix (%s)\n", header, $1, $2, want
            bad++
        } else if ($1 == "typedef" && $2 ~ /_t$/) {
            printf "%s: typedef %s ends in _t (reserved by POSIX)\n", header, $2
            bad++
        }
    }
    END {
        printf "%d names checked, %d without the prefix\n", checked, bad
        exit (bad > 0)
    }'
