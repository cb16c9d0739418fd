#!/usr/bin/env python3
"""Smoke test of aka-gen and aka-bench (not a timing or quality test).

    check_aka_bench.py AKA_GEN AKA_BENCH WORKDIR

aka-gen: a small CSV must have the documented header, a truth column, the
same bytes for the same seed and other bytes for another seed. aka-bench: a
tiny run must exit 0 and write report.json (valid JSON with every scenario's
results for libaka and both baselines, scores in [0, 1]), report.md (its
tables) and throughput_memory.svg (well-formed XML), and --from must rebuild
the same report from the runs.tsv it wrote. saveload must give back every
record's entity after the load and leave no snapshot behind; --estimate must
add a libaka+em row.
"""
import csv
import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET


def fail(msg):
    sys.exit("check_aka_bench: " + msg)


def main():
    gen, bench, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    a = subprocess.run([gen, "--n", "300", "--seed", "7"], capture_output=True, check=True).stdout
    b = subprocess.run([gen, "--n", "300", "--seed", "7"], capture_output=True, check=True).stdout
    c = subprocess.run([gen, "--n", "300", "--seed", "8"], capture_output=True, check=True).stdout
    if a != b:
        fail("aka-gen is not deterministic for one seed")
    if a == c:
        fail("aka-gen ignores the seed")
    rows = list(csv.reader(io.StringIO(a.decode("utf-8"))))
    want = ["source", "record_id", "name", "given_name", "family_name", "date_of_birth",
            "nationality", "document", "phone", "email", "gender", "truth"]
    if rows[0] != want:
        fail("aka-gen header is %r" % rows[0])
    if len(rows) != 301 or any(len(r) != len(want) for r in rows[1:]):
        fail("aka-gen rows are malformed")
    if len({r[-1] for r in rows[1:]}) >= 300:
        fail("aka-gen truth column never repeats a person")

    out = os.path.join(work, "out")
    subprocess.run([bench, "--n", "300,600", "--reps", "2", "--incr", "40", "--queries", "40",
                    "--threads", "1", "--out", out, "--estimate",
                    "--scenarios", "normalize,names,resolve,incremental,search,saveload"],
                   check=True)
    with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
        rep = json.load(f)
    have = {(r["scenario"], r["system"], r["n"]) for r in rep["results"]}
    for n in (300, 600):
        for key in [("resolve", "libaka"), ("resolve", "exact"), ("resolve", "stock"),
                    ("normalize", "libaka"), ("normalize", "stock"), ("names", "libaka"),
                    ("names", "stock"), ("incremental", "libaka"), ("search", "libaka"),
                    ("saveload", "libaka"), ("resolve", "libaka+em")]:
            if key + (n,) not in have:
                fail("report.json lacks %s/%s at N=%d" % (key + (n,)))
    for r in rep["results"]:
        if len(r["runs"]) != 2:
            fail("expected 2 repetitions of %s/%s" % (r["scenario"], r["system"]))
        m = r["median"]
        for k in ("bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1",
                  "pair_completeness", "reduction_ratio"):
            if k in m and not (m[k] is not None and 0 <= m[k] <= 1):
                fail("%s out of [0, 1] in %s/%s" % (k, r["scenario"], r["system"]))
        if r["scenario"] == "resolve" and not m["records_per_s"] > 0:
            fail("no throughput for " + r["system"])
    if not rep["ratios"]:
        fail("report.json lacks ratios")
    for r in rep["results"]:
        m = r["median"]
        if r["scenario"] == "saveload":
            if m["records_changed"] != 0:
                fail("records moved to another entity after save and load")
            if not (m["save_seconds"] > 0 and m["load_seconds"] > 0
                    and m["snapshot_bytes"] > 0 and m["load_speedup"] > 0):
                fail("saveload lacks its times or the snapshot's size")
        if r["system"] == "libaka+em":
            if m["estimate_applied"] not in (0, 1) or not m["estimate_seconds"] > 0:
                fail("libaka+em lacks what the estimate did")
    if any(f.endswith(".snap") for f in os.listdir(out)):
        fail("the saveload snapshot was left in " + out)
    with open(os.path.join(out, "report.md"), encoding="utf-8") as f:
        md = f.read()
    for title in ("## Bulk resolution", "Ratios (libaka / baseline)", "## Normalisation",
                  "## Name comparison", "## Latency after a bulk load", "## Save and load",
                  "libaka+em (`--estimate`)"):
        if title not in md:
            fail("report.md lacks " + title)
    svg = ET.parse(os.path.join(out, "throughput_memory.svg")).getroot()
    if not svg.tag.endswith("svg") or len(svg.findall(".//{http://www.w3.org/2000/svg}polyline")) != 6:
        fail("the SVG does not hold two panels of three lines")
    # --from rebuilds the same report from runs.tsv without running.
    out2 = os.path.join(work, "merged")
    subprocess.run([bench, "--from", out, "--threads", "1", "--out", out2], check=True)
    with open(os.path.join(out2, "report.json"), encoding="utf-8") as f:
        rep2 = json.load(f)
    if rep2["results"] != rep["results"] or rep2["ratios"] != rep["ratios"]:
        fail("--from does not reproduce the report it reads")
    # Two invocations' repetition 1 are two runs: a directory merged with
    # itself holds every run twice, numbered on, with the same medians.
    out3 = os.path.join(work, "twice")
    subprocess.run([bench, "--from", out + "," + out, "--threads", "1", "--out", out3],
                   check=True)

    def runs(d):
        with open(os.path.join(d, "runs.tsv"), encoding="utf-8") as f:
            return [l.split("\t") for l in f if not l.startswith("#")]

    one, two = runs(out), runs(out3)
    if len(two) != 2 * len(one) or max(int(r[3]) for r in two) != 2 * max(int(r[3]) for r in one):
        fail("--from merges the repetitions of two directories into one")
    with open(os.path.join(out3, "report.json"), encoding="utf-8") as f:
        rep3 = json.load(f)
    def medians(results):
        return [{k: v for k, v in r.items() if k != "runs"} for r in results]

    if medians(rep3["results"]) != medians(rep["results"]) or \
            any(len(r3["runs"]) != 2 * len(r["runs"]) for r, r3 in zip(rep["results"], rep3["results"])):
        fail("--from of a directory twice changes the medians or miscounts the runs")
    print("check_aka_bench: ok")


if __name__ == "__main__":
    main()
