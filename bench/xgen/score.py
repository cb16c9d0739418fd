#!/usr/bin/env python3
"""Score a clustering against the truth column of a generated file.

    python3 score.py truth.csv entities.csv

truth.csv    : generator output (needs source, record_id, truth)
entities.csv : header source,record_id,entity_id

Prints B-cubed precision/recall/F1 (averaged per record over all records of
truth.csv; a record missing from entities.csv is its own singleton; records in
entities.csv that are not in truth.csv are ignored) and pairwise
precision/recall/F1 (over all unordered record pairs).
"""
import csv
import sys
from collections import Counter, defaultdict


def read_truth(path):
    truth = {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["source"], r["record_id"])
            if key in truth:
                sys.exit("duplicate record key in truth: %r" % (key,))
            truth[key] = r["truth"]
    return truth


def read_entities(path, truth):
    ent = {}
    dup = extra = 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            key = (r["source"], r["record_id"])
            if key not in truth:
                extra += 1
                continue
            if key in ent:
                dup += 1
                continue              # first assignment wins
            ent[key] = r["entity_id"]
    return ent, dup, extra


def f1(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def score(truth, ent):
    # predicted cluster label; missing records become singletons
    pred = {}
    for k in truth:
        pred[k] = ("E", ent[k]) if k in ent else ("S", k)
    pred_size = Counter(pred.values())
    true_size = Counter(truth.values())
    inter = Counter((pred[k], truth[k]) for k in truth)
    n = len(truth)
    bp = br = 0.0
    for k in truth:
        c = inter[(pred[k], truth[k])]
        bp += c / pred_size[pred[k]]
        br += c / true_size[truth[k]]
    bp /= n
    br /= n
    pairs = lambda m: m * (m - 1) // 2
    tp = sum(pairs(c) for c in inter.values())
    pp = sum(pairs(c) for c in pred_size.values())
    tpairs = sum(pairs(c) for c in true_size.values())
    pw_p = tp / pp if pp else 1.0
    pw_r = tp / tpairs if tpairs else 1.0
    return {"records": n, "true_entities": len(true_size), "pred_clusters": len(pred_size),
            "bcubed_precision": bp, "bcubed_recall": br, "bcubed_f1": f1(bp, br),
            "pairwise_precision": pw_p, "pairwise_recall": pw_r, "pairwise_f1": f1(pw_p, pw_r),
            "true_pairs": tpairs, "pred_pairs": pp, "correct_pairs": tp}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    truth = read_truth(sys.argv[1])
    ent, dup, extra = read_entities(sys.argv[2], truth)
    missing = len(truth) - len(ent)
    s = score(truth, ent)
    print("records=%d true_entities=%d predicted_clusters=%d (missing from entities: %d, "
          "duplicates ignored: %d, unknown ignored: %d)" % (
              s["records"], s["true_entities"], s["pred_clusters"], missing, dup, extra))
    print("B-cubed   precision=%.4f recall=%.4f F1=%.4f" % (
        s["bcubed_precision"], s["bcubed_recall"], s["bcubed_f1"]))
    print("pairwise  precision=%.4f recall=%.4f F1=%.4f  (correct %d / predicted %d / true %d pairs)" % (
        s["pairwise_precision"], s["pairwise_recall"], s["pairwise_f1"],
        s["correct_pairs"], s["pred_pairs"], s["true_pairs"]))


if __name__ == "__main__":
    main()
