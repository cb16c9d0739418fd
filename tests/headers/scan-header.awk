# scan-header.awk -- list what a C header declares, one "kind name" a line.
#
#   awk -f scan-header.awk include/aka.h
#
# Kinds: macro, guard (the include guard), function (declared with AKA_API),
# function-noapi (declared without it), typedef, tag (struct/union/enum tag),
# enumerator, variable. Used by tests/headers/check-prefix.sh (every name
# must carry the aka_/AKA_ prefix, as curl's test1167 does for curl) and by
# tests/abi/check-abi.sh (AKA_API functions == exported symbols).
#
# This is a scanner for headers written in aka.h's style, not a C parser:
# comments and string literals are removed, preprocessor lines give the
# macros, and the remaining text is split into declarations at ';' outside
# braces. Conditional compilation is not evaluated, so every branch counts,
# which is what a prefix check wants.

function emit(kind, name) {
    if (name != "" && !((kind, name) in seen)) {
        seen[kind, name] = 1
        print kind, name
    }
}

# The last identifier of s (a declarator with its decorations removed).
function last_ident(s,    n, parts) {
    gsub(/\[[^]]*\]/, "", s)          # array bounds
    sub(/=.*$/, "", s)                # initialiser
    n = split(s, parts, /[^A-Za-z0-9_]+/)
    while (n > 0 && parts[n] == "") n--
    return n > 0 ? parts[n] : ""
}

function directive(line,    name) {
    sub(/^[ \t]*#[ \t]*/, "", line)
    if (line ~ /^ifndef[ \t]/ && guard_candidate == "" && ndirectives == 0) {
        guard_candidate = line
        sub(/^ifndef[ \t]+/, "", guard_candidate)
        sub(/[ \t].*$/, "", guard_candidate)
    }
    if (line ~ /^define[ \t]/) {
        name = line
        sub(/^define[ \t]+/, "", name)
        sub(/[^A-Za-z0-9_].*$/, "", name)
        if (ndirectives == 1 && name == guard_candidate)
            emit("guard", name)
        else
            emit("macro", name)
    }
    ndirectives++
}

# One declaration at file scope (text between two ';' outside braces).
function declaration(d,    body, head, tail, name, n, items, i, api, isfn) {
    gsub(/[ \t\n]+/, " ", d)
    sub(/^ /, "", d); sub(/ $/, "", d)
    if (d == "") return
    api = (d ~ /(^|[^A-Za-z0-9_])AKA_API([^A-Za-z0-9_]|$)/)
    # Attribute-like macros carry parentheses that are not the parameter list.
    gsub(/AKA_DEPRECATED *\([^)]*\)/, "", d)
    gsub(/__attribute__ *\(\([^)]*\)\)/, "", d)

    body = ""
    if (index(d, "{") > 0) {          # struct/union/enum definition
        head = substr(d, 1, index(d, "{") - 1)
        tail = d
        while (index(tail, "}") > 0) tail = substr(tail, index(tail, "}") + 1)
        body = substr(d, index(d, "{") + 1)
        body = substr(body, 1, length(body) - length(tail) - 1)
        if (match(head, /(struct|union|enum) +[A-Za-z_][A-Za-z0-9_]*/)) {
            name = substr(head, RSTART, RLENGTH); sub(/^[a-z]+ +/, "", name)
            emit("tag", name)
        }
        if (head ~ /(^| )enum( |$)/) {
            n = split(body, items, ",")
            for (i = 1; i <= n; i++) {
                sub(/=.*$/, "", items[i])
                emit("enumerator", last_ident(items[i]))
            }
        }
        if (head ~ /^typedef /) emit("typedef", last_ident(tail))
        else if (last_ident(tail) != "") emit("variable", last_ident(tail))
        return
    }

    if (match(d, /(struct|union|enum) +[A-Za-z_][A-Za-z0-9_]*/)) {
        name = substr(d, RSTART, RLENGTH); sub(/^[a-z]+ +/, "", name)
        emit("tag", name)
    }
    if (d ~ /^typedef /) {
        if (match(d, /\( *\* *[A-Za-z_][A-Za-z0-9_]* *\)/)) {   # function pointer
            name = substr(d, RSTART, RLENGTH); gsub(/[ ()*]/, "", name)
            emit("typedef", name)
        } else {
            sub(/\(.*$/, "", d)       # typedef of a function type
            emit("typedef", last_ident(d))
        }
        return
    }
    isfn = (index(d, "(") > 0 && d !~ /^[^(]*\( *\*/)
    if (isfn) {
        name = substr(d, 1, index(d, "(") - 1)
        emit(api ? "function" : "function-noapi", last_ident(name))
    } else if (d ~ /^(struct|union|enum) [A-Za-z0-9_]+$/) {
        return                        # a bare forward declaration
    } else {
        if (match(d, /\( *\* *[A-Za-z_][A-Za-z0-9_]* *\)/)) {
            name = substr(d, RSTART, RLENGTH); gsub(/[ ()*]/, "", name)
            emit("variable", name)
        } else {
            emit("variable", last_ident(d))
        }
    }
}

{ src = src $0 "\n" }

END {
    # 1. Remove comments and string/char literals, keep newlines.
    out = ""; state = 0; n = length(src)
    for (i = 1; i <= n; i++) {
        c = substr(src, i, 1); c2 = substr(src, i, 2)
        if (state == 0) {
            if (c2 == "/*") { state = 1; i++; out = out " "; continue }
            if (c2 == "//") { state = 2; i++; continue }
            if (c == "\"") { state = 3; out = out "\"\""; continue }
            if (c == "'") { state = 4; out = out "''"; continue }
            out = out c
        } else if (state == 1) {
            if (c2 == "*/") { state = 0; i++ } else if (c == "\n") out = out c
        } else if (state == 2) {
            if (c == "\n") { state = 0; out = out c }
        } else {
            if (c == "\\") { i++; continue }
            if ((state == 3 && c == "\"") || (state == 4 && c == "'")) state = 0
        }
    }

    # 2. Preprocessor lines (with continuations) give macros; the rest is code.
    nl = split(out, lines, "\n"); code = ""
    for (k = 1; k <= nl; k++) {
        line = lines[k]
        if (line ~ /^[ \t]*#/) {
            while (line ~ /\\[ \t]*$/ && k < nl) {
                sub(/\\[ \t]*$/, " ", line); k++; line = line lines[k]
            }
            directive(line)
        } else {
            code = code line "\n"
        }
    }

    # 3. extern "C" { ... } only wraps declarations; drop its braces.
    gsub(/extern[ \t\n]*""[ \t\n]*\{/, " ", code)

    # 4. Split at ';' outside braces; a '}' that closes nothing is the
    #    extern "C" closer.
    depth = 0; decl = ""; n = length(code)
    for (i = 1; i <= n; i++) {
        c = substr(code, i, 1)
        if (c == "{") depth++
        if (c == "}") {
            if (depth == 0) { c = " " } else depth--
        }
        if (c == ";" && depth == 0) { declaration(decl); decl = ""; continue }
        decl = decl c
    }
    declaration(decl)
}
