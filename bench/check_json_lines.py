#!/usr/bin/env python3
"""Run a benchmark command and check that it exits 0 and that stdout is one
JSON object per line, each with the fields report writers rely on, covering
every feature kind once. Used by the bench.smoke CTest entry."""
import json
import subprocess
import sys

KINDS = {"name", "given_name", "family_name", "date_of_birth", "gender",
         "nationality", "document", "phone", "email", "address",
         "place_of_birth", "identifier"}
FIELDS = {"bench": str, "kind": str, "n": int, "reps": int, "seed": int,
          "cold_values_per_s": (int, float), "warm_values_per_s": (int, float),
          "warm_ns_per_value": (int, float), "errors": int,
          "errors_by_status": dict, "version": str}


def main():
    proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"bench exited with status {proc.returncode}")
    seen = []
    for no, line in enumerate(proc.stdout.splitlines(), 1):
        obj = json.loads(line)  # raises, failing the test, on invalid JSON
        for key, typ in FIELDS.items():
            if not isinstance(obj.get(key), typ):
                sys.exit(f"line {no}: field {key} missing or not {typ}")
        if obj["warm_values_per_s"] <= 0 or not 0 <= obj["errors"] <= obj["n"]:
            sys.exit(f"line {no}: implausible numbers")
        if sum(obj["errors_by_status"].values()) != obj["errors"]:
            sys.exit(f"line {no}: errors_by_status does not add up")
        seen.append(obj["kind"])
    if sorted(seen) != sorted(KINDS):
        sys.exit(f"kinds reported {sorted(seen)}, expected each of {sorted(KINDS)}")
    print(f"bench.smoke: {len(seen)} valid JSON lines")


if __name__ == "__main__":
    main()
