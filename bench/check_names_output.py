#!/usr/bin/env python3
"""Smoke test of bench_names (CTest bench.names_smoke): on the bundled dev
set it must exit 0, print one valid JSON object per category plus an
overall one whose counts add up and whose figures lie in range, print the
human table's overall row, survive a tiny --speed run, and exit 1 on a
malformed data file. Standard library only."""
import json
import os
import subprocess
import sys
import tempfile

SIDE = ("ap", "precision", "recall", "f1", "accuracy", "best_f1",
        "best_f1_threshold")


def run(args, want_rc=0):
    proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True)
    if proc.returncode != want_rc:
        sys.exit(f"{' '.join(args[1:])}: exit status {proc.returncode}, "
                 f"expected {want_rc}")
    return proc.stdout


def check_side(where, s, n, pos):
    for key in SIDE:
        v = s.get(key, "missing")
        if v is not None and not (isinstance(v, (int, float)) and 0 <= v <= 1):
            sys.exit(f"{where}: {key} is {v!r}, not null or in [0, 1]")
    if s["tp"] + s["fp"] + s["fn"] + s["tn"] != n or s["tp"] + s["fn"] != pos:
        sys.exit(f"{where}: confusion counts do not add up")
    if pos and s["ap"] is None:
        sys.exit(f"{where}: no AP although there are positives")


def main():
    exe = sys.argv[1]
    groups = {}
    mistakes = 0
    for no, line in enumerate(run([exe, "--json", "--errors", "3"]).splitlines(), 1):
        obj = json.loads(line)  # raises, failing the test, on invalid JSON
        if obj.get("bench") != "names":
            sys.exit(f"line {no}: not a bench_names record")
        if obj["record"] in ("false_positive", "false_negative"):
            mistakes += 1
            continue
        if obj["record"] != "group":
            sys.exit(f"line {no}: unknown record {obj['record']!r}")
        for side in ("aka", "stock"):
            check_side(f"line {no} {side}", obj[side], obj["n"], obj["positives"])
        groups[obj["group"]] = obj
    overall = groups.pop("overall", None)
    if overall is None or len(groups) < 2:
        sys.exit("no overall record, or fewer than two categories")
    for key in ("n", "positives"):
        if sum(g[key] for g in groups.values()) != overall[key]:
            sys.exit(f"categories' {key} do not add up to overall")
    if mistakes > 6:
        sys.exit("--errors 3 listed more than 3 of a kind")

    table = run([exe]).splitlines()
    if not any(l.startswith("overall ") for l in table):
        sys.exit("the human table has no overall row")

    speed = json.loads(run([exe, "--speed", "--pairs", "300", "--reps", "1",
                            "--json"]))
    for key in ("aka_raw_per_s", "aka_forms_per_s", "stock_per_s"):
        if not speed[key] > 0:
            sys.exit(f"--speed: {key} is not positive")

    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as f:
        f.write("category\tlabel\ta\tb\tnote\nx\t2\tA\tB\t\n")
    try:
        run([exe, "--data", f.name], want_rc=1)
    finally:
        os.unlink(f.name)
    print(f"bench.names_smoke: {len(groups)} categories, overall n={overall['n']}")


if __name__ == "__main__":
    main()
